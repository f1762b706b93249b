import Pledge

/// "PayPal is used for purchases", "service providers are used to process payments": a party named as what is used is a
/// means of the company's, no data of its practice. Read with the data words after the verb ("purchases"), the rule
/// would permit a use of data the sentence never states.
enum UsedParty {
    /// Why the passive use of `subject` states no practice with data, if its subject names a party (and no data).
    static func problem(subject: Range<Int>, actions: [String], _ s: AnnotatedSentence, taxonomy: Taxonomy) -> String? {
        guard actions.allSatisfy({ taxonomy[.action].covers("use", $0) }),
              let party = s[.recipient].first(where: { subject.contains($0.range.lowerBound) }) else { return nil }
        return "what is used (\(s.text(party.range))) is a party or its service, not data"
    }
}
