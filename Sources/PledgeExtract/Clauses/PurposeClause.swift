/// "We keep your contact information so we can send you program news": a clause opened by "so" and its own subject says
/// what the practice before it is for. That purpose is another practice, which no purpose key names; read without it,
/// the permission before would hold for every purpose. ("so that" and "in order that" open a purpose span of their own.)
enum PurposeClause {
    /// Why the permission before the practice `next` is not written, if `next` is stated in such a clause.
    static func problem(_ next: Predicate, _ s: AnnotatedSentence) -> String? {
        guard s.word(min(next.subject.lowerBound, next.groupStart) - 1) == "so" else { return nil }
        return "the purpose of this permission is the practice after it (so … \(s.word(next.verbs.lowerBound)) …), which is not read with it"
    }
}
