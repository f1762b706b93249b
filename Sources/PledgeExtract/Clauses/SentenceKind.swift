/// What a sentence does, decided before its clauses are read: only a statement of
/// practice can grant a permission. A question or a heading ("How do we use your
/// information?"), a sentence about the policy itself ("This policy explains how your
/// data may be shared"), and a definition ("'Usage Data' refers to data such as …")
/// name practices without stating one. They may still hold a prohibition, which is kept
/// (it errs toward deny), but never a permission.
enum SentenceKind: Sendable, Equatable {
    case practice, question, heading, aboutPolicy, definition

    static func of(_ s: AnnotatedSentence) -> SentenceKind {
        let words = s.tokens.indices.filter { !s.tokens[$0].isPunctuation }
        guard let last = s.tokens.last else { return .heading }
        if last.text == "?" { return .question }
        // A short line with no closing mark outside a list: a title, not a sentence.
        if ![".", "!", ";", ":", ")", "\""].contains(last.text), !s.sentence.isListItem, words.count <= 10,
           s.tokens.first?.isCapitalized == true { return .heading }
        // "Promotional E-mails.", "Use of Aggregated Information.": a few words, each capitalized but for small grammar
        // words, are a title even with a stop.
        let small: Set<String> = ["of", "and", "or", "the", "a", "an", "to", "for", "with", "in", "on", "your", "our", "by"]
        if words.count <= 5, words.allSatisfy({ s.tokens[$0].isCapitalized || small.contains(s.word($0)) }), s.tokens[words[0]].isCapitalized,
           !words.contains(where: { Grammar.companyPronouns.contains(s.word($0)) || Grammar.auxiliaries.contains(s.word($0)) }) {
            return .heading
        }
        if isAboutPolicy(s) { return .aboutPolicy }
        if isDefinition(s) { return .definition }
        return .practice
    }

    /// "This policy explains …", "The program covers information collected …", "We provide this
    /// notice describing …": the policy (or a part of it) and a verb that says what it tells.
    private static func isAboutPolicy(_ s: AnnotatedSentence) -> Bool {
        // "(See the section entitled “Do we share your information?” above.)", "Please refer to …": a pointer to another
        // part of the text, whose title names a practice it does not state.
        let words = s.tokens.indices.filter { !s.tokens[$0].isPunctuation }.prefix(2).map { s.word($0) }
        if let first = words.first, ["see", "refer"].contains(first) || first == "please" && ["see", "refer"].contains(words.dropFirst().first) { return true }
        for i in s.tokens.indices where Grammar.metaNouns.contains(s.word(i)) {
            let owner = (max(0, i - 3)..<i).contains { ["this", "the", "our", "these"].contains(s.word($0)) }
            guard owner else { continue }
            if (i + 1..<min(s.tokens.count, i + 4)).contains(where: { Grammar.metaVerbs.contains(s.word($0)) }) { return true }
        }
        return false
    }

    /// "'Technical Information' refers to data such as …", "Personal Information means …": a
    /// definition verb before any practice verb.
    private static func isDefinition(_ s: AnnotatedSentence) -> Bool {
        // "Personally identifiable information (“PII”) is information that can be used to identify you": data said to be
        // data of a kind, before any practice verb.
        if let first = s[.data].first, first.range.lowerBound <= 1,
           let be = (first.range.upperBound..<min(s.tokens.count, first.range.upperBound + 6)).first(where: { Grammar.beForms.contains(s.word($0)) }),
           (first.range.upperBound..<be).allSatisfy({ s.tokens[$0].isPunctuation || s.tokens[$0].isCapitalized }),
           let noun = (be + 1..<min(s.tokens.count, be + 4)).first(where: { Grammar.dataNouns.contains(s.word($0)) }),
           (be + 1..<noun).allSatisfy({ Grammar.determiners.contains(s.word($0)) || ["any", "all"].contains(s.word($0)) }),
           Grammar.relativePronouns.contains(s.word(noun + 1)) {
            return true
        }
        // "Any information that can be used to identify you is considered personally identifiable information": data said
        // to count as data of a kind, whatever the clause on it says.
        if let first = s[.data].first, first.range.lowerBound <= 2,
           let considered = s.tokens.indices.first(where: { ["considered", "deemed"].contains(s.word($0)) && Grammar.beForms.contains(s.word($0 - 1)) }),
           !s.tokens.indices.contains(where: { Grammar.companyPronouns.contains(s.word($0)) }), !s[.action].contains(where: { $0.range.lowerBound > considered }),
           s[.data].contains(where: { (considered + 1..<considered + 5).contains($0.range.lowerBound) }) {
            return true
        }
        guard let d = s.tokens.indices.first(where: { Grammar.definitionVerbs.contains(s.word($0)) }), d > 0 else { return false }
        let firstAction = s[.action].first?.range.lowerBound ?? s.tokens.count
        return d < firstAction && !Grammar.companyPronouns.contains(s.word(d - 1))
    }
}
