/// One self-contained HTML file (inline CSS, no scripts, nothing fetched) that a legal
/// reviewer can open and circulate. The verdict and the summary come first, one linked
/// line per changed promise in plain words; then each promise with its old and new
/// clause side by side, the changed words marked, and its regions folded (`<details>`)
/// under the clause pair that decides them. Every piece of policy text is escaped.
public struct DiffHTMLReporter: DiffReporter {
    let taxonomy: Taxonomy

    /// - Parameter taxonomy: the vocabulary whose labels say the promises in plain words.
    public init(taxonomy: Taxonomy = .standard) { self.taxonomy = taxonomy }

    static let style = """
        body{font:15px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
        h1{font-size:1.5rem;margin-bottom:.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.25rem}
        h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
        .verdict{padding:.75rem 1rem;border-radius:6px;background:#f3f3f3;border-left:6px solid #888}
        .verdict.more_permissive{border-color:#c0392b}.verdict.less_permissive{border-color:#2471a3}.verdict.incomparable{border-color:#b9770e}.verdict.equivalent{border-color:#1e8449}
        nav ol{margin:.25rem 0;padding-left:1.5rem}nav li{display:inline;margin-right:1.25rem}
        ol.summary li{margin:.2rem 0}.count{color:#555;font-weight:normal}
        table{border-collapse:collapse;width:100%;table-layout:fixed}th,td{border:1px solid #ccc;padding:.5rem;vertical-align:top;text-align:left}
        th{background:#fafafa}del{background:#fde2e1;color:#8a1c14}ins{background:#d9f2dd;color:#145a25;text-decoration:none}
        .absent{color:#777;font-style:italic}.where{color:#666;font-size:.85em}code{font-size:.85em;background:#f5f5f5;padding:0 .2em}
        details{margin:.35rem 0}summary{cursor:pointer}ul.regions li{margin:.15rem 0}blockquote{margin:.25rem 0 .5rem;padding-left:.75rem;border-left:3px solid #ccc;color:#333}
        """

    public func render(_ diff: VersionDiff) -> String {
        typealias W = DiffWording
        let promises = DiffPromises(diff)
        let words = PlainWords(taxonomy: taxonomy)
        let numbered = Array(promises.promises.enumerated())
        let cited = [("Unchanged clauses of the old version", "old", promises.citedOld, diff.old),
                     ("Unchanged clauses of the new version", "new", promises.citedNew, diff.new)].filter { !$0.2.isEmpty }
        let unmapped = W.unmappedSections(diff)
        var out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                   "<title>Policy diff: \(escape(W.title(diff)))</title>", "<style>\(Self.style)</style></head><body>",
                   "<h1>Policy diff: \(escape(W.title(diff)))</h1>",
                   "<p class=\"verdict \(diff.verdict.rawValue)\"><strong>Verdict: \(escape(W.verdict(diff.verdict))).</strong> \(escape(W.verdictExplanation(diff.verdict)))</p>",
                   "<p>\(escape(W.summary(diff, promises))).</p>"]
        var contents = [("summary", "Summary")]
        if !numbered.isEmpty { contents.append(("promises", "Changed promises")) }
        if !cited.isEmpty { contents.append(("cited", "Unchanged clauses cited")) }
        if !unmapped.isEmpty { contents.append(("unmapped", "Sentences not modelled")) }
        out.append("<nav aria-label=\"Contents\"><strong>Contents:</strong><ol>" + contents.map { "<li><a href=\"#\($0.0)\">\($0.1)</a></li>" }.joined() + "</ol></nav>")

        out.append("<section id=\"summary\"><h2>Summary</h2>")
        if numbered.isEmpty { out.append("<p>No promise changed.</p>") }
        for weight in PromiseChange.Weight.allCases {
            let members = numbered.filter { $0.element.weight == weight }
            guard let first = members.first else { continue }
            out.append("<h3>\(escape(W.title(weight)))</h3><ol class=\"summary\" start=\"\(first.offset + 1)\">")
            for (n, p) in members {
                out.append("<li><a href=\"#promise-\(n + 1)\">\(escape(W.headline(p, words)))</a> <span class=\"count\">— \(escape(W.regions(p)))</span></li>")
            }
            out.append("</ol>")
        }
        out.append("</section>")

