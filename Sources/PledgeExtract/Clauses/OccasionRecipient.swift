import Pledge

extension ClauseAnalyzer {
    /// Who receives a disclosure whose clause names no recipient, from the occasion it is made on: handed over in a
    /// change of ownership ("We transfer your data if we are acquired"), it goes to the new owner; asked for by a party
    /// ("if called upon to do so by a law enforcement agency"), to that party. None otherwise.
    func occasionRecipients(_ occasions: [Condition], _ s: AnnotatedSentence) -> [String] {
        if occasions.contains(where: { $0.facts.contains { taxonomy[.context].covers("merger", $0) } }) { return ["acquirer"] }
        let requesting = s[.recipient].filter { r in
            occasions.contains { $0.range.contains(r.range.lowerBound) } && !r.keys.contains("first_party") && !r.keys.contains("data_subject")
                && !isProtected(r, s)
        }
        return requesting.flatMap(\.keys).firstOccurrences()
    }

    /// "to protect the rights, property or safety of visitors, the public, … and its agents, partners and affiliates":
    /// parties whose interests are protected, named after "of", receive nothing.
    private func isProtected(_ r: PhraseMatch, _ s: AnnotatedSentence) -> Bool {
        guard let of = (max(0, r.range.lowerBound - 30)..<r.range.lowerBound).last(where: { s.word($0) == "of" && Grammar.protectedInterests.contains(s.word($0 - 1)) })
        else { return false }
        return !(of..<r.range.lowerBound).contains { j in [";", ":"].contains(s.word(j)) || s[.action].contains { $0.range.contains(j) } }
    }
}
