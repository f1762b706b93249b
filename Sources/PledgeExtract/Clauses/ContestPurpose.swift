/// "Contact information will be used to notify winners and to award prizes": a purpose that names a contest's winners
/// or prizes is served only where the reader takes part in one. The permission holds `when: [contest]`; read without it,
/// it would let the data be used so outside any contest.
enum ContestPurpose {
    /// Adds the contest to every permission of the reading whose sentence names such a purpose.
    static func bind(_ reading: inout SentenceReading, _ s: AnnotatedSentence) {
        let named = s.tokens.indices.contains { i in
            Grammar.contestPurposeWords.contains(s.word(i)) && (s[.purpose].contains { $0.range.contains(i) } || isPurpose(i, s))
        }
        guard named else { return }
        for k in reading.statements.indices where reading.statements[k].effect == .allow && !reading.statements[k].when.contains("contest") {
            reading.statements[k].when.append("contest")
        }
    }

    /// Whether the word is in a purpose clause ("to award prizes", "for prize fulfilment"): "to" or "for" before it
    /// within three words, with no punctuation between.
    private static func isPurpose(_ i: Int, _ s: AnnotatedSentence) -> Bool {
        let before = max(0, i - 4)..<i
        guard let opener = before.last(where: { ["to", "for"].contains(s.word($0)) }) else { return false }
        return !(opener..<i).contains { s.tokens[$0].isPunctuation }
    }
}
