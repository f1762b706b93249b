/// "We analyze usage of the site", "we monitor and analyze traffic": a verb that, with the words after it, names a purpose
/// states the permitted practice as that purpose. Read as a bare use of the data, the permission would cover every purpose.
/// (A prohibition keeps every purpose: "we do not track usage" bans the tracking whatever it is for.)
/// "We record and analyze your activity": a verb of analysis names analytics, whatever it analyzes; "we may market to
/// you" names marketing.
enum ActAsPurpose {
    /// The purposes named by a purpose phrase that holds the verb of `p` and the words after it, or by a verb of
    /// analysis in its verb group.
    static func keys(of p: Predicate, _ s: AnnotatedSentence) -> [String] {
        if let phrase = s[.purpose].first(where: { $0.range.contains(p.verbs.lowerBound) && $0.range.upperBound > p.verbs.upperBound }) {
            return phrase.keys
        }
        if p.verbs.contains(where: { Grammar.analysisVerbs.contains(s.word($0)) }) { return ["analytics"] }
        // "We may market to you by e-mail": a contact whose verb is marketing is for marketing.
        return p.verbs.contains { Grammar.marketingVerbs.contains(s.word($0)) } ? ["marketing"] : []
    }
}
