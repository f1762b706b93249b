import Pledge

extension ClauseAnalyzer {
    /// "use a fulfillment company to …", "use third-party service providers to …": the party the company engages
    /// when what it uses is a party — a recipient, or a noun for a business ("company", "vendors") after at most
    /// three modifiers — rather than data. Nil when data comes first or a clause mark intervenes; quotation marks
    /// around a name ("We use “Google Analytics” to …") are no clause mark.
    func engagedParty(after verbs: Int, _ s: AnnotatedSentence) -> Range<Int>? {
        var k = verbs
        while k < min(s.tokens.count, verbs + 6) {
            if ["\"", "“", "”", "'", "‘", "’"].contains(s.tokens[k].text) { k += 1; continue }
            if s.tokens[k].isPunctuation || Grammar.prepositions.contains(s.word(k)) { return nil }
            if s[.data].contains(where: { $0.range.lowerBound == k }) { return nil }
            if let r = s[.recipient].first(where: { $0.range.lowerBound == k }) {
                return r.keys.contains("first_party") || r.keys.contains("data_subject") ? nil : verbs..<r.range.upperBound
            }
            if Grammar.partyNouns.contains(s.word(k)) { return verbs..<(k + 1) }
            k += 1
        }
        return nil
    }
}
