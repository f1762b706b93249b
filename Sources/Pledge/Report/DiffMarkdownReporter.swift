/// Markdown short enough to post as a pull-request comment: the verdict and one line per
/// changed promise in plain words, then the details collapsed (`<details>`): each
/// promise's old and new clause and the clause pairs that decide its regions, each pair
/// with its region count and one witness. Every region and witness is in `--format json`.
public struct DiffMarkdownReporter: DiffReporter {
    let taxonomy: Taxonomy

    /// - Parameter taxonomy: the vocabulary whose labels say the promises in plain words.
    public init(taxonomy: Taxonomy = .standard) { self.taxonomy = taxonomy }

    public func render(_ diff: VersionDiff) -> String {
        typealias W = DiffWording
        let promises = DiffPromises(diff)
        let words = PlainWords(taxonomy: taxonomy)
        var out = ["## Policy diff: \(cell(W.title(diff)))", "",
                   "**Verdict: \(W.verdict(diff.verdict)).** \(W.verdictExplanation(diff.verdict))", "", cell(W.summary(diff, promises)) + "."]
        let numbered = Array(promises.promises.enumerated())
        for weight in PromiseChange.Weight.allCases {
            let members = numbered.filter { $0.element.weight == weight }
            guard let first = members.first else { continue }
            if weight == .none {
                out += ["", "**\(W.title(weight)):** \(members.count) (\(first.offset + 1)–\(first.offset + members.count) in the details)."]
                continue
            }
            out += ["", "### \(W.title(weight))", ""]
            for (n, p) in members { out.append("\(n + 1). \(cell(W.headline(p, words))) — \(W.regions(p))") }
        }
        guard !numbered.isEmpty || !diff.unmappedRemoved.isEmpty || !diff.unmappedAdded.isEmpty else { return out.joined(separator: "\n") + "\n" }
        out += ["", "<details><summary>Details: the clauses of each promise and the clauses that decide its regions</summary>", ""]
        for (n, p) in numbered {
            out += ["#### \(n + 1). \(cell(W.headline(p, words)))", ""]
            for (label, clause, policy) in [("Old", p.old, diff.old), ("New", p.new, diff.new)] {
                guard let clause else { continue }
                let reviews = clause.rules.map { "\(code($0.id)) \(cell("[" + ReviewStatusText.of($0.review) + "]"))" }.joined(separator: ", ")
                out.append("- \(label), \(place(clause.source, policy)) \(reviews): \(quote(clause.source.text))")
                for e in clause.exceptionClauses { out.append("  - except, \(place(e, policy)): \(quote(e.text))") }
            }
            for pair in p.pairs {
                var line = "- \(W.heading(pair)): \(cell(W.pair(pair))) — \(W.count(pair.changes.count, "region"))"
                if let example = pair.changes.first { line += ", e.g. \(code(W.witness(example)))" }
                out.append(line)
            }
            for shared in p.shared { out.append("- \(W.shared(shared, promises))") }
            out.append("")
        }
        for (title, cited, policy) in [("Unchanged clauses of the old version cited above", promises.citedOld, diff.old),
                                       ("Unchanged clauses of the new version cited above", promises.citedNew, diff.new)] where !cited.isEmpty {
            out += ["#### \(title)", ""]
            for r in cited {
                out.append("- \(code(r.ruleID)) \(cell("[" + ReviewStatusText.of(r.review) + "]")), \(place(r.source, policy)): \(quote(r.source.text))")
                if let e = r.exception, e != r.source { out.append("  - except, \(place(e, policy)): \(quote(e.text))") }
            }
            out.append("")
        }
        for (title, sentences, policy) in W.unmappedSections(diff) {
            out += ["#### \(title)", ""]
            for s in sentences { out.append("- \(cell(W.location(s, in: policy))): \(quote(s.text)) (\(cell(s.reason)))") }
            out.append("")
        }
        out.append("</details>")
        return out.joined(separator: "\n") + "\n"
    }

    private func place(_ source: Provenance, _ policy: PolicyMetadata) -> String {
        cell("\(policy.textFile):\(source.line)" + (source.section.map { " (\($0))" } ?? ""))
    }

    /// Quoted policy text, with Markdown syntax neutralised.
    private func quote(_ text: String) -> String { "“" + cell(text) + "”" }

    private func code(_ text: String) -> String { "`" + TextEscaping.markdownCode(text) + "`" }

    private func cell(_ text: String) -> String { TextEscaping.markdownCell(text) }
}
