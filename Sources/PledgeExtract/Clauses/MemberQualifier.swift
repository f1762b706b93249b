/// "your name and, when necessary, your card number", "(your name and card number, where applicable)": a qualifier set
/// off inside a list of data limits the member it stands beside, not the whole list nor the clause. Read as the
/// occasion of a condition elsewhere in the sentence, or as words of an example, it would vanish and the permission
/// would name that member for every case; its words are reported unread instead, and the sentence is listed.
enum MemberQualifier {
    /// The positions of such qualifiers in `s`: a word opening a condition and a word of need or fitness ("when
    /// necessary", "where applicable", "as needed", "if required"), set off by commas or brackets, with data right
    /// before or right after it.
    static func positions(in s: AnnotatedSentence) -> Set<Int> {
        var found: Set<Int> = []
        let dataEnds = Set(s[.data].map(\.range.upperBound)), dataStarts = Set(s[.data].map(\.range.lowerBound))
        for i in s.tokens.indices where Grammar.memberQualifierOpeners.contains(s.word(i)) && Grammar.memberQualifierWords.contains(s.word(i + 1)) {
            guard [",", "and", "or", "("].contains(s.word(i - 1)), [",", ")"].contains(s.word(i + 2)) else { continue }
            var before = i - 1
            while before > 0, [",", "and", "or"].contains(s.word(before)) { before -= 1 }
            var after = i + 3
            if Grammar.determiners.contains(s.word(after)) { after += 1 }
            if dataEnds.contains(before + 1) || dataStarts.contains(after) { found.formUnion([i, i + 1]) }
        }
        return found
    }
}
