import Pledge

/// "We require your name and e-mail address", "we may need your phone number to deliver your order": data the company
/// says it requires or needs is data it collects. A requiring verb is no practice word of the taxonomy ("the law
/// requires", "we need your consent"), so it is read as collection only with the company as its subject and data as its
/// object; "should we require …" is a condition. What the company does not require ("we do not require your phone number") says the reader may leave it out,
/// not that it is never collected: no practice is read from it.
enum RequestedData {
    /// The sentence's action matches with every such requiring verb read as collection.
    static func actions(_ s: AnnotatedSentence) -> [PhraseMatch] {
        var actions = s[.action]
        for i in s.tokens.indices where Grammar.requiringVerbs.contains(s.word(i))
            && !actions.contains(where: { $0.range.contains(i) }) && requiresData(at: i, s) {
            actions.append(PhraseMatch(range: i..<(i + 1), keys: ["collect"], isDefinedTerm: false))
        }
        return actions.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether the verb at `i` has the company ("we", "I") as its subject, no negation in its verb group, and data right
    /// after it.
    private static func requiresData(at i: Int, _ s: AnnotatedSentence) -> Bool {
        var before = i - 1
        while before >= 0, Grammar.auxiliaries.contains(s.word(before)) || Grammar.adverbs.contains(s.word(before)) || s.word(before) == "only" {
            // ("we do not require", "we never need": the reader may leave the data out.)
            if Grammar.negations.contains(s.word(before)) { return false }
            before -= 1
        }
        // ("…; should we require more information, …": a condition, the verb group before its subject.)
        guard ["we", "i"].contains(s.word(before)), !Grammar.auxiliaries.contains(s.word(before - 1)) else { return false }
        var after = i + 1
        while Grammar.determiners.contains(s.word(after)) || ["your", "certain", "some", "basic"].contains(s.word(after)) { after += 1 }
        // "We require our card processor to use encryption": a party asked to act, not data asked for.
        guard let data = s[.data].first(where: { $0.range.lowerBound == after }) else { return false }
        let end = data.range.upperBound
        return !s[.recipient].contains { r in
            !r.keys.contains("data_subject") && !r.keys.contains("first_party")
                && (r.range.overlaps(data.range) || (end...end + 2).contains(r.range.lowerBound) && !(end..<r.range.lowerBound).contains { s.tokens[$0].isPunctuation })
        }
    }
}
