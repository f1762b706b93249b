/// For people: one line per operation (place, outcome, what it does), then the clauses
/// that decided it with their review status (`[unreviewed]`: the extractor's draft decided),
/// the obligations, the allows a deny overrode; a summary last.
public struct CheckTextReporter: CheckStreamingReporter {
    public init() {}

    public func head(_ run: CheckRun) -> String { "" }

    public var separator: String { "" }

    public func entry(_ entry: CheckReport.Entry, _ run: CheckRun) -> String {
        let field = TextEscaping.terminalField
        let decision = entry.decision
        var out = "\(field(entry.location.description)): \(decision.outcome.rawValue): \(field(entry.name))\n"
        for error in decision.errors { out += "  error: \(field(error.message))\n" }
        switch decision.outcome {
        case .allow: out += "  allowed by:\n"
        case .deny where decision.errors.isEmpty: out += "  denied by:\n"
        case .deny, .notCovered: break
        }
        for reference in decision.deciding { out += clause(reference, run) }
        if let witness = decision.witness {
            out += decision.outcome == .deny ? "  denied part: \(witness)\n" : "  no rule speaks to: \(witness)\n"
        }
        if !decision.overridden.isEmpty {
            out += "  overrides (a conflict in the policy):\n"
            for reference in decision.overridden { out += clause(reference, run) }
        }
        for obligation in decision.obligations { out += "  obligation: \(field(obligation))\n" }
        return TextEscaping.terminal(out)
    }

    public func tail(_ run: CheckRun, _ tally: CheckTally) -> String {
        TextEscaping.terminal((tally.operations == 0 ? "" : "\n") + tally.summary(run) + "\n")
    }

    private func clause(_ reference: RuleReference, _ run: CheckRun) -> String {
        let field = TextEscaping.terminalField
        let review = field(ReviewStatusText.of(reference.review))
        var line = "    \(field(reference.ruleID)) [\(review)] (\(field(run.clauseLocation(reference).description))): \"\(field(reference.source.text))\"\n"
        if let exception = reference.exception {
            // An allow quoting an exception decides a deny: the exception is its promise.
            let role = reference.effect == .allow ? "forbidden, as the clause promises, by" : "lifted by"
            line += exception == reference.source
                ? "      \(role) an exception the clause itself states\n"
                : "      \(role) the exception (\(field(run.policyFile)):\(exception.line)): \"\(field(exception.text))\"\n"
        }
        return line
    }
}
