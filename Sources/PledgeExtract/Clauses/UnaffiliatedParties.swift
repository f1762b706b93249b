import Pledge

/// "We do not sell your data to non-affiliated third parties", "… with any third party not affiliated with us": the
/// parties a prohibition names by what they are not. Affiliates are what it leaves out, so they are its exception;
/// the parties it names are third parties. A permission for them is not written so (third parties include
/// affiliates, which it does not name), and its words stay unread.
enum UnaffiliatedParties {
    /// Makes a prohibition's recipients the third parties, less affiliates, when its object names parties by their lack
    /// of affiliation and no affiliates besides ("with unrelated third parties, partners or affiliates" forbids
    /// affiliates too).
    static func apply(to statement: inout Statement, object: Range<Int>, _ s: AnnotatedSentence) {
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
        statement.recipients.removeAll { $0 == "affiliate" }
        if !statement.recipients.contains(where: { $0 != "first_party" && $0 != "data_subject" }) { statement.recipients.append("third_party") }
        let affiliates = Exception(scope: Scope(recipient: ["affiliate"]))
        if !statement.unless.contains(affiliates) { statement.unless.append(affiliates) }
    }
}
