/// Plain text for a terminal. The summary comes first and fits one screen: the verdict,
/// then one line per changed promise in plain words, what the company may newly do
/// first. Then each promise with its old and new clause and the clause pairs that decide
/// its regions; `--detail` adds every region with its witness. Clauses that decide
/// without having changed are quoted once, at the end.
public struct DiffTextReporter: DiffReporter {
    let taxonomy: Taxonomy
    let detail: Bool

    /// At most this many promises are listed in the summary; the rest are counted.
    static let summaryPromises = 25

    /// - Parameters:
    ///   - taxonomy: the vocabulary whose labels say the promises in plain words.
    ///   - detail: whether to list every changed region with its witness.
    public init(taxonomy: Taxonomy = .standard, detail: Bool = false) {
        self.taxonomy = taxonomy
        self.detail = detail
    }

    public func render(_ diff: VersionDiff) -> String {
        typealias W = DiffWording
        let promises = DiffPromises(diff)
        let words = PlainWords(taxonomy: taxonomy)
        let field = TextEscaping.terminalField
        var out = ["pledge diff: \(field(W.title(diff)))",
                   "verdict: \(W.verdict(diff.verdict)) — \(W.verdictExplanation(diff.verdict))",
                   W.summary(diff, promises) + "."]
        out += summary(promises, words)
        for (number, promise) in promises.promises.enumerated() {
            out.append("")
            out.append("\(number + 1). \(field(W.headline(promise, words))) — \(W.regions(promise))")
            if let old = promise.old { out += ["   old \(clause(old.source, old.rules.map { ($0.id, $0.review) }, diff.old))"] + exceptions(old) }
            if let new = promise.new { out += ["   new \(clause(new.source, new.rules.map { ($0.id, $0.review) }, diff.new))"] + exceptions(new) }
            for pair in promise.pairs {
                out.append("   - \(W.heading(pair)): \(field(W.pair(pair))) — \(W.count(pair.changes.count, "region"))")
                if let (old, new) = pair.obligations {
                    out.append("     obligations: \(field(old.joined(separator: "; "))) → \(field(new.joined(separator: "; ")))")
                }
                guard detail else { continue }
                for change in pair.changes {
                    out.append("       · \(field(words.operation(change.witness)))")
                    out.append("         witness: \(field(W.witness(change))); region: \(field(W.scope(change)))")
                }
            }
            for shared in promise.shared { out.append("   - \(W.shared(shared, promises))") }
        }
        for (title, cited, policy) in [("Unchanged clauses of the old version cited above", promises.citedOld, diff.old),
                                       ("Unchanged clauses of the new version cited above", promises.citedNew, diff.new)] where !cited.isEmpty {
            out += ["", "\(title.uppercased()): \(cited.count)"]
            for r in cited { out.append("  \(clause(r.source, [(r.ruleID, r.review)], policy))") }
        }
        for (title, sentences, policy) in W.unmappedSections(diff) {
            out += ["", "\(title.uppercased()): \(sentences.count)"]
            for s in sentences { out.append("  - \(field(W.location(s, in: policy))): \"\(field(s.text))\" (\(field(s.reason)))") }
        }
        if !detail, !diff.groups.isEmpty { out += ["", "Each changed region in full: --detail; for machines: --format json."] }
        // Each line is escaped whole: a line feed in a rule id, a clause or a reason cannot start a line of its own.
        return out.map { TextEscaping.terminalField($0) }.joined(separator: "\n") + "\n"
    }

    /// The summary's lines: per weight, its promises numbered as in the details; the
    /// promises that change no decision are counted, not listed.
    private func summary(_ promises: DiffPromises, _ words: PlainWords) -> [String] {
        var out: [String] = []
        var listed = 0
        for weight in PromiseChange.Weight.allCases {
            let members = promises.promises.enumerated().filter { $0.element.weight == weight }
            guard let first = members.first else { continue }
            out.append("")
            if weight == .none {
                let range = members.count == 1 ? "\(first.offset + 1)" : "\(first.offset + 1)–\(first.offset + members.count)"
                out.append("\(DiffWording.title(weight)): \(members.count) (\(range) below).")
                continue
            }
            out.append("\(DiffWording.title(weight).uppercased())")
            for (number, promise) in members {
                guard listed < Self.summaryPromises else {
                    out.append("  … and \(members.count - (number - first.offset)) more below.")
                    break
                }
                listed += 1
                out.append("  \(number + 1). \(TextEscaping.terminalField(DiffWording.headline(promise, words))) — \(DiffWording.regions(promise))")
            }
        }
        return out
    }

    /// The clauses of the exceptions that are not the rules' own sentence, each once.
    private func exceptions(_ clause: PolicyClause) -> [String] {
        clause.exceptionClauses.map { TextEscaping.terminalField("     except (line \($0.line)): \"\($0.text)\"") }
    }

    /// `file:line (section) [rule ids]: "text"`.
    /// The clause with the rules read from it, each with its review status ("unreviewed" for a draft).
    private func clause(_ source: Provenance, _ rules: [(id: String, review: RuleReview?)], _ policy: PolicyMetadata) -> String {
        let place = "\(policy.textFile):\(source.line)" + (source.section.map { " (\($0))" } ?? "")
        let ids = rules.map { "\($0.id) (\(ReviewStatusText.of($0.review)))" }.joined(separator: ", ")
        return TextEscaping.terminalField("\(place) [\(ids)]: \"\(source.text)\"")
    }
}
