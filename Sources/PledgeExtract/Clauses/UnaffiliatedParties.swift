import Pledge

/// "We do not sell your data to non-affiliated third parties", "… with any third party not affiliated with us": the
/// parties a prohibition names by what they are not. The prohibition is about every kind of third party but
/// affiliates; affiliates are left out, not excepted: an exception to a prohibition is a permission, and the text
/// permits nothing for affiliates (an operation for them is not covered). A permission for such parties is not
/// written (third parties include affiliates, which it does not name), and its words stay unread.
enum UnaffiliatedParties {
    /// Makes a prohibition's recipients the third parties, less affiliates, when its object names parties by their lack
    /// of affiliation and no affiliates besides ("with unrelated third parties, partners or affiliates" forbids
    /// affiliates too).
    static func apply(to statement: inout Statement, object: Range<Int>, _ s: AnnotatedSentence, taxonomy: Taxonomy) {
        // The word must name parties: "unrelated third parties", "third parties not affiliated with us" — not "in ways
        // unrelated to those described", which names no one.
        func namesParty(_ i: Int) -> Bool {
            (i + 1...i + 2).contains { Grammar.partyNouns.contains(s.word($0)) } || s[.recipient].contains { r in
                (i + 1...i + 2).contains(r.range.lowerBound) || (max(0, i - 3)..<i).contains(r.range.upperBound - 1) && !r.range.contains(i)
            }
        }
        guard statement.effect == .deny, let marker = object.first(where: { i in
            (Grammar.unaffiliated.contains(s.word(i))
                || s.word(i) == "affiliated" && (Grammar.negations.contains(s.word(i - 1)) || s.word(i - 1) == "non")) && namesParty(i)
        }), !s[.recipient].contains(where: { r in
            object.contains(r.range.lowerBound) && r.keys.contains("affiliate") && !r.range.contains(marker)
        }) else { return }
        let tree = taxonomy[.recipient]
        let unaffiliated = tree.children(of: "third_party").filter { !tree.covers("affiliate", $0) }
        statement.recipients.removeAll { tree.covers("affiliate", $0) }
        if !statement.recipients.contains(where: { tree.covers("third_party", $0) }) { statement.recipients.append("third_party") }
        statement.recipients = statement.recipients.flatMap { $0 == "third_party" ? unaffiliated : [$0] }
    }
}
