import Pledge

/// "We may allow advertising companies to collect information about your visits", "we do not permit third parties to
/// use your e-mail address", "we let our partners use it": the company lets another party take or use data. What
/// that party takes, the company discloses to it: the act is a disclosure to the party, with the data, purposes and
/// conditions of the party's act. A party that is the company or the reader ("allow us to", "enable you to") is no
/// other party, and an act other than taking or using data ("allow partners to send you offers") is not read here.
enum PermittedParty {
    /// The company's disclosure, read at the verb of the party's act, or nil when the verb is not in that form.
    static func reading(of match: PhraseMatch, _ s: AnnotatedSentence) -> Predicate? {
        guard match.keys.allSatisfy({ ["collect", "use"].contains($0) }) else { return nil }
        var j = match.range.lowerBound - 1
        // "allow them to serve ads and/or collect …": the verb coordinated after another act of the same party.
        if Grammar.coordinators.contains(s.word(j)), let to = (max(0, j - 8)..<j).last(where: { s.word($0) == "to" }),
           !(to + 1..<j).contains(where: { s.tokens[$0].isPunctuation && s.word($0) != "/" }) {
            j = to
        }
        let infinitive = s.word(j) == "to"
        if infinitive { j -= 1 }
        // "third-party companies, including Tynt, to collect …": an example set off after the party names no other.
        if s.word(j) == ",", let open = (max(0, j - 8)..<j).last(where: { s.word($0) == "," }),
           Grammar.exampleMarkers.contains(where: { s.has($0, at: open + 1) }) {
            j = open - 1
        }
        guard let party = s[.recipient].first(where: { $0.range.upperBound == j + 1 }),
              !party.keys.contains("first_party"), !party.keys.contains("data_subject") else { return nil }
        var k = party.range.lowerBound - 1
        while k >= 0, Grammar.determiners.contains(s.word(k)) || Grammar.neutral.contains(s.word(k)) && !Grammar.permittingVerbs.contains(s.word(k)) { k -= 1 }
        // "allow … to collect", "let … collect".
        guard Grammar.permittingVerbs.contains(s.word(k)), infinitive != ["let", "lets"].contains(s.word(k)) else { return nil }
        var group = VerbGroup()
        let m = group.walk(from: k - 1, s)
        // The one who lets is the company: "we", opening its clause.
        guard m >= 0, Grammar.companyPronouns.contains(s.word(m)), s.word(m) != "it",
              m == 0 || s.tokens[m - 1].isPunctuation || Grammar.clauseOpeners.contains(s.word(m - 1)) else { return nil }
        return Predicate(actions: ["disclose"], verbs: match.range, groupStart: m, subject: m..<m, mood: group.mood, negated: group.negated,
                         passive: false, actor: .company, antecedent: nil, party: party.range)
    }
}
