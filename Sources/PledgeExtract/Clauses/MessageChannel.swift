/// The channel and the data of a message practice.
///
/// "We will never send you marketing communications": messages sent by no named channel go by any, though "send"
/// alone reads as e-mail; a prohibition of them bans every channel (a permission keeps the narrower e-mail reading).
/// "If you give us your phone number, we may call you": a call reaches the reader's phone number, not every contact
/// detail the reader has. "send marketing messages to children": what a contact sends is the act, not the person's data.
extension ClauseAnalyzer {
    private static let messageNouns: Set<String> = ["communications", "communication", "messages", "message", "correspondence", "materials",
                                                    "solicitations", "offers", "promotions", "advertisements", "notices", "updates", "alerts",
                                                    // "mail", "mailings": by post as often as by e-mail.
                                                    "mail", "mailing", "mailings"]
    private static let emailWords: Set<String> = ["email", "e-mail", "emails", "e-mails", "newsletter", "newsletters", "inbox", "electronic"]
    private static let callingVerbs: Set<String> = ["call", "telephone", "phone", "text", "ring"]

    /// Settles the actions and data of a contact: the channel of a ban on messages, and the contact data it is made
    /// with when the text names none. `follows`: another practice of the sentence comes before this one.
    func settleMessage(_ statement: inout Statement, actions: inout [String], _ p: Predicate, follows: Bool, clauseEnd: Int,
                       _ s: AnnotatedSentence, _ spans: ClauseSpans) {
        if statement.effect != .allow, bansEveryChannel(actions, verbs: p.verbs, clauseEnd: clauseEnd, s) {
            actions = ["contact"]
            statement.actions = actions
        }
        guard actions.allSatisfy(isContact) else { return }
        statement.data.removeAll { taxonomy[.data].covers("user.content", $0) }
        guard statement.data.isEmpty else { return }
        // "use your postal address to send payments or otherwise communicate with you": a contact joined to the
        // practice before it is made with the contact data named there.
        let named = p.subject.isEmpty && follows
            ? data(in: [0..<p.groupStart], s, spans, verbs: p.verbs, effect: statement.effect, anaphor: nil).filter { taxonomy[.data].covers("user.contact", $0) } : []
        let calls = p.verbs.contains { Self.callingVerbs.contains(s.word($0)) }
        statement.data = !named.isEmpty ? named
            : [actions.allSatisfy { taxonomy[.action].covers("email", $0) } ? "user.contact.email" : calls ? "user.contact.phone_number" : "user.contact"]
    }

    /// A ban on sending messages that names no channel for them: a ban on contacting by every channel.
    private func bansEveryChannel(_ actions: [String], verbs: Range<Int>, clauseEnd: Int, _ s: AnnotatedSentence) -> Bool {
        guard actions == ["email"], s.word(verbs.lowerBound).hasPrefix("send"), verbs.upperBound < clauseEnd else { return false }
        let words = (verbs.upperBound..<clauseEnd).map { s.word($0) }
        return words.contains(where: Self.messageNouns.contains) && !words.contains(where: Self.emailWords.contains)
    }
}
