/// "We may share it with partners to send you offers consistent with your choices", "subject to your privacy settings":
/// the reader's own choices bound the practice, so it no longer holds once the reader has chosen against it (an
/// opt-out). Read as part of a purpose or left unread, the permission would hold whatever the reader chose.
enum ChoiceBound {
    /// The words of each such bound: the opener, "your", at most two words naming what the choices are about ("privacy",
    /// "communication"), and the noun of choice.
    static func find(in s: AnnotatedSentence) -> [Range<Int>] {
        s.tokens.indices.compactMap { i in
            guard let marker = Grammar.choiceBoundMarkers.first(where: { s.has($0 + ["your"], at: i) }) else { return nil }
            let first = i + marker.count + 1
            guard let noun = (first..<min(first + 3, s.tokens.count)).first(where: { Grammar.choiceNouns.contains(s.word($0)) }),
                  !(first..<noun).contains(where: { s.tokens[$0].isPunctuation }) else { return nil }
            return i..<noun + 1
        }
    }
}
