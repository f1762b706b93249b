extension ClauseAnalyzer {
    /// "… or any other information", "and other personal data": a list of data closed by every other kind of data.
    /// "your name, address, e-mail address or personal information": a list closed by personal data in general names it
    /// all (not "personal data or information from minors", where the kind comes after and the qualifier is both's).
    func endsWithEveryOtherKind(_ ranges: [Range<Int>], _ s: AnnotatedSentence) -> Bool {
        // ("or information brokers": a word of a party's name is no data.)
        let listed = s[.data].filter { m in ranges.contains { $0.contains(m.range.lowerBound) } && !s[.recipient].contains { $0.range.overlaps(m.range) } }
        if let last = listed.last, last.keys == ["user"], !last.isDefinedTerm, listed.dropLast().contains(where: { $0.keys != ["user"] }) {
            var k = last.range.lowerBound - 1
            while Grammar.determiners.contains(s.word(k)) { k -= 1 }
            if ["or", "and", "and/or", "nor"].contains(s.word(k)) { return true }
        }
        return ranges.contains { range in
            range.contains { j in
                s.word(j) == "other" && ["or", "and", "any", ","].contains(s.word(j - 1))
                    && ((j + 1...j + 3).contains { k in range.contains(k) && Grammar.dataNouns.contains(s.word(k)) }
                        // "this information, or any other,": the head left unsaid is the data named before.
                        || s.word(j - 1) == "any" && ["or", "and"].contains(s.word(j - 2)) && [",", ")", ";", "."].contains(s.word(j + 1)))
            }
        }
    }
}
