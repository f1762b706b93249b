import Pledge

/// A sentence cut into tokens, with every taxonomy phrase found in it, per dimension.
struct AnnotatedSentence: Sendable {
    let sentence: Sentence
    let tokens: [Token]
    private(set) var matches: [Dimension: [PhraseMatch]]
    /// "written consent": a consent not read as the taxonomy's (``dropQualifiedConsent()``).
    private(set) var qualifiedConsent: Range<Int>? = nil

    init(_ sentence: Sentence, lexicon: Lexicon) {
        self.sentence = sentence
        // A sentence too long to read is not read in part either: it has no words to match.
        self.tokens = sentence.unreadLength == nil ? Tokenizer.tokens(sentence.text) : []
        var matches: [Dimension: [PhraseMatch]] = [:]
        for dimension in Dimension.allCases { matches[dimension] = lexicon.matches(dimension, in: tokens) }
        self.matches = matches
        dropMatchesInTitles()
        dropDataInNames()
        bindOthersData()
        dropMessages()
        dropDataMerging()
        dropQualifiedConsent()
        dropIdentifyingOfThings()
        dropPeopleOfThePublic()
        dropOwnMessagesAsPlaces()
        dropSourcesOfDerivedData()
        dropCookiePlaces()
        dropThingsImproved()
        bindPointedData()
        bindPlacements()
        bindDataPointedTo()
        bindTransactionPointedTo()
        self.matches[.action] = RequestedData.actions(self)
        self.matches[.action] = ListedUse.actions(self)
    }

    /// "In the event of a merger or sale of assets, your information may be transferred as part of that transaction":
    /// a transaction pointed back to is the company's sale named before it, not the reader's purchase. Pointed back to
    /// from a sentence that names no sale ("… to the other party in such a transaction"), it is the one a sentence
    /// before named, which this reading cannot see: no purchase either, and its words stay unread.
    private mutating func bindTransactionPointedTo() {
        let merger = self[.context].contains(where: { $0.keys.contains("merger") })
        // The word that points to a transaction ("that transaction", "such a transaction"), if one does.
        func pointer(_ m: PhraseMatch) -> String? {
            let k = m.range.lowerBound
            guard m.range.count == 1, ["transaction", "transactions"].contains(word(k)) else { return nil }
            let w = word(k - 1) == "a" ? word(k - 2) : word(k - 1)
            return ["that", "such", "this", "the", "these", "those"].contains(w) ? w : nil
        }
        // "the other party in such a transaction": no record of the reader's purchases either. ("this transaction", "the
        // transaction" may well be the reader's purchase: "when you complete the transaction".)
        matches[.data] = self[.data].filter { m in pointer(m).map { !(merger || $0 == "such") } ?? true }
        matches[.context] = self[.context].compactMap { m in
            guard m.keys == ["purchase"], let w = pointer(m) else { return m }
            if merger { return PhraseMatch(range: m.range, keys: ["merger"], isDefinedTerm: m.isDefinedTerm) }
            return w == "such" ? nil : m
        }
    }

