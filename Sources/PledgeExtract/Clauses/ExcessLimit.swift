/// A limit to what is needed: "we do not collect more information than is necessary to provide the service",
/// "nothing beyond what is required". Its promise forbids the excess over what is needed — which no rule can name —
/// and permits what is needed. Read as a plain promise about the data and purpose it names, it would forbid the one
/// thing the text allows and leave the excess it forbids unconstrained, so it gives no rule and is listed.
enum ExcessLimit {
    /// Where such a limit is stated inside `range`, if it is.
    static func phrase(in range: Range<Int>, _ s: AnnotatedSentence) -> Range<Int>? {
        for a in range where Grammar.excessWords.contains(s.word(a)) {
            var from = a + 1
            // "more … than", "longer than": the comparison's standard is what follows "than".
            if ["more", "longer"].contains(s.word(a)) {
                guard let than = (a + 1..<min(range.upperBound, a + 12)).first(where: { s.word($0) == "than" }) else { continue }
                from = than + 1
            }
            if let need = (from..<min(range.upperBound, from + 6)).first(where: { Grammar.needWords.contains(s.word($0)) }) {
                return a..<(need + 1)
            }
        }
        return nil
    }
}
