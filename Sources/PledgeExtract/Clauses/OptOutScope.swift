import Pledge

/// What an opt-out offer lets the reader opt out of, read as the company's promise to stop once the reader has:
/// "You can unsubscribe from our newsletter" forbids e-mailing newsletters `when: [opted_out]`; "you may opt out of
/// having your information shared with our partners" forbids that sharing; "opt out of interest-based advertising"
/// forbids using data for it. The promise errs toward deny: it holds only once the reader has opted out, and names
/// only what the offer names. An offer whose object is not the company's act ("opt out from an advertiser's
/// services", "opt out of cookies", "opt out of this ad serving") or not understood, and a sentence that offers
/// nothing ("deleting cookies does not mean you are opted out"), give no prohibition and stay listed.
enum OptOutScope {
    static func prohibition(of s: AnnotatedSentence, taxonomy: Taxonomy) -> Statement? {
        // "Deleting cookies does not mean you are opted out", "you cannot opt out of …": no offer is made. "opt out of
        // this ad serving": a practice named before, perhaps another party's, is not read here.
        let offers = s[.context].filter { m in
            m.keys.contains("opted_out") && !(0..<m.range.lowerBound).contains { Grammar.negations.contains(s.word($0)) || s.word($0) == "cannot" }
        }
        let windows = objects(of: offers, s)
        guard !windows.isEmpty else { return nil }
        func inWindow(_ m: PhraseMatch) -> Bool { windows.contains { $0.contains(m.range.lowerBound) } }
        let actions = s[.action].filter(inWindow).flatMap(\.keys)
        // "the sale of your data": a purpose word that is the act itself names no purpose.
        let purposeMatches = s[.purpose].filter { m in inWindow(m) && !s[.action].contains { $0.range.lowerBound <= m.range.lowerBound && m.range.upperBound <= $0.range.upperBound } }
        let purposes = purposeMatches.flatMap(\.keys).firstOccurrences()
        let recipients = s[.recipient].filter(inWindow).flatMap(\.keys).firstOccurrences().filter { $0 != "first_party" && $0 != "data_subject" }
        let data = s[.data].filter(inWindow).flatMap(\.keys).firstOccurrences()
        let actionTree = taxonomy[.action], purposeTree = taxonomy[.purpose]
        var statement = Statement(effect: .deny, actions: [], data: [], sentence: s.sentence)
        statement.when = ["opted_out"]

        let disclosures = actions.filter { actionTree.covers("disclose", $0) }.firstOccurrences()
        // "opt out of promotional mailings and surveys": a survey sent is a message for research, and the offer stops it.
        let surveys = s[.context].contains { inWindow($0) && $0.keys.contains("survey") } ? ["analytics"] : []
        // ("our notification e-mails or newsletters": notices are messages the offer stops too.)
        let messages = purposes.filter { purposeTree.covers("marketing.communications", $0) || purposeTree.covers("essential.service.notifications", $0) } + surveys
        // "unsubscribe from our newsletters or other communications": every message of the company, whatever its purpose.
        // "promotional emails and other promotional communications": every channel, for the purpose named.
        let messageNouns: Set<String> = ["communications", "messages", "emails", "e-mails", "correspondence", "mailings"]
        let everyMessage = windows.contains { w in w.contains { i in ["other", "all", "any"].contains(s.word(i)) && messageNouns.contains(s.word(i + 1)) } }
        let everyChannel = everyMessage || windows.contains { w in w.contains { i in
            ["other", "all", "any"].contains(s.word(i)) && ["communications", "messages", "correspondence"].contains(s.word(i + 2)) && s[.purpose].contains { $0.range.contains(i + 1) }
        } }
        let emailed = windows.contains { w in w.contains { ["email", "e-mail", "emails", "e-mails"].contains(s.word($0)) } }
        if !disclosures.isEmpty {
            // "opt out of having your information shared with our partners for marketing": the disclosure's purposes
            // follow its verb ("not to receive information about products … and to cease providing your information to
            // third parties" stops all such disclosure, whatever the messages' purpose).
            let disclosed = s[.action].filter { inWindow($0) && $0.keys.contains { actionTree.covers("disclose", $0) } }.map(\.range.lowerBound).min() ?? 0
            statement.actions = disclosures
            statement.data = data.isEmpty ? ["user"] : data
            statement.recipients = recipients
            statement.purposes = purposeMatches.filter { $0.range.lowerBound > disclosed }.flatMap(\.keys).firstOccurrences()
        } else if !recipients.isEmpty {
            return nil   // "opt out from such advertiser's services": another party's service, not the company's act
        } else if everyMessage || !messages.isEmpty || (!purposes.isEmpty && actions.contains { actionTree.covers("contact", $0) }) {
            // "unsubscribe from our newsletter", "opt out of receiving promotional e-mails": the company's messages.
            // ("opt out of email or other communications": every channel.)
            statement.actions = [emailed && !everyChannel ? "email" : "contact"]
            statement.data = [emailed && !everyChannel ? "user.contact.email" : "user.contact"]
            statement.purposes = everyMessage ? [] : messages.isEmpty ? purposes.filter { purposeTree.covers("marketing", $0) } : messages
            if statement.purposes.isEmpty, !everyMessage { return nil }
        } else if purposes.contains(where: { purposeTree.covers("marketing.advertising", $0) }) {
            // "opt out of interest-based advertising": the use of data for it; "of information gathering for
            // advertising": its collection too ("of receiving targeted ads" is the reader's receiving, no collection).
            let gathered = s[.action].filter { m in inWindow(m) && !s.word(m.range.lowerBound).hasPrefix("receiv") }
            statement.actions = gathered.flatMap(\.keys).filter { actionTree.covers("collect", $0) }.firstOccurrences() + ["use"]
            statement.data = data.isEmpty ? ["user"] : data
            statement.purposes = purposes.filter { purposeTree.covers("marketing.advertising", $0) }
            // "opt out of interest-based advertising", "of seeing interest-based ads": the profile stops, and so do the ads
            // chosen by it, the company's own and those it shows for others.
            if statement.purposes.contains(where: { ["marketing.advertising.profiling", "marketing.advertising.first_party.targeted", "marketing.advertising.third_party.targeted"].contains($0) }) {
                statement.purposes += ["marketing.advertising.profiling", "marketing.advertising.first_party.targeted", "marketing.advertising.third_party.targeted"].filter { !statement.purposes.contains($0) }
            }
        } else {
            return nil
        }
        return statement
    }