    /// "the data is then removed", "we share this data with …": "data" after a pointing word, ending its phrase, points
    /// back to data named before, as "this information" does. Not in a longer name ("the data protection officer").
    /// "No data is transferred …" denies it of any data.
    private mutating func bindDataPointedTo() {
        var data = self[.data]
        for i in tokens.indices where word(i) == "data" && ["the", "this", "that", "such", "these", "those", "said", "no"].contains(word(i - 1))
            && !data.contains(where: { $0.range.contains(i) }) {
            let next = word(i + 1)
            guard i + 1 == tokens.count || tokens[i + 1].isPunctuation || Grammar.auxiliaries.contains(next) || Grammar.relativePronouns.contains(next)
                || Grammar.prepositions.contains(next) || Grammar.coordinators.contains(next) || Grammar.companyPronouns.contains(next)
                || Grammar.readerPronouns.contains(next) || Grammar.adverbs.contains(next) else { continue }
            data.append(PhraseMatch(range: i..<(i + 1), keys: ["user"], isDefinedTerm: false))
        }
        matches[.data] = data.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "We do not merge personal information with other data", "your data may be merged with …": data merged is data
    /// combined, not the company merged with another.
    private mutating func dropDataMerging() {
        let data = self[.data]
        matches[.context] = self[.context].filter { m in
            guard m.range.count == 1, m.keys.contains("merger"), word(m.range.lowerBound).hasPrefix("merg") else { return true }
            var after = m.range.upperBound
            while Grammar.determiners.contains(word(after)) || Grammar.adverbs.contains(word(after)) { after += 1 }
            var before = m.range.lowerBound - 1
            while before >= 0, Grammar.auxiliaries.contains(word(before)) || Grammar.beForms.contains(word(before))
                || Grammar.adverbs.contains(word(before)) || Grammar.permissive.contains(word(before)) || Grammar.obligating.contains(word(before)) {
                before -= 1
            }
            return !data.contains { $0.range.lowerBound == after || $0.range.upperBound == before + 1 }
        }
    }

    /// "cookies identify the areas of our site you visited", "to help us identify your device": to identify a thing is
    /// no identification of a person, and names no identifiability ("data that cannot identify a particular visitor"
    /// does).
    private mutating func dropIdentifyingOfThings() {
        matches[.identifiability] = self[.identifiability].filter { m in
            guard m.range.count == 1, ["identify", "identifies"].contains(word(m.range.lowerBound)) else { return true }
            var k = m.range.upperBound
            while Grammar.determiners.contains(word(k)) || ["particular", "specific", "individual"].contains(word(k)) && Grammar.personNouns.contains(word(k + 1)) { k += 1 }
            return Grammar.people.contains(word(k)) || ["you", "yourself", "them", "him", "her", "me"].contains(word(k))
        }
    }

    /// "to protect the safety of members of the public": the public named after "of" is whose safety or which people,
    /// not a party the data goes to (publishing it is "to the public", "publicly").
    private mutating func dropPeopleOfThePublic() {
        matches[.recipient] = self[.recipient].filter { m in
            guard m.keys == ["public"] else { return true }
            var before = m.range.lowerBound - 1
            while before > 0, Grammar.determiners.contains(word(before)) || word(before) == "general" { before -= 1 }
            return word(before) != "of"
        }
    }

    /// "clear gifs in our e-mails", "in our communications with you": the company's own messages, where something is
    /// put, are no content of the reader's that a practice acts on.
    private mutating func dropOwnMessagesAsPlaces() {
        matches[.data] = self[.data].filter { m in
            guard m.keys.allSatisfy({ $0.hasPrefix("user.content") }) else { return true }
            var k = m.range.lowerBound - 1
            while k > 1, k > m.range.lowerBound - 3, word(k) != "our", !tokens[k].isPunctuation { k -= 1 }
            return !(word(k) == "our" && ["in", "within", "into", "inside"].contains(word(k - 1)))
        }
    }

    /// "Aggregate and Anonymous Information (including such information derived from Personal Information …)": what
    /// the data is derived from is its source, not the data acted on; read as data, it would permit acts on the source
    /// itself, identified.
    private mutating func dropSourcesOfDerivedData() {
        let sources = tokens.indices.filter { ["derived", "extracted", "aggregated"].contains(word($0)) && word($0 + 1) == "from" }.map { $0 + 2 }
        guard !sources.isEmpty else { return }
        let spans = sources.map { k in k..<((k..<tokens.count).first { tokens[$0].isPunctuation && tokens[$0].text != "-" } ?? tokens.count) }
        matches[.data] = self[.data].filter { m in !spans.contains { $0.contains(m.range.lowerBound) } }
        matches[.identifiability] = self[.identifiability].filter { m in !spans.contains { $0.contains(m.range.lowerBound) } }
    }

    /// "to improve the content and functionality of the Services": what an improvement is made to is its object, no
    /// purpose of its own. A purpose word is dropped when it follows an improving purpose within one noun phrase that
    /// opens with a determiner ("the", "our"), with no comma between; "to improve our services and for your
    /// convenience" keeps both, and the service improved ("improve our services") is the improvement's own kind.
    private mutating func dropThingsImproved() {
        let purposes = self[.purpose]
        let improving = purposes.filter { $0.keys.contains { $0.hasSuffix(".improve") } }
        matches[.purpose] = purposes.filter { m in
            // (One word, a noun: "… and show you advertising" is a purpose of its own.)
            guard m.range.count == 1, !m.keys.contains(where: { $0.hasSuffix(".improve") }),
                  let improve = improving.last(where: { $0.range.upperBound <= m.range.lowerBound }),
                  !m.keys.allSatisfy({ key in improve.keys.contains { $0.hasPrefix(key + ".") } }),
                  m.range.lowerBound - improve.range.upperBound <= 4, Grammar.determiners.contains(word(improve.range.upperBound)) else { return true }
            // ("to improve our club and show you advertising": a verb for the reader opens a purpose of its own.)
            let between = improve.range.upperBound..<m.range.lowerBound
            return between.contains { k in tokens[k].isPunctuation || Grammar.prepositions.contains(word(k)) || word(k) == "to" || Grammar.readerPronouns.contains(word(k)) }
        }
    }

    /// "We may send cookies to your web browser", "cookies stored on your computer": where a cookie is put
    /// (`device-places`) is the reader's device as a place, no device data a practice acts on.
    private mutating func dropCookiePlaces() {
        guard self[.data].contains(where: { m in m.keys.contains { $0.hasPrefix("user.device.cookie") } }) else { return }
        matches[.data] = self[.data].filter { m in
            !(m.keys.allSatisfy { $0 == "user.device" } && Grammar.devicePlaces.contains { place in
                m.range.upperBound >= place.count && has(place, at: m.range.upperBound - place.count)
            })
        }
    }

    /// "without your prior written consent": consent in a form the taxonomy's consent does not require is not that
    /// consent (read as it, an exception would lift more than the text does).
    private mutating func dropQualifiedConsent() {
        let words = tokens.map(\.lower)
        let qualified = { (m: PhraseMatch) in
            m.keys.contains("consent") && m.range.lowerBound > 0 && ["written", "signed"].contains(words[m.range.lowerBound - 1])
        }
        qualifiedConsent = self[.context].first(where: qualified).map { ($0.range.lowerBound - 1)..<$0.range.upperBound }
        matches[.context] = self[.context].filter { !qualified($0) }
    }

    /// Words for a level of government or its bodies, beside which "state" is one too ("federal, state or local law").
    private static let governmentLevels: Set<String> = ["federal", "local", "national", "municipal", "government", "governments",
                                                        "agency", "agencies", "authorities", "court", "courts"]

    /// "You can send an e-mail to info@…", "… via email": one e-mail is a message, not the reader's e-mail address. "at the address set
    /// out below", "to our address": the company's own address, where the reader writes. "your PayPal address": the
    /// address of a named service; "the address of the website": a site's.
    private mutating func dropMessages() {
        matches[.data] = self[.data].filter { m in
            let i = m.range.lowerBound
            // "submit a request via email": the channel, not the reader's address.
            // "information you provide by email": how the reader sent it.
            // ("by emailing us": a way of writing, no address.)
            let sent = word(i - 1) == "by" && Grammar.givingVerbs.contains(word(i - 2)) || ["emailing", "e-mailing"].contains(word(i))
            // ("please email us", "e-mail us at …": the verb by which the reader writes, no address.)
            let writing = word(i + 1) == "us" && ["e-mail", "email"].contains(word(i))
            let message = m.range.count == 1 && ((["a", "an", "via"].contains(word(i - 1)) || sent || writing) && ["e-mail", "email", "e-mails", "emails", "emailing", "e-mailing"].contains(word(i))
                // "whether you have received a message": one message the reader got, no content of the reader's.
                || word(i - 1) == "a" && word(i) == "message" && ["received", "receive", "receives", "opened", "open", "opens"].contains(word(i - 2)))
            let ours = word(i - 1) == "our" || word(i - 1) == "the" && (m.range.upperBound..<m.range.upperBound + 3).contains { Grammar.referencePlaces.contains(word($0)) }
            // "your PayPal address", "URL addresses": a named service's or a kind's address, which is no postal address.
            // ("your Media Access Control (MAC) address": the name abbreviated in brackets before it.)
            let named = i > 1 && tokens[i - 1].isCapitalized && !tokens[i - 1].isPunctuation && !tokens[i].isCapitalized
                || word(i - 1) == ")" && i > 2 && tokens[i - 2].isCapitalized && !tokens[i - 2].isPunctuation
            // "the internet address of the website from which you linked": a site's address, where it is on the web.
            let site = word(i + 1) == "of" && (Grammar.serviceNouns.contains(word(i + 2)) || Grammar.determiners.contains(word(i + 2))
                && (Grammar.serviceNouns.contains(word(i + 3)) || ["web", "page", "pages", "webpage"].contains(word(i + 3))))
            // "outside the United States": a country's name, not the reader's state.
            let country = word(i - 1) == "united" && tokens[i].isCapitalized
            // "the state of your connections", "the State of California": how something stands, or a place named.
            // ("state of residence" is the reader's.)
            let stateWord = m.range.count == 1 && ["state", "states"].contains(word(i))
            let condition = stateWord && word(i + 1) == "of" && !["residence", "residency"].contains(word(i + 2))
            // "federal, state or local law", "state agencies": a level of government, not where the reader lives.
            let levels = Self.governmentLevels
            let government = stateWord && (levels.contains(word(i - 1)) || word(i - 1) == "," && levels.contains(word(i - 2))
                || levels.contains(word(i + 1)) || Grammar.lawWords.contains(word(i + 1))
                || ["or", "and", ","].contains(word(i + 1)) && (levels.contains(word(i + 2)) || Grammar.lawWords.contains(word(i + 2))))
            // "our email newsletters": a word opening a longer purpose phrase is read with the purpose.
            let inPurpose = self[.purpose].contains { $0.range.count > m.range.count && $0.range.lowerBound == m.range.lowerBound }
            // "to purchase a product", "to order the book": one word after "to" and before its object is a verb, no data.
            let infinitive = m.range.count == 1 && word(i - 1) == "to" && (Grammar.determiners.contains(word(i + 1)) && !Grammar.relativePronouns.contains(word(i + 1)) || word(i + 1) == "you")
            return !message && !infinitive && !country && !condition && !government && !inPurpose && !(m.range.count == 1 && ["address", "addresses"].contains(word(i)) && (ours || named || site)) && !namesAThing(m)
        }
    }

    /// "the name of the website you came from", "the names of other WordPress plugins", "your Internet provider name":
    /// the name of a thing, no person's name. The thing is the head of the phrase after "of", up to three words on.
    private func namesAThing(_ m: PhraseMatch) -> Bool {
        guard m.range.count == 1, ["name", "names"].contains(word(m.range.lowerBound)) else { return false }
        var owner = m.range.upperBound + 1
        while Grammar.determiners.contains(word(owner)) { owner += 1 }
        let ownerPhrase = (min(owner, tokens.count)..<min(tokens.count, owner + 3)).prefix { !tokens[$0].isPunctuation && !Grammar.prepositions.contains(word($0)) }
        return Grammar.namedThings.contains(word(m.range.lowerBound - 1))
            || word(m.range.upperBound) == "of" && ownerPhrase.contains { Grammar.namedThings.contains(word($0)) }
    }

    /// "the Pregnancy & Newborn Health Education Center", "our Personal Information Protection Policy": a data word inside a
    /// run of three or more capitalized words that ends on a word naming no data is part of a name, and names no data.
    private mutating func dropDataInNames() {
        let data = self[.data]
        var names: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized, tokens[i].text != tokens[i].text.uppercased() else { i += 1; continue }
            var end = i + 1, last = i, words = 1
            while end < tokens.count, tokens[end].isCapitalized && tokens[end].text != tokens[end].text.uppercased() || ["&", "of"].contains(tokens[end].lower) {
                if tokens[end].isCapitalized { last = end; words += 1 }
                end += 1
            }
            if words >= 3, !data.contains(where: { $0.range.contains(last) }) { names.append(i..<(last + 1)) }
            i = last + 1
        }
        guard !names.isEmpty else { return }
        matches[.data] = data.filter { m in !names.contains { $0.contains(m.range.lowerBound) && $0.contains(m.range.upperBound - 1) } }
    }

