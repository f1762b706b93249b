import Pledge

/// "We will not buy, sell, trade or share your data", "we do not sell or market your information": a verb joined to
/// the ones a prohibition reads, which no action names. The prohibition is kept for the acts it reads — they are
/// forbidden — but it may forbid less than the text, so the sentence is listed too, naming the verb. Among acts that all
/// give data to others, the verb is most likely one more such act ("sell, rent or offer"), which disclosure covers.
enum UnreadAct {
    /// The note for a prohibition's predicate with such a verb, if it has one.
    static func problem(_ p: Predicate, _ s: AnnotatedSentence) -> String? {
        guard p.negated, let word = before(p, s) ?? after(p, s) ?? sharingPreposition(p, s) else { return nil }
        return "the act (\(s.word(word))) of this prohibition is not read; it is kept for the acts that are, which forbids less than the text"
    }

    /// "We will not sell, rent or offer your data": whether every act the prohibition reads gives data to others, so that
    /// it forbids every disclosure (broader than the text at most).
    static func amongTransfers(_ actions: [String], taxonomy: Taxonomy) -> Bool {
        !actions.isEmpty && actions.allSatisfy { taxonomy[.action].covers("disclose", $0) }
    }

    /// "will not buy, sell …": a word between the negation and the first verb, a list mark after it.
    private static func before(_ p: Predicate, _ s: AnnotatedSentence) -> Int? {
        let i = p.groupStart - 2
        guard i >= 0, [",", "or", "and", "nor"].contains(s.word(i + 1)), !isGrammar(i, s),
              !s[.action].contains(where: { $0.range.contains(i) }),
              Grammar.negations.contains(s.word(i - 1)) || Grammar.adverbs.contains(s.word(i - 1)) && Grammar.negations.contains(s.word(i - 2))
        else { return nil }
        return i
    }

    /// "sell or market your …": a word after the last verb and a list mark, right before the object's opening word.
    private static func after(_ p: Predicate, _ s: AnnotatedSentence) -> Int? {
        var k = p.verbs.upperBound
        guard ["or", "and", "nor", ","].contains(s.word(k)) else { return nil }
        while ["or", "and", "nor", ","].contains(s.word(k)) { k += 1 }
        guard k < s.tokens.count, !isGrammar(k, s), !s[.action].contains(where: { $0.range.contains(k) }),
              ![Dimension.data, .recipient].contains(where: { d in s[d].contains { $0.range.contains(k) } }),
              Grammar.determiners.contains(s.word(k + 1)) || ["your", "our", "their", "its", "any"].contains(s.word(k + 1))
        else { return nil }
        return k
    }

    /// "solicit data from or market to children": a preposition left open before "or", whose object the next verb shares;
    /// that verb stands between it and a preposition of its own.
    private static func sharingPreposition(_ p: Predicate, _ s: AnnotatedSentence) -> Int? {
        let end = (p.verbs.upperBound..<s.tokens.count).first { [".", ";", ","].contains(s.word($0)) } ?? s.tokens.count
        return (p.verbs.upperBound..<max(p.verbs.upperBound, end - 3)).first { k in
            Grammar.prepositions.contains(s.word(k)) && ["or", "and"].contains(s.word(k + 1)) && Grammar.prepositions.contains(s.word(k + 3))
                && !isGrammar(k + 2, s)
                && ![Dimension.action, .data, .recipient].contains { d in s[d].contains { $0.range.contains(k + 2) } }
        }.map { $0 + 2 }
    }

    private static func isGrammar(_ i: Int, _ s: AnnotatedSentence) -> Bool {
        let w = s.word(i)
        return s.tokens[i].isPunctuation || Grammar.auxiliaries.contains(w) || Grammar.negations.contains(w) || Grammar.adverbs.contains(w)
            || Grammar.determiners.contains(w) || Grammar.coordinators.contains(w) || Grammar.companyPronouns.contains(w)
            || Grammar.permissive.contains(w) || Grammar.readerPronouns.contains(w) || UnreadWords.isNeutral(w)
    }
}
