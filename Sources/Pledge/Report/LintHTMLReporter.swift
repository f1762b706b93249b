/// One self-contained HTML page (inline CSS, no scripts, nothing fetched) for a reviewer:
/// the one-line count, a linked table of the groups of findings (errors first), then
/// each group with its shared clause quoted once and its findings folded (`<details>`).
public struct LintHTMLReporter: LintReporter {
    public init() {}

    static let style = """
        body{font:15px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
        h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.25rem}h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
        table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}th{background:#fafafa}
        .error{color:#a93226;font-weight:600}.warning{color:#9a6700;font-weight:600}.info{color:#2e6da4;font-weight:600}
        blockquote{margin:.25rem 0 .5rem;padding-left:.75rem;border-left:3px solid #ccc;color:#333}.where{color:#666;font-size:.85em}
        td code,td:nth-child(4){white-space:nowrap}code{font-size:.85em;background:#f5f5f5;padding:0 .2em}details{margin:.35rem 0}summary{cursor:pointer}
        """

    public func render(_ findings: [Finding], policy: PolicyMetadata) -> String {
        let groups = FindingGroup.groups(findings)
        var out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                   "<title>Lint: \(escape(policy.id))</title>", "<style>\(Self.style)</style></head><body>",
                   "<h1>Lint: \(escape(policy.id))</h1>",
                   "<p><strong>\(escape(FindingGroup.summary(findings, groups: groups, policy: policy))).</strong> Policy text: <code>\(escape(policy.textFile))</code>.</p>"]
        if !groups.isEmpty {
            out.append("<nav aria-label=\"Contents\"><table><tr><th>#</th><th>Severity</th><th>Check</th><th>Where</th><th>What</th></tr>")
            for (n, g) in groups.enumerated() {
                out.append("<tr><td><a href=\"#group-\(n + 1)\">\(n + 1)</a></td><td class=\"\(g.severity.rawValue)\">\(g.severity.rawValue)</td>"
                    + "<td><code>\(escape(g.check))</code></td><td>\(g.location.line > 0 ? "line \(g.location.line)" : "whole file")</td><td>\(escape(FindingGroup.headline(g)))</td></tr>")
            }
            out.append("</table></nav>")
        }
        for (n, g) in groups.enumerated() {
            out.append("<section id=\"group-\(n + 1)\"><h3>\(n + 1). <span class=\"\(g.severity.rawValue)\">\(g.severity.rawValue)</span> <code>\(escape(g.check))</code> <span class=\"where\">\(escape("\(g.location)"))</span></h3>")
            if let clause = g.clause { out.append(quote(clause)) }
            if g.findings.count == 1 {
                out += finding(g.findings[0])
            } else {
                out.append("<details><summary>\(g.findings.count) findings on this clause</summary><ul>")
                for f in g.findings { out.append("<li>" + finding(f).joined() + "</li>") }
                out.append("</ul></details>")
            }
            out.append("</section>")
        }
        out.append("</body></html>")
        return out.joined(separator: "\n") + "\n"
    }

    /// A finding's message, the clauses it names besides its group's, and its witness.
    private func finding(_ f: Finding) -> [String] {
        var out = ["<p><span class=\"\(f.severity.rawValue)\">\(f.severity.rawValue)</span>: \(escape(f.message))</p>"]
        out += f.clauses.dropFirst().map(quote)
        if let w = f.witness { out.append("<p class=\"where\">witness: <code>\(escape(WitnessText.describe(w)))</code></p>") }
        return out
    }

    private func quote(_ clause: QuotedClause) -> String {
        let place = "\(clause.location)" + (clause.section.map { " (\($0))" } ?? "")
        return "<blockquote>\(escape(clause.text))</blockquote><p class=\"where\">\(escape(place))</p>"
    }

    private func escape(_ text: String) -> String { TextEscaping.html(text) }
}
