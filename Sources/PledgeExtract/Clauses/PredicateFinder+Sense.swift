import Pledge

/// What an action word means where it stands: taking the reader off a list deletes nothing, and a message verb whose
/// receiver is another party discloses data rather than e-mailing the reader.
extension PredicateFinder {
    /// "your e-mail address is removed from our list", "we will remove you from our mailing list": taking the reader off
    /// a list ends messages; it deletes no data.
    func isListRemoval(_ match: PhraseMatch) -> Bool {
        guard match.keys.contains("delete") else { return false }
        let end = (match.range.upperBound..<s.tokens.count).first { [".", ";", ","].contains(s.word($0)) } ?? s.tokens.count
        guard let from = (match.range.upperBound..<end).first(where: { s.word($0) == "from" }) else { return false }
        return (from + 1..<min(end, from + 5)).contains { ["list", "lists", "mailing", "correspondence"].contains(s.word($0)) }
    }

    /// "We may send your personal information to our service providers": a message verb whose object is data and
    /// whose receiver is another party discloses the data; it e-mails no one, and neither does one whose receiver comes
    /// first ("send advertisers your data"); one sent to no one named, by no channel of messages ("send usage information
    /// about the page") is not read, unless it is forbidden (to anyone, then). The reader ("send you …", "send your
    /// receipt to you"), a channel ("by e-mail") or no data as its object keep the message's sense.
    func sensed(_ match: PhraseMatch) -> PhraseMatch? {
        guard match.keys.allSatisfy({ $0 == "email" || $0 == "contact" }) else { return match }
        var k = match.range.upperBound
        while Grammar.determiners.contains(s.word(k)) || ["your", "such", "any", "all", "this", "that"].contains(s.word(k)) { k += 1 }
        // "We never send advertisers any user information": another party as the receiver right after the verb.
        if s[.recipient].contains(where: { $0.range.lowerBound == k && !$0.keys.contains("data_subject") && !$0.keys.contains("first_party") }) {
            return PhraseMatch(range: match.range, keys: ["disclose"], isDefinedTerm: match.isDefinedTerm)
        }
        // ("We don't send your data to anybody else": data named in general; "we send it to our processor": named before.)
        guard let objectEnd = s[.data].first(where: { $0.range.lowerBound == k })?.range.upperBound
                ?? (Grammar.dataNouns.contains(s.word(k)) || ["it", "them"].contains(s.word(k)) ? k + 1 : nil) else { return match }
        let end = (objectEnd..<s.tokens.count).first { [".", ";", ","].contains(s.word($0)) } ?? s.tokens.count
        // ("send offers to our users on behalf of other businesses": those the message is sent for receive nothing.)
        let receiver = s[.recipient].first { r in
            var j = r.range.lowerBound - 1
            while Grammar.determiners.contains(s.word(j)) { j -= 1 }
            return (objectEnd..<end).contains(r.range.lowerBound) && !r.keys.contains("data_subject") && !r.keys.contains("first_party")
                && (objectEnd..<r.range.lowerBound).contains { s.word($0) == "to" } && !s.has(["on", "behalf", "of"], at: j - 2)
        }
        if receiver != nil { return PhraseMatch(range: match.range, keys: ["disclose"], isDefinedTerm: match.isDefinedTerm) }
        guard s.word(match.range.lowerBound).hasPrefix("send") || s.word(match.range.lowerBound) == "sent" else { return match }
        // "send usage information about that page": data sent to no one named and by no channel of messages is a
        // transmission to someone the sentence does not say, not a message to the reader; its act is not read.
        let toPeople = (match.range.lowerBound..<end).contains { i in
            Grammar.readerPronouns.contains(s.word(i)) || Grammar.personNouns.contains(s.word(i)) || ["them", "him", "her"].contains(s.word(i))
                || s[.recipient].contains { $0.range.contains(i) && $0.keys.contains("data_subject") }
        }
        let clauseEnd = (objectEnd..<s.tokens.count).first { [".", ";"].contains(s.word($0)) } ?? s.tokens.count
        let byMessage = (objectEnd..<clauseEnd).contains { i in s[.action].contains { $0.range.contains(i) && $0.keys.contains { $0 == "email" || $0 == "contact" } } }
        // What a message is ("send e-mails", "send messages") is no data transmitted.
        let message = s[.data].contains { $0.range.lowerBound == k && $0.keys.contains { $0.hasPrefix("user.contact.email") || $0.hasPrefix("user.content") } }
        if toPeople || byMessage || message { return match }
        // "We will never send your personal information": sent to no one, which forbids sending it to anyone.
        let negated = (max(0, match.range.lowerBound - 4)..<match.range.lowerBound).contains { Grammar.negations.contains(s.word($0)) }
        return negated ? PhraseMatch(range: match.range, keys: ["disclose"], isDefinedTerm: match.isDefinedTerm) : nil
    }
}
