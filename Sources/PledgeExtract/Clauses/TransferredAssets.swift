import Pledge

/// "In such transactions, customer information generally is one of the transferred business assets", "your personal
/// information may be among the assets transferred": data said to be among the assets a business transfer hands over
/// is disclosed to the one who acquires them, on a merger or sale. The form says so whole; a sentence with any other
/// word ("… but remains subject to the promises made in …") is not this form, and is left to the other readings.
enum TransferredAssets {
    static func statement(_ s: AnnotatedSentence) -> Statement? {
        var k = opening(s)
        let subjectStart = k
        while k < s.tokens.count, !Grammar.auxiliaries.contains(s.word(k)), !Grammar.hedges.contains(s.word(k)) { k += 1 }
        let subject = subjectStart..<k
        let matches = s[.data].filter { subject.contains($0.range.lowerBound) }
        // Not data pointed back to ("this information"): read here, it would be all personal data.
        guard !matches.isEmpty, !subject.contains(where: { Grammar.pointingWords.contains(s.word($0)) || ["this", "that"].contains(s.word($0)) }), subject.allSatisfy({ i in
            // ("subscriber information": whose data it is)
            matches.contains { $0.range.contains(i) } || Grammar.determiners.contains(s.word(i))
                || Grammar.people.contains(s.word(i))
                || s[.identifiability].contains { $0.range.contains(i) } || s.tokens[i].isPunctuation
        }) else { return nil }
        var negated = false
        while Grammar.auxiliaries.contains(s.word(k)) || Grammar.adverbs.contains(s.word(k)) || Grammar.hedges.contains(s.word(k))
                || Grammar.negations.contains(s.word(k)) || s.has(["of", "course"], at: k) {
            if Grammar.negations.contains(s.word(k)) { negated = true }
            k += s.has(["of", "course"], at: k) ? 2 : 1
        }
        guard !negated, let rest = assets(from: k, s), rest == s.tokens.count - 1, s.word(rest) == "." else { return nil }
        var data: [String] = []
        for m in matches { for key in m.keys where !data.contains(key) { data.append(key) } }
        var statement = Statement(effect: .allow, actions: ["disclose"], data: data, sentence: s.sentence)
        statement.recipients = ["acquirer"]
        statement.when = ["merger"]
        statement.identifiability = s[.identifiability].filter { subject.contains($0.range.lowerBound) }.flatMap(\.keys)
        return statement
    }

    /// Where the subject starts: after "In such transactions,", "In any transaction of this kind,", "In such deals,",
    /// "Also," or nothing.
    private static func opening(_ s: AnnotatedSentence) -> Int {
        guard let comma = (0..<min(s.tokens.count, 8)).first(where: { s.word($0) == "," }) else { return 0 }
        let words = (0..<comma).map { s.word($0) }
        let pointsBack = words.first == "in" && words.contains(where: { ["transaction", "transactions", "deal", "deals", "event", "case", "cases"].contains($0) })
            && words.contains(where: { ["such", "this", "that", "these", "any"].contains($0) })
        return pointsBack || words == ["also"] ? comma + 1 : 0
    }

    /// The index after "among the transferred assets", "one of the business assets (that would be) transferred", "part of
    /// the assets transferred", starting at `k`; nil when the words there are not that.
    private static func assets(from start: Int, _ s: AnnotatedSentence) -> Int? {
        var k = start
        if s.word(k) == "among" { k += 1 } else if ["one", "part"].contains(s.word(k)), s.word(k + 1) == "of" { k += 2 } else { return nil }
        guard s.word(k) == "the" else { return nil }
        k += 1
        while ["transferred", "business", "other"].contains(s.word(k)) { k += 1 }
        guard s.word(k) == "assets" else { return nil }
        k += 1
        // "(that) (would|will|are) (be) transferred", "acquired", "sold"
        let after = k
        while ["that", "which", "would", "will", "may", "are", "be", "is"].contains(s.word(k)) { k += 1 }
        if ["transferred", "acquired", "sold"].contains(s.word(k)) { return k + 1 }
        return after
    }
}
