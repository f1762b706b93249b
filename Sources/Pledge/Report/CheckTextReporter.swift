/// For people: one line per operation (place, outcome, what it does), then the clauses
/// that decided it, the obligations, the allows a deny overrode; a summary last.
public struct CheckTextReporter: CheckReporter {
    public init() {}

    public func render(_ report: CheckReport) -> String {
        let field = TextEscaping.terminalField
        var out = ""
        for entry in report.entries {
            let decision = entry.decision
            out += "\(field(entry.location.description)): \(decision.outcome.rawValue): \(field(entry.name))\n"
            for error in decision.errors { out += "  error: \(field(error.message))\n" }
            switch decision.outcome {
            case .allow: out += "  allowed by:\n"
            case .deny where decision.errors.isEmpty: out += "  denied by:\n"
            case .deny, .notCovered: break
            }
            for reference in decision.deciding { out += clause(reference, report) }
            if let witness = decision.witness {
                out += decision.outcome == .deny ? "  denied part: \(witness)\n" : "  no rule speaks to: \(witness)\n"
            }
            if !decision.overridden.isEmpty {
                out += "  overrides (a conflict in the policy):\n"
                for reference in decision.overridden { out += clause(reference, report) }
            }
            for obligation in decision.obligations { out += "  obligation: \(field(obligation))\n" }
        }
        return TextEscaping.terminal(out + (report.entries.isEmpty ? "" : "\n") + field(report.summary) + "\n")
    }

    private func clause(_ reference: RuleReference, _ report: CheckReport) -> String {
        let field = TextEscaping.terminalField
        var line = "    \(field(reference.ruleID)) (\(field(report.clauseLocation(reference).description))): \"\(field(reference.source.text))\"\n"
        if let exception = reference.exception {
            line += exception == reference.source
                ? "      lifted by an exception the clause itself states\n"
                : "      lifted by the exception (\(field(report.policyFile)):\(exception.line)): \"\(field(exception.text))\"\n"
        }
        return line
    }
}