        if !numbered.isEmpty {
            out.append("<section id=\"promises\"><h2>Changed promises</h2>")
            for (n, p) in numbered { out += promise(p, number: n + 1, diff, promises, words) }
            out.append("</section>")
        }
        if !cited.isEmpty {
            out.append("<section id=\"cited\"><h2>Unchanged clauses cited</h2>")
            for (title, side, references, policy) in cited {
                out.append("<h3>\(escape(title))</h3><ul>")
                for r in references {
                    var item = "<li id=\"\(side)-\(escape(r.ruleID))\"><code>\(escape(r.ruleID))</code> <span class=\"where\">[\(escape(ReviewStatusText.of(r.review)))]</span> <span class=\"where\">\(escape(W.location(r, in: policy)))</span><blockquote>\(escape(r.source.text))</blockquote>"
                    if let e = r.exception, e != r.source { item += "except (line \(e.line)):<blockquote>\(escape(e.text))</blockquote>" }
                    out.append(item + "</li>")
                }
                out.append("</ul>")
            }
            out.append("</section>")
        }
        if !unmapped.isEmpty {
            out.append("<section id=\"unmapped\"><h2>Sentences not modelled</h2>")
            for (title, sentences, policy) in unmapped {
                out.append("<h3>\(escape(title))</h3><ul>")
                for s in sentences {
                    out.append("<li><span class=\"where\">\(escape(W.location(s, in: policy))) — \(escape(s.reason))</span><blockquote>\(escape(s.text))</blockquote></li>")
                }
                out.append("</ul>")
            }
            out.append("</section>")
        }
        out.append("</body></html>")
        return out.joined(separator: "\n") + "\n"
    }

    /// One promise: its clauses side by side, then its clause pairs, each folded with its regions.
    private func promise(_ p: PromiseChange, number: Int, _ diff: VersionDiff, _ promises: DiffPromises, _ words: PlainWords) -> [String] {
        typealias W = DiffWording
        var out = ["<section id=\"promise-\(number)\"><h3>\(number). \(escape(W.headline(p, words))) <span class=\"count\">— \(escape(W.regions(p)))</span></h3>"]
        if p.old != nil || p.new != nil {
            let marked = p.old.flatMap { old in p.new.map { WordDiff(old: old.source.text, new: $0.source.text) } }
            out.append("<table><tr><th>Old (\(escape(W.version(diff.old))))</th><th>New (\(escape(W.version(diff.new))))</th></tr><tr>")
            out.append("<td>\(cell(p.old, side: "old", marked: marked?.old, diff.old))</td><td>\(cell(p.new, side: "new", marked: marked?.new, diff.new))</td>")
            out.append("</tr></table>")
        }
        for pair in p.pairs {
            out.append("<details><summary>\(escape(W.heading(pair))): \(side(pair.oldOutcome, pair.old, pair.alsoOld, "old")) → \(side(pair.newOutcome, pair.new, pair.alsoNew, "new")) <span class=\"count\">— \(escape(W.count(pair.changes.count, "region")))</span></summary>")
            if let (old, new) = pair.obligations {
                out.append("<p>Obligations: \(escape(old.joined(separator: "; "))) → \(escape(new.joined(separator: "; ")))</p>")
            }
            out.append("<ul class=\"regions\">")
            for change in pair.changes {
                out.append("<li>\(escape(words.operation(change.witness))) <code>\(escape(W.witness(change)))</code> <span class=\"where\">\(escape(W.scope(change)))</span></li>")
            }
            out.append("</ul></details>")
        }
        if !p.shared.isEmpty {
            out.append("<ul class=\"shared\">" + p.shared.map { s in
                let n = promises.number(s.listedUnder)
                return "<li>Also decides \(escape(W.count(s.count, "region"))) listed under <a href=\"#promise-\(n)\">\(n)</a>.</li>"
            }.joined() + "</ul>")
        }
        out.append("</section>")
        return out
    }

    /// A clause in its column, with the words that changed marked; an anchor per rule read from it.
    private func cell(_ clause: PolicyClause?, side: String, marked: [(word: String, mark: WordDiff.Mark)]?, _ policy: PolicyMetadata) -> String {
        guard let clause else { return "<span class=\"absent\">Not in this version.</span>" }
        let anchors = clause.rules.map { "<span id=\"\(side)-\(escape($0.id))\"></span>" }.joined()
        let ids = clause.rules.map { "<code>\(escape($0.id))</code> <span class=\"where\">[\(escape(ReviewStatusText.of($0.review)))]</span>" }.joined(separator: " ")
        let place = "\(policy.textFile):\(clause.source.line)" + (clause.source.section.map { " (\($0))" } ?? "")
        let exceptions = clause.exceptionClauses.map { "<p>except (line \($0.line)):</p><blockquote>\(escape($0.text))</blockquote>" }.joined()
        return anchors + "<blockquote>\(marked.map(words) ?? escape(clause.source.text))</blockquote>\(exceptions)<span class=\"where\">\(escape(place))</span> \(ids)"
    }

    /// Words with each run of removed or added ones in `<del>` or `<ins>`.
    private func words(_ marked: [(word: String, mark: WordDiff.Mark)]) -> String {
        var html: [String] = []
        var index = 0
        while index < marked.count {
            let mark = marked[index].mark
            var run: [String] = []
            while index < marked.count, marked[index].mark == mark {
                run.append(escape(marked[index].word))
                index += 1
            }
            let text = run.joined(separator: " ")
            switch mark {
            case .kept: html.append(text)
            case .removed: html.append("<del>\(text)</del>")
            case .added: html.append("<ins>\(text)</ins>")
            }
        }
        return html.joined(separator: " ")
    }

    /// `denied by <a>deny-x</a> (with <a>…</a>)`, each clause linked to where it is quoted.
    private func side(_ outcome: Outcome, _ clause: RuleReference?, _ also: [RuleReference], _ side: String) -> String {
        guard let clause else { return escape(DiffWording.decision(outcome, [])) }
        func link(_ r: RuleReference) -> String { "<a href=\"#\(side)-\(escape(r.ruleID))\">\(escape(r.ruleID))</a>" }
        return "\(escape(DiffWording.outcome(outcome))) by \(link(clause))" + (also.isEmpty ? "" : " (with " + also.map(link).joined(separator: ", ") + ")")
    }

    private func escape(_ text: String) -> String { TextEscaping.html(text) }
}
