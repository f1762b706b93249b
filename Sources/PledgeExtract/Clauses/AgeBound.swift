/// An age a sentence names: "under 13", "under the age of 16", "13 years of age or older", "anyone aged 18".
///
/// An age says whose data a promise is about. It is neither data about age (the word "age" in it names
/// no age range) nor a retention period ("13 years"). A bound from above that qualifies people
/// ("persons under 13", "children under the age of 16") says the people are minors: the promise is about
/// children's data.
struct AgeBound: Equatable {
    var range: Range<Int>
    /// A bound from above ("under 13", "13 or younger") of a minor's age.
    var namesMinors: Bool
    /// It qualifies people ("persons under 13", "anyone who is under 16"), not a thing.
    var qualifiesPerson: Bool

    /// The oldest age a bound from above may name and still speak of minors.
    private static let oldestMinorAge = 21

    /// The ages a sentence names, in order.
    static func find(in s: AnnotatedSentence) -> [AgeBound] {
        var result: [AgeBound] = []
        for i in s.tokens.indices {
            guard let number = Int(s.word(i)) ?? Grammar.numberWords[s.word(i)], number > 0, number < 130 else { continue }
            let minorOpener = Grammar.minorAgeOpeners.first { s.has($0, at: i - $0.count) }
            let opener = minorOpener ?? Grammar.ageOpeners.first { s.has($0, at: i - $0.count) }
            var end = i + 1
            let closer = Grammar.ageClosers.first { s.has($0, at: end) }
            if let closer { end += closer.count }
            let minorCloser = Grammar.minorAgeClosers.first { s.has($0, at: end) }
            let otherCloser = minorCloser == nil ? Grammar.otherAgeClosers.first { s.has($0, at: end) } : nil
            end += (minorCloser ?? otherCloser)?.count ?? 0
            let start = i - (opener?.count ?? 0)
            let person = qualifiesPerson(before: start, s)
            // "13 years of age", "the age of 16", "aged 18": the words say it is an age. "under 13" says so only of
            // people ("persons under 13"); "under 30 days" is a time. A bare "13 years" is a time unless it is said of people.
            let saysAge = closer.map { $0.count > 1 } ?? false
                || opener.map { $0.contains("age") || $0.contains("aged") || $0.contains("ages") } ?? false
            let bare = closer == nil || closer?.count == 1
            guard saysAge || (person && bare && (opener != nil || minorCloser != nil || otherCloser != nil)) else { continue }
            let fromAbove = minorOpener != nil || minorCloser != nil
            result.append(AgeBound(range: start..<end, namesMinors: fromAbove && number <= oldestMinorAge, qualifiesPerson: person))
        }
        return result
    }

    /// "persons under 13", "anyone who is under 16", "children aged": the word before an age names people.
    private static func qualifiesPerson(before start: Int, _ s: AnnotatedSentence) -> Bool {
        var j = start - 1
        // "users who are", "children that are": a relative clause restating the people.
        if Grammar.beForms.contains(s.word(j)), Grammar.relativePronouns.contains(s.word(j - 1)) { j -= 2 }
        return j >= 0 && Grammar.personNouns.contains(s.word(j))
    }
}