    /// "your friend's name and email address": data after the possessive of another person is that person's — the reader's
    /// social connections — not the reader's own name or address.
    private mutating func bindOthersData() {
        let others = tokens.indices.filter { i in
            let w = word(i)
            return ["friend", "recipient", "contact"].contains { w.hasPrefix($0) } && ["'s", "’s", "s'", "s’"].contains { w.hasSuffix($0) }
        }
        guard !others.isEmpty else { return }
        let data = self[.data]
        matches[.data] = data.map { m in
            guard !others.contains(where: { m.range.contains($0) }) else { return m }
            // Back over the list the possessive opens: other data, commas, "and", "or".
            var k = m.range.lowerBound - 1
            while k >= 0, !others.contains(k), data.contains(where: { $0.range.contains(k) }) || [",", "and", "or"].contains(word(k)) { k -= 1 }
            guard others.contains(k) else { return m }
            var theirs = m
            theirs.keys = ["user.social"]
            return theirs
        }
    }

    /// "our Terms and Conditions of Sale", "the Terms of Use for Online Purchases": the title of another document names
    /// it, not a purpose, an occasion or an act ("enforce our Terms of Sale" is no sale and no purchase).
    private mutating func dropMatchesInTitles() {
        let titles = documentTitles()
        guard !titles.isEmpty else { return }
        for d in [Dimension.action, .purpose, .context] {
            matches[d] = self[d].filter { m in !titles.contains { $0.contains(m.range.lowerBound) } }
        }
    }