    /// What the offer of a sentence reaches among the company's permissions: none when it opts out of another party's
    /// practice ("opt out of the use of the DART cookie", "from such advertiser's services") — unless what that party
    /// receives is the company's disclosure ("opt out of having your data shared with partners"); only messages when it
    /// names e-mail or messages ("unsubscribe from our promotional e-mails"); marketing as a whole otherwise.
    static func reach(of s: AnnotatedSentence, taxonomy: Taxonomy) -> OptOutOffers.Reach {
        let offers = s[.context].filter { $0.keys.contains("opted_out") }
        let windows = objects(of: offers, s)
        func inWindow(_ m: PhraseMatch) -> Bool { windows.contains { $0.contains(m.range.lowerBound) } }
        let other = { (m: PhraseMatch) in !m.keys.contains("first_party") && !m.keys.contains("data_subject") }
        // "You can prevent us from collecting this information through Google Analytics' opt-out browser add-on": an
        // offer that names nothing opted out of, made through another party's tool, reaches no marketing of the company's.
        let throughNamed = s.tokens.indices.dropFirst().contains { i in
            ["through", "via", "using"].contains(s.word(i - 1)) && s.tokens[i].isCapitalized && !s.tokens[i].isPunctuation && !Grammar.isKnown(s.tokens[i].lower)
        }
        if windows.isEmpty, throughNamed || s[.recipient].contains(where: other) { return .none }
        let others = s[.recipient].filter(inWindow).contains(where: other)
        let disclosed = s[.action].filter(inWindow).contains { $0.keys.contains { taxonomy[.action].covers("disclose", $0) } }
        if others, !disclosed { return .none }
        let messages = windows.contains { w in w.contains { ["email", "e-mail", "emails", "e-mails", "newsletter", "newsletters", "messages"].contains(s.word($0)) } }
        let purposes = s[.purpose].filter(inWindow).flatMap(\.keys)
        if !messages, !purposes.isEmpty, purposes.allSatisfy({ taxonomy[.purpose].covers("marketing.advertising", $0) }) { return .advertising }
        return messages ? .messages : .marketing
    }

    /// The words each opt-out phrase names ("opt out of this newsletter" after the sentence named its newsletter points
    /// within it, and is read).
    private static func objects(of offers: [PhraseMatch], _ s: AnnotatedSentence) -> [Range<Int>] {
        offers.compactMap { object(of: $0.range, s) }.filter { w in
            let pointing = Grammar.pointingWords.contains(s.word(w.lowerBound)) || ["this", "that"].contains(s.word(w.lowerBound))
            return !pointing || (0..<w.lowerBound).contains { s.tokens[$0].stem == s.tokens[min(w.lowerBound + 1, s.tokens.count - 1)].stem }
        }
    }

    /// The words that name what is opted out of: after the opt-out phrase and its "of" or "from" ("opt out of",
    /// "unsubscribe from"; "do not wish to receive" takes its object directly), up to the means of opting out ("by
    /// clicking", "at any time", "here"), a new clause or the end. An opt-out phrase used as a modifier ("the opt-out
    /// link provided in each e-mail") names nothing opted out of.
    private static func object(of phrase: Range<Int>, _ s: AnnotatedSentence) -> Range<Int>? {
        var start = phrase.upperBound
        if ["of", "from"].contains(s.word(start)) { start += 1 }
        else if !["receive", "to"].contains(s.word(phrase.upperBound - 1)) { return nil }
        var end = start
        while end < s.tokens.count {
            let w = s.word(end)
            if [";", ".", ":", "by", "via", "at", "here", "through", "using", "when", "if", "please", "(", "in"].contains(w) { break }
            // "… newsletters and you can update …": a conjunction before a new subject opens another clause.
            if ["and", "or", "but"].contains(w), ["you", "we"].contains(s.word(end + 1)) { break }
            // "…, click the link": a comma that opens another clause rather than continuing a list.
            if w == ",", !["and", "or"].contains(s.word(end + 1)),
               !s[.purpose].contains(where: { $0.range.lowerBound == end + 1 }), !s[.data].contains(where: { $0.range.lowerBound == end + 1 }) {
                break
            }
            end += 1
        }
        return start..<end
    }
}
