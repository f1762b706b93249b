import Pledge

/// Words set off by commas inside a verb group, which the verb group reads through: asides that limit nothing ("we
/// will never, for any reason, sell"), conditions read as such, the verb group said again for another time ("we
/// do not, and will not, sell"), and others named beside the company ("we, as well as other companies, use").
extension PredicateFinder {
    /// Where an aside set off by commas opens (", for any reason,"), when `j` is its closing comma. A condition set
    /// off so (", without your consent,") is an aside of the verb group too; it is read as the condition it is.
    func asideOpening(closingAt j: Int) -> Int? {
        guard s.word(j) == "," else { return nil }
        for phrase in Grammar.asides where s.word(j - phrase.count - 1) == "," && s.has(phrase, at: j - phrase.count) {
            return j - phrase.count - 1
        }
        if let open = repeatedGroupOpening(closingAt: j) { return open }
        // "We, as well as other companies, use …": others named beside the company, between its pronoun and its verb.
        if let open = (max(0, j - 10)..<j).last(where: { s.word($0) == "," }), open >= 1, Grammar.companyPronouns.contains(s.word(open - 1)),
           s.word(open - 1) != "it", Grammar.coActorOpeners.contains(where: { s.has($0, at: open + 1) }) {
            return open
        }
        if let open = (max(0, j - 10)..<j).last(where: { s.word($0) == "," }), open + 1 < j,
           Grammar.conditionMarkers.contains(where: { s.has($0.words, at: open + 1) }),
           Grammar.auxiliaries.contains(s.word(open - 1)) || Grammar.negations.contains(s.word(open - 1)) {
            return open
        }
        return nil
    }

    /// Where an aside of time with no commas around it opens ("we may from time to time share"), when it ends at `j`
    /// right after an auxiliary.
    func groupAsideOpening(endingAt j: Int) -> Int? {
        for phrase in Grammar.groupAsides where s.has(phrase, at: j - phrase.count + 1) {
            let open = j - phrase.count + 1
            if Grammar.auxiliaries.contains(s.word(open - 1)) || Grammar.negations.contains(s.word(open - 1)) { return open }
        }
        return nil
    }

    /// "We do not, and will not, sell", "does not now, nor will it in the future, sell": the verb group said again for
    /// another time, between commas after the first. It opens where the first group's last word (or its time) ends;
    /// what it says, the first says too, or it is not this form.
    private func repeatedGroupOpening(closingAt j: Int) -> Int? {
        guard let open = (max(0, j - 10)..<j).last(where: { s.word($0) == "," }), ["and", "or", "nor"].contains(s.word(open + 1)) else { return nil }
        var first = open - 1
        if let time = Grammar.groupTimes.first(where: { s.has($0, at: open - $0.count) }) { first = open - time.count - 1 }
        guard Grammar.auxiliaries.contains(s.word(first)) || isNegation(first) else { return nil }
        var k = open + 2
        var said = false
        while k < j {
            if let time = Grammar.groupTimes.first(where: { s.has($0, at: k) }) { k += time.count; continue }
            let w = s.word(k)
            guard Grammar.auxiliaries.contains(w) || Grammar.negations.contains(w) || Grammar.adverbs.contains(w)
                    || Grammar.companyPronouns.contains(w) else { return nil }
            if Grammar.auxiliaries.contains(w) { said = true }
            k += 1
        }
        // Both groups deny, or neither does: "we do not, and will not," — never "we do, and will not,".
        let deniesFirst = (max(0, first - 3)...first).contains(where: isNegation)
        let deniesAgain = (open + 1..<j).contains(where: isNegation) || s.word(open + 1) == "nor"
        return said && deniesFirst == deniesAgain ? (first < open - 1 ? first + 1 : open) : nil
    }
}
