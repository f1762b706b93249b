import Pledge

/// Clauses that look like practices but promise nothing: what the company does not warrant ("we cannot guarantee that
/// …"), what the reader asks for ("you may request that …"), what a notice says ("notice that …"), what the company
/// could not otherwise do ("…, or we cannot send it"), and what a technology is able or unable to do.
extension PredicateFinder {
    /// Whether the clause starting at `start` follows "that" after a negated verb of assurance ("we cannot guarantee
    /// that", "we do not warrant that", "there is no guarantee that").
    func disclaimed(clauseAt start: Int) -> Bool {
        guard start > 0, s.word(start - 1) == "that" else { return false }
        let before = clauseStart(before: start - 1)..<(start - 1)
        return before.contains { Grammar.disclaimerVerbs.contains(s.word($0)) }
            && before.contains { Grammar.negations.contains(s.word($0)) || ["cannot", "no", "unable"].contains(s.word($0)) }
    }

    /// Whether the clause starting at `start` is what a notice says ("we will give you notice that the information is
    /// collected for a sponsor"): the notice's content, not a practice stated apart from it.
    func noticed(clauseAt start: Int) -> Bool {
        guard start > 0, s.word(start - 1) == "that" else { return false }
        return (max(0, start - 8)..<start).contains { Grammar.noticeWords.contains(s.word($0)) }
    }

    /// "How we use (and do not use) your information": a verb in brackets beside the verb of an embedded question is
    /// part of the question.
    func asideOfEmbeddedVerb(_ match: PhraseMatch) -> Bool {
        guard let open = (0..<match.range.lowerBound).last(where: { ["(", ")"].contains(s.word($0)) }), s.word(open) == "(",
              let verb = s[.action].first(where: { $0.range.upperBound == open }) else { return false }
        return (max(0, verb.range.lowerBound - 3)..<verb.range.lowerBound).contains { ["how", "what", "whether", "why"].contains(s.word($0)) }
    }

    /// Whether the clause starting at `start` is what the reader asks for ("you may request that your data is deleted",
    /// "you can ask that we stop"): a request of the reader's, no promise of the company's.
    func requested(clauseAt start: Int) -> Bool {
        guard start > 1, s.word(start - 1) == "that", Grammar.requestingVerbs.contains(s.word(start - 2)) else { return false }
        return (clauseStart(before: start - 2)..<(start - 2)).contains { Grammar.readerPronouns.contains(s.word($0)) }
    }

    /// An inability ("cannot", "can't", "unable to", "not able to") in a clause opened by "or" or "otherwise".
    func isConsequence(clauseAt start: Int, verbGroup: Range<Int>) -> Bool {
        // "…, or we cannot", "otherwise we cannot", "we need an email or we can't send it" (no comma: the clause runs on).
        let opener = (max(0, start - 2)...start).contains { ["or", "otherwise"].contains(s.word($0)) }
            || (max(0, verbGroup.lowerBound - 2)..<verbGroup.lowerBound).contains { ["or", "otherwise"].contains(s.word($0)) }
        return opener && isInability(verbGroup)
    }

    /// "can" in a verb group ("can be used to"): what is possible, which the company does not say it does ("may" is its
    /// permission).
    func isCapability(_ verbGroup: Range<Int>) -> Bool {
        verbGroup.contains { s.word($0) == "can" }
    }

    /// "cannot", "can't", "unable to", "not able to" in a verb group.
    func isInability(_ verbGroup: Range<Int>) -> Bool {
        verbGroup.contains { i in
            let w = s.word(i)
            // The tokenizer spells "cannot" and "can't" as "can not".
            return w == "unable" || (w == "can" && s.word(i + 1) == "not") || (w == "able" && s.word(i - 1) == "be")
        }
    }
}
