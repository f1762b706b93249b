/// Markdown to paste into a review or a pull request: the verdict, then per group a
/// two-column table with the old and new clauses side by side, and every witness.
public struct DiffMarkdownReporter: DiffReporter {
    public init() {}

    public func render(_ diff: VersionDiff) -> String {
        typealias W = DiffWording
        var out = ["# Policy diff: \(cell(W.title(diff)))", "", "**Verdict: \(W.verdict(diff.verdict)).** \(W.verdictExplanation(diff.verdict))", "", W.summary(diff) + "."]
        for group in diff.groups {
            out += ["", "## \(W.heading(group)) — \(group.changes.count) region\(group.changes.count == 1 ? "" : "s")", ""]
            out += ["| Old (\(cell(W.version(diff.old)))) | New (\(cell(W.version(diff.new)))) |", "| --- | --- |"]
            out.append("| \(side(group.oldOutcome, group.oldClauses, diff.old)) | \(side(group.newOutcome, group.newClauses, diff.new)) |")
            out += ["", "Witnesses:", ""]
            for change in group.changes {
                out.append("- \(code(W.witness(change))) — \(cell(W.scope(change)))")
            }
        }
        for (title, rules, policy) in W.clauseSections(diff) {
            out += ["", "## \(title)", ""]
            for r in rules { out.append("- **\(r.effect.rawValue)** \(code(r.id)) \(cell("[" + ReviewStatusText.of(r.review) + "]")) (\(cell(W.location(r, in: policy)))): \(quote(r.source.text))") }
        }
        for (title, sentences, policy) in W.unmappedSections(diff) {
            out += ["", "## \(title)", ""]
            for s in sentences { out.append("- \(cell(W.location(s, in: policy))): \(quote(s.text)) (\(cell(s.reason)))") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func side(_ outcome: Outcome, _ clauses: [RuleReference], _ policy: PolicyMetadata) -> String {
        var parts = ["**\(DiffWording.outcome(outcome))**"]
        if clauses.isEmpty { parts.append("the policy is silent") }
        for c in clauses {
            parts.append("\(code(c.ruleID)) \(cell("[" + ReviewStatusText.of(c.review) + "]")) (\(cell(DiffWording.location(c, in: policy)))): \(quote(c.source.text))")
            if let e = c.exception, e != c.source { parts.append("except: \(quote(e.text))") }
        }
        return parts.joined(separator: "<br>")
    }

    /// Quoted policy text, with Markdown and table syntax neutralised.
    private func quote(_ text: String) -> String { "“" + cell(text) + "”" }

    /// A code span; GitHub tables still need `|` escaped inside one.
    private func code(_ text: String) -> String { "`" + TextEscaping.markdownCode(text) + "`" }

    private func cell(_ text: String) -> String { TextEscaping.markdownCell(text) }
}
