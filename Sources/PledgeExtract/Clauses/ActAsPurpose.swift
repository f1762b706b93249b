/// "We analyze usage of the site", "we monitor and analyze traffic": a verb that, with the words after it, names a purpose
/// states the permitted practice as that purpose. Read as a bare use of the data, the permission would cover every purpose.
/// (A prohibition keeps every purpose: "we do not track usage" bans the tracking whatever it is for.)
enum ActAsPurpose {
    /// The purposes named by a purpose phrase that holds the verb of `p` and the words after it.
    static func keys(of p: Predicate, _ s: AnnotatedSentence) -> [String] {
        s[.purpose].first { $0.range.contains(p.verbs.lowerBound) && $0.range.upperBound > p.verbs.upperBound }?.keys ?? []
    }
}
