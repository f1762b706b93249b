import Pledge

/// A sentence that offers the reader a way out of marketing ("You will be given the
/// opportunity, during every correspondence, to notify us that you desire not to receive
/// special offers"; "you can opt out at any time by clicking unsubscribe"; "To stop receiving
/// our newsletter, follow the link in any e-mail") is a promise that travels with the
/// marketing permissions it qualifies: each gets the offer as an obligation and an exception
/// citing the offer, so it stops applying once the reader has opted out. An offer that finds no
/// marketing permission to qualify is a prohibition of its own once the reader has opted out
/// (``OptOutScope``), or, when what it opts out of is not understood, listed for review.
enum OptOutOffers {
    struct Offer: Sendable {
        var text: String
        var sentence: Sentence
        /// What the offer forbids once the reader has opted out, when it names it.
        var prohibition: Statement?
        /// Which of the company's permissions it qualifies.
        var reach: Reach = .marketing
    }

    /// The company's permissions an offer qualifies: none (another party's practice), its messages, its advertising
    /// ("opt out of interest-based ads"), or its marketing.
    enum Reach: Sendable { case none, messages, advertising, marketing }

    /// The distinct offers, each with the sentence that makes it.
    static func find(_ sentences: [AnnotatedSentence], taxonomy: Taxonomy) -> [Offer] {
        var offers: [Offer] = []
        for s in sentences where isOffer(s) {
            // The offer itself, without what follows a "however".
            let end = (0..<s.tokens.count).first { i in s.word(i) == ";" || (s.word(i) == "," && s.word(i + 1) == "however") } ?? s.tokens.count
            let text = s.text(0..<end)
            if !offers.contains(where: { $0.text == text }) {
                offers.append(Offer(text: text, sentence: s.sentence, prohibition: OptOutScope.prohibition(of: s, taxonomy: taxonomy),
                                    reach: OptOutScope.reach(of: s, taxonomy: taxonomy)))
            }
        }
        return offers
    }

    /// The reader is offered a way out: an opt-out phrase, and the reader as the one choosing ("you can opt out",
    /// "subscribers may unsubscribe", "you … the option to …") or an instruction to the reader ("To unsubscribe, click …").
    private static func isOffer(_ s: AnnotatedSentence) -> Bool {
        guard let optOut = s[.context].first(where: { $0.keys.contains("opted_out") }) else { return false }
        // "You cannot opt out of service announcements", "you will not be able to unsubscribe": a choice refused.
        if let negation = (max(0, optOut.range.lowerBound - 5)..<optOut.range.lowerBound).last(where: { Grammar.negations.contains(s.word($0)) }),
           !(negation + 1..<optOut.range.lowerBound).contains(where: { ["you", ",", "if"].contains(s.word($0)) }) { return false }
        let readerChooses = s.tokens.indices.contains { i in
            Grammar.readerPronouns.contains(s.word(i)) && (i + 1..<min(s.tokens.count, i + 7)).contains { j in
                Grammar.choiceWords.contains(s.word(j)) || Grammar.permissive.contains(s.word(j)) || j == optOut.range.lowerBound
            }
        }
        let instruction = s.word(0) == "to" && optOut.range.lowerBound <= 2
        return readerChooses || instruction
    }

    /// Attaches each offer to every marketing permission of the policy it reaches (an opt-out is offered for marketing as
    /// a whole, for messages only when it names them, and for none of the company's when it names another party's
    /// practice); returns the offers that qualified none.
    static func apply(_ offers: [Offer], to statements: inout [Statement], taxonomy: Taxonomy,
                      stated: [String: StatedPhrase] = [:]) -> [Offer] {
        // A purpose in the policy's own words counts as marketing when it is a kind of marketing, or when it is what a
        // contact is for ("We may e-mail you to keep in touch", "we use your e-mail address to keep you informed of new
        // additions"): the opt-out only narrows such a permission.
        let contacting = { (st: Statement) in st.actions.contains { taxonomy[.action].covers("contact", $0) } }
        let informing = { (phrase: StatedPhrase) in
            let words = phrase.term.says.lowercased().split(separator: " ").map(String.init)
            return words.contains("you") && words.contains { Grammar.reachingNoticeVerbs.contains($0) || ["informed", "informing", "informs"].contains($0) }
        }
        func isMarketing(_ st: Statement) -> Bool {
            st.effect == .allow && st.actions.contains { taxonomy[.action].covers("contact", $0) || $0 == "use" }
                && st.purposes.contains { key in
                    taxonomy[.purpose].covers("marketing", key)
                        || stated[key].map { phrase in phrase.term.within.map { taxonomy[.purpose].covers("marketing", $0) } ?? (contacting(st) || informing(phrase)) } == true
                }
        }
        var unused: [Offer] = []
        for offer in offers {
            var used = false
            let advertising = { (st: Statement) in
                st.purposes.contains { key in
                    taxonomy[.purpose].covers("marketing.advertising", key) || stated[key]?.term.within.map { taxonomy[.purpose].covers("marketing.advertising", $0) } == true
                }
            }
            for i in statements.indices where offer.reach != .none && isMarketing(statements[i])
                && (offer.reach == .marketing || offer.reach == .messages && contacting(statements[i]) || offer.reach == .advertising && advertising(statements[i])) {
                used = true
                if !statements[i].obligations.contains(offer.text) { statements[i].obligations.append(offer.text) }
                if !statements[i].unless.contains(where: { $0.when == ["opted_out"] }) {
                    let s = offer.sentence
                    statements[i].unless.append(Exception(when: ["opted_out"], source: s.provenance))
                }
            }
            if !used { unused.append(offer) }
        }
        return unused
    }
}
