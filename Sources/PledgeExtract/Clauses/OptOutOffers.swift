import Pledge

/// A sentence that offers the reader a way out of marketing ("You will be given the
/// opportunity, during every correspondence, to notify us that you desire not to receive
/// special offers"; "you will be offered the option to opt in/out") is a duty that travels
/// with the marketing permissions it qualifies: each gets the offer as an obligation, and
/// stops applying once the reader has opted out.
enum OptOutOffers {
    struct Offer: Sendable {
        var sentence: Int
        var text: String
    }

    static func find(_ sentences: [AnnotatedSentence]) -> [Offer] {
        var offers: [Offer] = []
        for (index, s) in sentences.enumerated() {
            // "you … the opportunity / option / right …": the reader is offered a choice, and it is an opt-out.
            let offered = s.tokens.indices.contains { i in
                s.word(i) == "you" && (i + 1..<min(s.tokens.count, i + 7)).contains { Grammar.choiceWords.contains(s.word($0)) }
            }
            guard offered, s[.context].contains(where: { $0.keys.contains("opted_out") }) else { continue }
            // The offer itself, without what follows a "however".
            let end = (0..<s.tokens.count).first { i in s.word(i) == ";" || (s.word(i) == "," && s.word(i + 1) == "however") } ?? s.tokens.count
            offers.append(Offer(sentence: index, text: s.text(0..<end)))
        }
        return offers
    }

    /// Attaches each offer to every marketing permission of the policy: an opt-out is offered for marketing as a whole.
    static func apply(_ offers: [Offer], to statements: inout [Statement], taxonomy: Taxonomy) {
        func isMarketing(_ st: Statement) -> Bool {
            st.effect == .allow && st.purposes.contains { taxonomy[.purpose].covers("marketing", $0) }
                && st.actions.contains { taxonomy[.action].covers("contact", $0) || $0 == "use" }
        }
        for offer in offers {
            for i in statements.indices where isMarketing(statements[i]) {
                if !statements[i].obligations.contains(offer.text) { statements[i].obligations.append(offer.text) }
                if !statements[i].unless.contains(where: { $0.when == ["opted_out"] }) {
                    statements[i].unless.append(Exception(when: ["opted_out"]))
                }
            }
        }
    }
}
