import Pledge

/// "We use your e-mail address to send the newsletter and will not use it for any other purpose": a prohibition of
/// the purposes other than those the company states. Its exception is the purposes the sentence's own permissions
/// name for the same data; stated nowhere in the sentence, they are not known, and a prohibition for every purpose
/// would forbid what the text allows.
enum OtherPurposes {
    /// Whether a purpose span names the purposes other than those stated ("for any other purpose", "for no secondary
    /// purposes", "for other reasons").
    static func pointsBack(_ span: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        guard s.word(span.lowerBound) == "for" else { return false }
        var j = span.lowerBound + 1
        while Grammar.determiners.contains(s.word(j)), !Grammar.otherPurposeWords.contains(s.word(j)) { j += 1 }
        guard Grammar.otherPurposeWords.contains(s.word(j)) else { return false }
        return Grammar.purposeNouns.contains(s.word(j + 1))
    }

    /// "… or knowingly allow such persons to register": an infinitive after a person, or after a verb that lets or asks
    /// someone act, completes that verb; it is no purpose of the prohibition before it.
    static func complementsAnotherVerb(_ span: Range<Int>, after verbs: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        guard s.word(span.lowerBound) == "to" else { return false }
        let before = s.word(span.lowerBound - 1)
        if Grammar.people.contains(before) || ["them", "us", "him", "her"].contains(before) { return true }
        return (verbs.upperBound..<span.lowerBound).contains { Grammar.permittingVerbs.contains(s.word($0)) || Grammar.requestingVerbs.contains(s.word($0)) }
    }

    /// "to non-affiliated third parties": "to" before a party names whom, not what for.
    static func namesParty(_ span: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        s.word(span.lowerBound) == "to" && !s.opensPractice(span)
            && (span.contains { Grammar.partyNouns.contains(s.word($0)) } || s[.recipient].contains { r in
                span.contains(r.range.lowerBound) && !r.keys.contains("data_subject") && !r.keys.contains("first_party")
            })
    }

    /// The exception of such a prohibition: the purposes the sentence's permissions before it state for its data.
    static func exception(for statement: Statement, after earlier: [Statement]) -> Exception? {
        let stated = earlier.filter { e in
            e.effect == .allow && !e.purposes.isEmpty && e.data.contains(where: statement.data.contains)
        }.flatMap(\.purposes)
        guard !stated.isEmpty else { return nil }
        var purposes: [String] = []
        for p in stated where !purposes.contains(p) { purposes.append(p) }
        return Exception(scope: Scope(purpose: purposes))
    }
}
