/// The company's use of data stated as what the data lets it do: "Cookies allow us to remember your preferences",
/// "This information helps us to improve our site", "These cookies enable us to count visits". The data is the means
/// of the purpose named after "us to": the company uses the data for that purpose. The reading is a use predicate at
/// "allow us" whose subject is the data (as the passive "cookies are used to remember …" reads it), so that the
/// purpose limits the permission and every other word of the clause is held to a permission's guarantee as usual.
///
/// Only a practice verb of its own after "us to" ("cookies allow us to collect your IP address") is read as that
/// practice instead (``PredicateFinder``). A subject that is not data ("our partners help us to improve",
/// "third-party ad serving enables us to …"), a negation ("does not allow us to identify you", which describes the
/// data), advice, or a purpose without "to" ("helps us remember", whose purpose no marker opens) is not this form.
enum EnablingData {
    /// The sentence's predicates with the data that enables a purpose read as the company's use of it.
    static func apply(to found: [Predicate], _ s: AnnotatedSentence) -> [Predicate] {
        var predicates = found
        for i in s.tokens.indices where Grammar.enablingVerbs.contains(s.word(i)) && s.word(i + 1) == "us" && s.word(i + 2) == "to" {
            // "allow us to collect": the verb after "to" is a practice of its own, read as such.
            if found.contains(where: { $0.verbs.lowerBound == i + 3 }) || s[.action].contains(where: { $0.range.lowerBound == i + 3 }) { continue }
            guard let use = read(enabling: i, s) else { continue }
            predicates.append(use)
        }
        return predicates.sorted { $0.verbs.lowerBound < $1.verbs.lowerBound }
    }

    /// The use predicate at the enabling verb `verb`, when its subject is a data phrase that opens its clause and the
    /// verb group states no negation or hypothesis.
    private static func read(enabling verb: Int, _ s: AnnotatedSentence) -> Predicate? {
        var group = VerbGroup()
        let end = group.walk(from: verb - 1, s)
        guard !group.negated, group.mood != .hypothetical, end >= 0 else { return nil }
        // "Cookies", "these log files", or data named in general ("this information"), which the subject's reading
        // resolves.
        guard var start = s[.data].first(where: { $0.range.upperBound == end + 1 })?.range.lowerBound
                ?? (Grammar.dataNouns.contains(s.word(end)) ? end : nil) else { return nil }
        while start > 0, Grammar.determiners.contains(s.word(start - 1)) { start -= 1 }
        guard start == 0 || [",", ";", ":"].contains(s.word(start - 1)) else { return nil }
        return Predicate(actions: ["use"], verbs: verb..<(verb + 2), groupStart: end + 1, subject: start..<(end + 1),
                         mood: group.mood, negated: false, passive: true, actor: .company, antecedent: nil)
    }
}
