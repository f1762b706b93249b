import Pledge

/// "We only use your e-mail address for: – billing; – customer support.": an exclusive lead-in whose limit is a list
/// (or a ban whose exceptions are: "We will not sell it unless: – you agree; – the law requires it.").
/// Each item, read with the lead-in, says "only for billing" — alone, a prohibition of every other purpose, the other
/// items' purposes included, which the text allows. The items together are the exceptions of one prohibition: the
/// first item's keeps every item's exception (each citing its item), and the others' copies are dropped.
enum ExclusiveList {
    /// - Parameter items: per lead-in sentence, the items read joined with it.
    static func merge(_ readings: inout [Int: SentenceReading], items: [Int: [Int]], _ sentences: [AnnotatedSentence]) {
        for (lead, joined) in items where joined.count > 1 && limitsByItsList(sentences[lead]) {
            let ordered = joined.sorted()
            guard var head = readings[ordered[0]] else { continue }
            for index in ordered.dropFirst() {
                guard var item = readings[index] else { continue }
                item.statements.removeAll { statement in
                    guard statement.effect == .deny, !statement.unless.isEmpty,
                          let k = head.statements.firstIndex(where: { $0.effect == .deny && !$0.unless.isEmpty && sameScope($0, statement) })
                    else { return false }
                    for exception in statement.unless {
                        var cited = exception
                        cited.source = cited.source ?? statement.provenance
                        if !head.statements[k].unless.contains(cited) { head.statements[k].unless.append(cited) }
                    }
                    return true
                }
                readings[index] = item
            }
            readings[ordered[0]] = head
        }
    }

    /// An exclusive lead-in ("only for:"), or a ban whose exception is the list ("We will not sell it unless:", "…
    /// except:"): either way each item is one case of the same exception.
    private static func limitsByItsList(_ s: AnnotatedSentence) -> Bool {
        s.tokens.contains { Grammar.exclusive.contains($0.lower) }
            || s.tokens.indices.contains { i in
                (s.word(i) == "unless" || Grammar.exceptionWords.contains(s.word(i)) || Grammar.exceptionPhrases.contains { s.has($0, at: i) })
                    && s.word(i - 1) != "," && (i + 1..<s.tokens.count).allSatisfy { s.tokens[$0].isPunctuation || Grammar.listReferences.contains(s.word($0)) || ["in", "the", "when", "where", "as"].contains(s.word($0)) }
            }
    }

    private static func sameScope(_ a: Statement, _ b: Statement) -> Bool {
        a.actions == b.actions && a.data == b.data && a.recipients == b.recipients && a.purposes == b.purposes
            && a.identifiability == b.identifiability && a.when == b.when && a.alternatives == b.alternatives
            && a.retention == b.retention
    }
}
