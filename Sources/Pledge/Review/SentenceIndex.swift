/// The sentences of a policy text, normalised and hashed once, by line: what reviews and
/// worksheet entries are matched against.
package struct SentenceIndex: Sendable {
    private struct Entry: Sendable {
        var normalised: String
        var hash: String
    }

    private let byLine: [Int: [Entry]]

    package init(_ sentences: [Provenance]) {
        var byLine: [Int: [Entry]] = [:]
        for sentence in sentences {
            let normalised = SentenceHash.normalised(sentence.text)
            byLine[sentence.line, default: []].append(Entry(normalised: normalised, hash: SentenceHash.of(normalised: normalised)))
        }
        self.byLine = byLine
    }

    /// The sentences a clause stands for: the clause itself and, for a list item read with
    /// its lead-in ("we do NOT:" + "Disclose your information."), the item, which the clause
    /// ends with and whose line it has.
    package func hashes(of clause: Provenance) -> Set<String> {
        let folded = SentenceHash.normalised(clause.text)
        var hashes: Set<String> = [SentenceHash.of(normalised: folded)]
        for entry in byLine[clause.line] ?? [] where !entry.normalised.isEmpty && folded.hasSuffix(entry.normalised) {
            hashes.insert(entry.hash)
        }
        return hashes
    }
}
