/// "Your order information may be passed on to us", "… shared with us by our partners": data disclosed to the company
/// is data it receives. What someone else gives it is no disclosure of the company's, to anyone; read as one, the rule
/// would let the company pass the data on.
enum CompanyAsRecipient {
    static let problem = "the data is given to the company: a disclosure to it is no practice of its own"

    /// Whether the passive `p` gives its data to the company: "to us" opens what follows the verb. (Not "the
    /// information you provide to us": there "us" is inside a clause on the data.)
    static func receives(_ p: Predicate, object: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        guard p.passive else { return false }
        var k = object.lowerBound
        while Grammar.adverbs.contains(s.word(k)) || s.word(k) == "on" { k += 1 }
        guard ["to", "with", "onto"].contains(s.word(k)), s.word(k + 1) == "us" else { return false }
        return s[.recipient].allSatisfy { !object.contains($0.range.lowerBound) || $0.keys == ["first_party"] || $0.keys.contains("data_subject") }
    }
}
