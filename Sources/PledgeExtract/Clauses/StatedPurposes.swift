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
        // ("…, but cannot be used to contact you individually": a purpose after "but" and a negation is a ban's.)
        let spansHit = spans.purposes.filter { span in
            clause.contains(span.lowerBound) && unread.contains { span.contains($0) } && !(clause.lowerBound..<span.lowerBound).contains { j in
                s.word(j) == "but" && (j + 1..<min(span.lowerBound, j + 5)).contains { Grammar.negations.contains(s.word($0)) || s.word($0) == "cannot" }
            }
        }
        // "to comply with the law and to zorble the zorblax": purposes joined in a list are alternatives, each read apart.
        let members = spansHit.flatMap { listedPurposes(in: $0, s, examples: spans.examples) }
        let phrases = members.filter { member in unread.contains { member.contains($0) } }
        guard !phrases.isEmpty, unread.allSatisfy({ i in phrases.contains { $0.contains(i) } }),
              !phrases.contains(where: { StatedPhrase.restatesPractice($0, s, actions: statement.actions, taxonomy: taxonomy) })
        else { return nil }
        let tree = taxonomy[.purpose]
        let matches = s[.purpose].filter { clause.contains($0.range.lowerBound) }
        func related(_ a: String, _ b: String) -> Bool { a == b || tree.covers(a, b) || tree.covers(b, a) }
        // Only where every purpose of the permission is read inside the lists restated: a purpose named outside them
        // may be what they qualify, and beside it they would add a purpose rather than narrow one. A purpose of another
        // member of the same list stays: it is an alternative the text gives.
        let listed = matches.filter { m in spansHit.contains { $0.contains(m.range.lowerBound) } }
        let siblings = listed.filter { m in !phrases.contains { $0.contains(m.range.lowerBound) } }.flatMap(\.keys)
        guard statement.purposes.allSatisfy({ key in listed.contains { m in m.keys.contains { related($0, key) } } }) else { return nil }
        var result = statement
        // (A key broader than a sibling's is one read inside the phrases restated: "to improve the site and to tailor our
        // services to …" keeps the improvement, not every service.)
        result.purposes = statement.purposes.filter { key in siblings.contains { $0 == key || tree.covers($0, key) } }
        var stated: [StatedPhrase] = []
        for span in phrases {
            // The phrase is a kind of the purpose it names; naming several of no one kind, it is no kind of any, and
            // as a purpose of its own it would permit what none of them does.
            // "to deliver adverts more relevant to you": the providing verb says how, not which purpose; what is
            // delivered is named in words no key reads.
            let providingOnly = { (m: PhraseMatch) in
                m.range.upperBound < span.upperBound && m.range.allSatisfy { s.word($0) == "to" || Grammar.providingVerbs.contains(s.word($0)) }
            }
            let inside = Set(matches.filter { span.contains($0.range.lowerBound) && !providingOnly($0) }.flatMap(\.keys))
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

    /// A purpose phrase cut where a list mark opens another purpose ("…, and to …", "… or for …"), not inside the
    /// examples of one ("for marketing, such as newsletters or to tell you of new products" is one purpose).
    static func listedPurposes(in span: Range<Int>, _ s: AnnotatedSentence, examples: [Range<Int>]) -> [Range<Int>] {
        var cuts = [span.lowerBound]
        // After "such as", what is listed are examples of the purpose before it, however they are joined.
        let firstExample = span.first { i in Grammar.exampleMarkers.contains { s.has($0, at: i) } } ?? span.upperBound
        for j in span.dropFirst() where j < firstExample && Grammar.coordinators.contains(s.word(j)) && !examples.contains(where: { $0.contains(j) }) {
            let next = Grammar.coordinators.contains(s.word(j + 1)) ? j + 2 : j + 1
            if next < span.upperBound, ["to", "for"].contains(s.word(next)) || Grammar.purposeMarkers.contains(where: { s.has($0, at: next) }),
               j > cuts.last! {
                cuts.append(j)
            }
        }
        return zip(cuts, cuts.dropFirst() + [span.upperBound]).map { $0..<$1 }
    }
}
