import Pledge

extension ClauseAnalyzer {
    /// Who receives a disclosure whose clause names no recipient, from the occasion it is made on: handed over in a
    /// change of ownership ("We transfer your data if we are acquired"), it goes to the new owner; asked for by a party
    /// ("if called upon to do so by a law enforcement agency"), to that party. None otherwise.
    func occasionRecipients(_ occasions: [Condition], _ s: AnnotatedSentence) -> [String] {
        if occasions.contains(where: { $0.facts.contains { taxonomy[.context].covers("merger", $0) } }) { return ["acquirer"] }
        let requesting = s[.recipient].filter { r in
            occasions.contains { $0.range.contains(r.range.lowerBound) } && !r.keys.contains("first_party") && !r.keys.contains("data_subject")
        }
        return requesting.flatMap(\.keys).firstOccurrences()
    }
}
