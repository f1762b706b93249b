/// Plain text for a terminal: the verdict, each group with its old and new clauses and
/// every witness, then the clauses removed and added.
public struct DiffTextReporter: DiffReporter {
    public init() {}

    public func render(_ diff: VersionDiff) -> String {
        typealias W = DiffWording
        var out = ["pledge diff: \(W.title(diff))", "verdict: \(W.verdict(diff.verdict)) — \(W.verdictExplanation(diff.verdict))", W.summary(diff)]
        for group in diff.groups {
            out.append("")
            out.append("\(W.heading(group).uppercased()): \(group.changes.count) region\(group.changes.count == 1 ? "" : "s")")
            out.append("  old: \(W.decision(group.oldOutcome, group.oldClauses))")
            out += group.oldClauses.flatMap { clause($0, diff.old) }
            out.append("  new: \(W.decision(group.newOutcome, group.newClauses))")
            out += group.newClauses.flatMap { clause($0, diff.new) }
            if group.kind == .obligationsChanged, let c = group.changes.first {
                out.append("  obligations: \(c.old.obligations) → \(c.new.obligations)")
            }
            for change in group.changes {
                out.append("  - \(W.witness(change))")
                out.append("    region: \(W.scope(change))")
            }
        }
        for (title, rules, policy) in W.clauseSections(diff) {
            out.append("")
            out.append("\(title.uppercased()): \(rules.count)")
            for r in rules { out.append("  - [\(r.effect.rawValue)] \(r.id) — \(W.location(r, in: policy)): \"\(r.source.text)\"") }
        }
        for (title, sentences, policy) in W.unmappedSections(diff) {
            out.append("")
            out.append("\(title.uppercased()): \(sentences.count)")
            for s in sentences { out.append("  - \(W.location(s, in: policy)): \"\(s.text)\" (\(s.reason))") }
        }
        // Each line is escaped whole: a line feed in a rule id, a clause or a reason cannot start a line of its own.
        return out.map { TextEscaping.terminalField($0) }.joined(separator: "\n") + "\n"
    }

    private func clause(_ reference: RuleReference, _ policy: PolicyMetadata) -> [String] {
        var lines = ["    [\(reference.effect.rawValue)] \(reference.ruleID) — \(DiffWording.location(reference, in: policy)): \"\(reference.source.text)\""]
        if let e = reference.exception, e != reference.source { lines.append("      except (line \(e.line)): \"\(e.text)\"") }
        return lines
    }
}
