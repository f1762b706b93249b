/// One self-contained HTML file (inline CSS, no scripts, nothing fetched) that a legal
/// reviewer can open and circulate: the verdict, then per group the old and new clauses
/// side by side and every witness. Every piece of policy text is escaped.
public struct DiffHTMLReporter: DiffReporter {
    public init() {}

    static let style = """
        body{font:15px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
        h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.25rem}
        .verdict{padding:.75rem 1rem;border-radius:6px;background:#f3f3f3;border-left:6px solid #888}
        .verdict.more_permissive{border-color:#c0392b}.verdict.less_permissive{border-color:#2471a3}.verdict.incomparable{border-color:#b9770e}.verdict.equivalent{border-color:#1e8449}
        table{border-collapse:collapse;width:100%;table-layout:fixed}th,td{border:1px solid #ccc;padding:.5rem;vertical-align:top;text-align:left}
        th{background:#fafafa}blockquote{margin:.25rem 0 .5rem;padding-left:.75rem;border-left:3px solid #ccc;color:#333}
        .outcome{font-weight:600}.where{color:#666;font-size:.85em}code{font-size:.9em;background:#f5f5f5;padding:0 .2em}
        ul.witnesses li{margin:.2rem 0}
        """

    public func render(_ diff: VersionDiff) -> String {
        typealias W = DiffWording
        var out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
                   "<title>Policy diff: \(escape(W.title(diff)))</title>", "<style>\(Self.style)</style></head><body>",
                   "<h1>Policy diff: \(escape(W.title(diff)))</h1>",
                   "<p class=\"verdict \(diff.verdict.rawValue)\"><strong>Verdict: \(escape(W.verdict(diff.verdict))).</strong> \(escape(W.verdictExplanation(diff.verdict)))</p>",
                   "<p>\(escape(W.summary(diff))).</p>"]
        for group in diff.groups {
            out.append("<h2>\(escape(W.heading(group))) — \(group.changes.count) region\(group.changes.count == 1 ? "" : "s")</h2>")
            out.append("<table><tr><th>Old (\(escape(W.version(diff.old))))</th><th>New (\(escape(W.version(diff.new))))</th></tr>")
            out.append("<tr><td>\(side(group.oldOutcome, group.oldClauses, diff.old))</td><td>\(side(group.newOutcome, group.newClauses, diff.new))</td></tr></table>")
            out.append("<p>Witnesses (each re-checked against both versions):</p><ul class=\"witnesses\">")
            for change in group.changes {
                out.append("<li><code>\(escape(W.witness(change)))</code> <span class=\"where\">\(escape(W.scope(change)))</span></li>")
            }
            out.append("</ul>")
        }
        for (title, rules, policy) in W.clauseSections(diff) {
            out.append("<h2>\(title)</h2><ul>")
            for r in rules {
                out.append("<li><span class=\"outcome\">\(r.effect.rawValue)</span> <code>\(escape(r.id))</code> <span class=\"where\">[\(escape(ReviewStatusText.of(r.review)))]</span> <span class=\"where\">\(escape(W.location(r, in: policy)))</span><blockquote>\(escape(r.source.text))</blockquote></li>")
            }
            out.append("</ul>")
        }
        for (title, sentences, policy) in W.unmappedSections(diff) {
            out.append("<h2>\(escape(title))</h2><ul>")
            for s in sentences {
                out.append("<li><span class=\"where\">\(escape(W.location(s, in: policy))) — \(escape(s.reason))</span><blockquote>\(escape(s.text))</blockquote></li>")
            }
            out.append("</ul>")
        }
        out.append("</body></html>")
        return out.joined(separator: "\n") + "\n"
    }

    private func side(_ outcome: Outcome, _ clauses: [RuleReference], _ policy: PolicyMetadata) -> String {
        var html = "<span class=\"outcome\">\(escape(DiffWording.outcome(outcome)))</span>"
        if clauses.isEmpty { html += " — the policy is silent" }
        for c in clauses {
            html += "<div><code>\(escape(c.ruleID))</code> <span class=\"where\">[\(escape(ReviewStatusText.of(c.review)))]</span> <span class=\"where\">\(escape(DiffWording.location(c, in: policy)))</span>"
            html += "<blockquote>\(escape(c.source.text))</blockquote>"
            if let e = c.exception, e != c.source { html += "except:<blockquote>\(escape(e.text))</blockquote>" }
            html += "</div>"
        }
        return html
    }

    private func escape(_ text: String) -> String { TextEscaping.html(text) }
}