    /// Runs of capitalized words opened by "Terms" or "Conditions" as written, joined by "and", "of", "for", "&".
    private func documentTitles() -> [Range<Int>] {
        var titles: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            // ("TERMS AND CONDITIONS" in a line of capitals says nothing of where a title ends.)
            guard tokens[i].isCapitalized, tokens[i].text != tokens[i].text.uppercased(), ["terms", "conditions"].contains(tokens[i].lower),
                  i + 1 < tokens.count else { i += 1; continue }
            var end = i + 1
            var last = i
            while end < tokens.count, tokens[end].isCapitalized || ["and", "of", "for", "&"].contains(tokens[end].lower) {
                if tokens[end].isCapitalized { last = end }
                end += 1
            }
            if last > i { titles.append(i..<(last + 1)) }
            i = last + 1
        }
        return titles
    }

    /// "We place cookies on your computer", "cookies are set by our site", "may send a cookie to your computer": to put
    /// a cookie on the reader's device is to use cookies, whatever verb says so (a cookie sent is no e-mail); the verb
    /// is an action only right before or after a cookie it places.
    private mutating func bindPlacements() {
        let cookies = self[.data].filter { $0.keys.contains { $0.hasPrefix("user.device.cookie") } }
        guard !cookies.isEmpty else { return }
        var actions = self[.action]
        let sending = { (i: Int) in actions.contains { $0.range == i..<(i + 1) && $0.keys.allSatisfy { ["email", "contact"].contains($0) } } }
        for i in tokens.indices where (Grammar.placementVerbs.contains(word(i)) && !actions.contains(where: { $0.range.contains(i) }) || sending(i))
            && !Grammar.determiners.contains(word(i - 1)) {
            var after = i + 1
            // ('sends a "cookie"': quotes around the word leave it the cookie placed.)
            while after < tokens.count, Grammar.determiners.contains(word(after)) || Grammar.adverbs.contains(word(after))
                    || ["\"", "'", "“", "‘"].contains(word(after)) { after += 1 }
            // Passive ("cookies are set"): a form of "be" in the verb group, the cookie right before it.
            var before = i - 1
            while before >= 0, Grammar.auxiliaries.contains(word(before)) || Grammar.adverbs.contains(word(before)) { before -= 1 }
            let passive = (before + 1..<i).contains { Grammar.beForms.contains(word($0)) }
            let placesOne = cookies.contains { $0.range.lowerBound == after }
                || passive && cookies.contains { $0.range.upperBound == before + 1 }
            // "We allow third parties to place web beacons …": what another party places is its own collection, which
            // the sentence does not say the company hands it.
            let letOther = word(i - 1) == "to" && (max(0, i - 7)..<i).contains { Grammar.permittingVerbs.contains(word($0)) }
            guard placesOne, !letOther else { continue }
            actions.removeAll { $0.range == i..<(i + 1) }
            actions.append(PhraseMatch(range: i..<(i + 1), keys: ["use"], isDefinedTerm: false))
        }
        matches[.action] = actions.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "your return e-mail address; such addresses are never shared": a head noun after a pointing word names the data
    /// of the phrase before it that ends in the same noun, not the data the noun names alone (a postal address). With no
    /// such phrase in the sentence, "such addresses" are data named before it, resolved as any "such information" is.
    private mutating func bindPointedData() {
        guard var data = matches[.data] else { return }
        for k in data.indices where data[k].range.count == 1 {
            let pointing = word(data[k].range.lowerBound - 1)
            let head = tokens[data[k].range.lowerBound].stem
            let antecedent = data[..<k].last(where: { $0.range.count > 1 && tokens[$0.range.upperBound - 1].stem == head })
            // "your e-mail address …, that address will only be used": "this" and "that" point back too, where the
            // sentence has named the longer phrase.
            if let antecedent, Grammar.pointingBack.contains(pointing) {
                data[k].keys = antecedent.keys
            } else if Grammar.pointingWords.contains(pointing), ["address", "addresses"].contains(word(data[k].range.lowerBound)) {
                // "Such addresses are not shared": addresses named before, of whatever kind (e-mail, postal, IP).
                data[k].keys = ["user"]
            }
        }
        matches[.data] = data
    }

    subscript(dimension: Dimension) -> [PhraseMatch] { matches[dimension] ?? [] }

    /// Matches data again once the policy's defined terms are known (only data phrases name terms).
    mutating func rematchData(_ lexicon: Lexicon) {
        matches[.data] = lexicon.matches(.data, in: tokens)
        dropMessages()
        dropSourcesOfDerivedData()
        dropCookiePlaces()
        bindPointedData()
        bindDataPointedTo()
    }

    /// The lower-case word at `i`, or "" beyond the ends.
    func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }

    /// "may or may not", "will or will not" starting at `i`: a verb group that promises nothing either way.
    func opensEitherWay(at i: Int) -> Bool {
        Grammar.auxiliaries.contains(word(i)) && word(i + 1) == "or" && word(i + 2) == word(i) && word(i + 3) == "not"
    }

    /// "to gather personal data": a span opened by "to" and an action, which names a practice rather than a purpose.
    func opensPractice(_ span: Range<Int>) -> Bool {
        let verb = span.lowerBound + 1
        // "to access your personal information": a verb of getting at data, with the data after it.
        let reaching = Grammar.dataReachingVerbs.contains(word(verb)) && self[.data].contains { (verb + 1...verb + 3).contains($0.range.lowerBound) }
        return word(span.lowerBound) == "to" && (reaching || self[.action].contains { $0.range.lowerBound == verb })
    }

    /// Whether data is named right before `k`: a data phrase ends there, or a head noun of data no key names ("the
    /// information we collect …").
    func endsData(at k: Int) -> Bool {
        Grammar.dataNouns.contains(word(k - 1)) || self[.data].contains { $0.range.upperBound == k }
    }

    /// Whether the words starting at `i` are `phrase`.
    func has(_ phrase: [String], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= tokens.count else { return false }
        for (k, w) in phrase.enumerated() where tokens[i + k].lower != w && tokens[i + k].stem != w { return false }
        return true
    }

    /// The head of a phrase, before a relative clause on it: "websites" of "websites that link to our services".
    func beforeRelativeClause(_ range: Range<Int>) -> Range<Int> {
        // ("Alexa scripts used for tracking visitors of the site": a participle and its preposition after a noun open a
        // clause on it too.)
        let reduced = { (i: Int) in
            self.word(i).hasSuffix("ed") && Grammar.prepositions.contains(self.word(i + 1)) && !self.tokens[i - 1].isPunctuation
                && !Grammar.auxiliaries.contains(self.word(i - 1))
        }
        return range.lowerBound..<(range.first { $0 > range.lowerBound && (Grammar.relativePronouns.contains(word($0)) || reduced($0)) } ?? range.upperBound)
    }

    /// The text of a token range, as written.
    func text(_ range: Range<Int>) -> String {
        var out = ""
        for i in range where i >= 0 && i < tokens.count {
            let t = tokens[i]
            if !out.isEmpty, !(t.isPunctuation && ",.;:)!?/".contains(t.text)), out.last != "(", out.last != "/" { out += " " }
            out += t.text
        }
        return out
    }
}
