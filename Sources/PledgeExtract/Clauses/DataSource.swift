/// "the information we receive from customers making online purchases", "data from visitors who sign up for events": what
/// is said of the people the data comes from names whose data it is, not its kind. Read as the kind, a prohibition of
/// all such data would bind only the purchases (a permission keeps it, which is narrower).
enum DataSource {
    /// Whether the data phrase at `m` stands in a participle or relative clause on people named after "from".
    static func describesPeople(_ m: PhraseMatch, _ s: AnnotatedSentence) -> Bool {
        let i = m.range.lowerBound
        guard let from = (max(0, i - 8)..<i).last(where: { s.word($0) == "from" }) else { return false }
        var person = from + 1
        while Grammar.determiners.contains(s.word(person)) || ["our", "its", "their"].contains(s.word(person)) { person += 1 }
        guard person + 1 < i, Grammar.personNouns.contains(s.word(person)) || Grammar.readerPronouns.contains(s.word(person)),
              !(person + 1..<i).contains(where: { s.tokens[$0].isPunctuation }) else { return false }
        let said = s.word(person + 1)
        return said.hasSuffix("ing") || ["who", "that"].contains(said)
    }
}
