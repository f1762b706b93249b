import Pledge

/// "We may be required to disclose your data to the police", "we may be compelled by a court order to disclose it": the
/// company says what it does when something compels it. That is a permission for that case only — the compulsion is
/// its condition, never dropped (an allow at will would be wider than the text) — and no promise at all when denied
/// ("we are not required to disclose …" says what the company need not do).
struct Compulsion: Equatable {
    /// The participle and what compels, if named ("required by law"): the condition's words.
    var words: Range<Int>
    /// Where the verb group starts ("may be required").
    var groupStart: Int
    /// "We are not required to …": no obligation, which states no practice.
    var negated: Bool

    /// The compulsion that governs the infinitive whose "to" is at `to`, if the sentence has one there. Only a
    /// passive participle of compulsion after a form of "be"; what compels ("by …") is taken in whole, up to "to".
    static func governing(to: Int, _ s: AnnotatedSentence) -> Compulsion? {
        guard to > 1, s.word(to) == "to" else { return nil }
        let reach = max(0, to - 7)
        guard let participle = (reach..<to).last(where: { Grammar.compulsion.contains(s.word($0)) }) else { return nil }
        // Nothing or "by …" between the participle and "to": "required by applicable law to".
        let between = participle + 1..<to
        if !between.isEmpty {
            guard s.word(between.lowerBound) == "by", !between.contains(where: { s.tokens[$0].isPunctuation }) else { return nil }
        }
        var k = participle - 1
        var negated = false
        while k >= 0, s.word(k).hasSuffix("ly") || Grammar.adverbs.contains(s.word(k)) {
            if Grammar.negations.contains(s.word(k)) { negated = true }
            k -= 1
        }
        guard k >= 0, Grammar.beForms.contains(s.word(k)) else { return nil }
        var group = VerbGroup()
        let start = group.walk(from: k, s) + 1
        return Compulsion(words: participle..<to, groupStart: start, negated: negated || group.negated)
    }

    /// The fact that holds when the company is compelled: the law's process, whether or not the law is named. What
    /// compels in other words ("by our partners") names no fact the taxonomy has, and the condition is not understood.
    func facts(_ s: AnnotatedSentence, taxonomy: Taxonomy) -> [String] {
        if words.count == 1 { return taxonomy[.context].contains("legal_process") ? ["legal_process"] : [] }
        return ClauseSpans.facts(in: words, of: s, taxonomy: taxonomy)
    }
}
