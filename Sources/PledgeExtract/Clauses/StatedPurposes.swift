import Pledge

/// "to provide you with the most relevant offers", "for the delivery of your catalog": a purpose
/// phrase that names a purpose of the taxonomy among words the reading does not follow. Read as
/// the key alone, the permission would cover the whole kind (every offer, all delivery); the
/// phrase is kept in the policy's own words instead (``StatedPhrase``), a kind of the key it
/// names when it names exactly one — so a prohibition of that kind still covers it.
enum StatedPurposes {
    /// The statement with each purpose phrase that holds a word not read (`unread`) stated in its
    /// own words, and the keys read only inside such phrases removed; nil when a word not read lies
    /// outside every purpose phrase, or a phrase cannot be named.
    static func restate(_ statement: Statement, unread: [Int], clause: Range<Int>, _ s: AnnotatedSentence, spans: ClauseSpans,
                        taxonomy: Taxonomy) -> (statement: Statement, phrases: [StatedPhrase])? {
        let phrases = spans.purposes.filter { span in clause.contains(span.lowerBound) && unread.contains { span.contains($0) } }
        guard !phrases.isEmpty, unread.allSatisfy({ i in phrases.contains { $0.contains(i) } }),
              !phrases.contains(where: { StatedPhrase.restatesPractice($0, s, actions: statement.actions, taxonomy: taxonomy) })
        else { return nil }
        let tree = taxonomy[.purpose]
        let matches = s[.purpose].filter { clause.contains($0.range.lowerBound) }
        func related(_ a: String, _ b: String) -> Bool { a == b || tree.covers(a, b) || tree.covers(b, a) }
        // Only where every purpose of the permission is read inside the restated phrases: a purpose named outside them
        // may be what they qualify, and beside it they would add a purpose rather than narrow one.
        let outside = matches.filter { m in !phrases.contains { $0.contains(m.range.lowerBound) } }.flatMap(\.keys)
        guard !statement.purposes.contains(where: { key in outside.contains { related($0, key) } }) else { return nil }
        var result = statement
        result.purposes = []
        var stated: [StatedPhrase] = []
        for span in phrases {
            // The phrase is a kind of the purpose it names; naming several of no one kind, it is no kind of any, and
            // as a purpose of its own it would permit what none of them does.
            let inside = Set(matches.filter { span.contains($0.range.lowerBound) }.flatMap(\.keys))
            let kind = inside.first { k in inside.allSatisfy { tree.covers(k, $0) } }
            guard kind != nil || inside.isEmpty,
                  let phrase = StatedPhrase.read(span, s, as: .purpose, within: kind, taxonomy: taxonomy)
            else { return nil }
            if !result.purposes.contains(phrase.name) { result.purposes.append(phrase.name) }
            result.statedRanges.append(span)
            stated.append(phrase)
        }
        return (result, stated)
    }
}
