import Pledge

/// Sentences that speak of a practice no rule can hold, listed so that a reviewer sees them rather than lose them
/// silently: a choice the reader makes in the browser ("You can set your browser to refuse cookies"), a purpose
/// given for the practice of the sentence before ("This is to help us understand how visitors use the site"), data
/// linked or combined with other data, and the reader's choices that no rule holds (``readerChoice(_:)``).
enum ListedStatement {
    static func reason(_ s: AnnotatedSentence) -> String? {
        let words = s.tokens.map(\.lower)
        let cookies = s[.data].contains { m in m.keys.contains { $0.hasPrefix("user.device.cookie") } }
        if cookies, words.contains(where: { $0 == "browser" || $0 == "browsers" }), words.contains(where: Grammar.browserChoiceVerbs.contains),
           words.contains(where: { $0 == "you" || $0 == "your" }) {
            return "a choice the reader makes in the browser (\(s.text(0..<min(s.tokens.count, 8))) …): no promise of the company is stated"
        }
        if givesPurposeOfSentenceBefore(s) {
            return "a purpose given for the practice of the sentence before (\(s.text(0..<min(s.tokens.count, 6))) …) is not read with it"
        }
        if let opening = includedData(s) {
            return "what the data before includes (\(opening) …) is not read with the practice it belongs to"
        }
        // "IP addresses are not linked to personal information", "we may combine it with data from other sources".
        // Not a web link ("sites linked to or from ours", "the site which linked you to ours"): what it is joined with is data.
        if let verb = s.tokens.indices.first(where: { v in
            guard Grammar.linkingVerbs.contains(s.word(v)),
                  let to = (v + 1..<min(s.tokens.count, v + (s.word(v) == "linked" ? 4 : 12))).first(where: { ["with", "to"].contains(s.word($0)) })
            else { return false }
            // "combine it with or link it to any of the identifying information": the data may come later, except after
            // "linked", which is also said of web links.
            return s[.data].contains { s.word(v) == "linked" ? (to + 1...to + 3).contains($0.range.lowerBound) : $0.range.lowerBound > to }
        }) {
            return "linking or combining data (\(s.text(verb..<min(s.tokens.count, verb + 4))) …) is not modelled"
        }
        return nil
    }

    /// "This is to …", "This is so we can …", "This helps us …", "This allows us to …": a sentence that gives the purpose of
    /// the practice the sentence before states — what "this" is, the sentence before says.
    static func givesPurposeOfSentenceBefore(_ s: AnnotatedSentence) -> Bool {
        ["this", "these", "that", "it"].contains(s.word(0)) && Grammar.purposeGivingVerbs.contains(s.word(1))
            && (!s[.purpose].isEmpty || ["to", "us", "so"].contains(s.word(2)))
    }

    /// "This includes your IP address …", "This data may include …", "Such information consists of …": a sentence that
    /// says what the data of the sentence before includes (read into a permission by ``IncludedData``); its opening words.
    /// The data may be named again instead of pointed to: "Non-personal information may include the browser name …".
    static func includedData(_ s: AnnotatedSentence) -> String? {
        var k = 0
        while ["this", "these", "that", "such", "the"].contains(s.word(k)) || Grammar.dataNouns.contains(s.word(k)) { k += 1 }
        // Not "Information we collect includes …", whose own data phrase states the practice.
        let named = s[.data].first { m in
            m.range.lowerBound <= 3 && !s[.action].contains { m.range.contains($0.range.lowerBound) } && (0..<m.range.lowerBound).allSatisfy { j in
                s.word(j) == "the" || s.word(j) == "-" || s[.identifiability].contains { $0.range.contains(j) }
            }
        }
        if let named, named.range.upperBound > k { k = named.range.upperBound }
        while Grammar.auxiliaries.contains(s.word(k)) || Grammar.adverbs.contains(s.word(k)) { k += 1 }
        var object = k + 1
        while Grammar.determiners.contains(s.word(object)) || [",", "but", "is", "not", "limited", "to", "of"].contains(s.word(object)) { object += 1 }
        guard k > 0, ["this", "these", "that", "such"].contains(s.word(0)) || named != nil, !(0..<k).contains(where: { Grammar.negations.contains(s.word($0)) }),
              ["include", "includes", "including", "consist", "consists", "contain", "contains"].contains(s.word(k)),
              s[.data].contains(where: { $0.range.lowerBound == object }) else { return nil }
        return s.text(0..<min(s.tokens.count, k + 4))
    }

    /// What a sentence that states no practice the reading follows may still offer the reader, listed so that it is not
    /// lost: a choice that qualifies no rule ("Members may opt out using the link in each newsletter", "We honour
    /// unsubscribe requests"), and the reader's access to their own data ("You can review and correct your account
    /// information").
    static func readerChoice(_ s: AnnotatedSentence) -> String? {
        guard SentenceKind.of(s) == .practice else { return nil }
        if let choice = s[.context].first(where: { ["opted_out", "consent", "account_cancelled"].contains(where: $0.keys.contains) }) {
            return "a choice of the reader's (\(s.text(choice.range)) …) qualifies no rule read here; what it limits is not modelled"
        }
        // "You may visit our site anonymously", "Users can browse without registering": using the service without giving data.
        if let visit = s.tokens.indices.first(where: { Grammar.serviceUseVerbs.contains(s.word($0)) }),
           s.tokens.indices.contains(where: { Grammar.people.contains(s.word($0)) }),
           let how = (visit + 1..<s.tokens.count).first(where: { k in
               s.word(k) == "anonymously" || s.word(k) == "without" && ["registering", "providing", "giving", "revealing"].contains(s.word(k + 1))
           }) {
            return "a choice of the reader's (\(s.text(visit..<(visit + 1))) … \(s.text(how..<min(s.tokens.count, how + 2)))) to use the service without giving data is not modelled"
        }
        // The reader, a verb of access ("review and correct"), then the data as its object.
        guard let reader = s.tokens.indices.first(where: { Grammar.readerPronouns.contains(s.word($0)) }),
              let verb = (reader + 1..<min(s.tokens.count, reader + 6)).first(where: { Grammar.readerRightVerbs.contains(s.word($0)) }) else { return nil }
        var k = verb + 1
        while Grammar.readerRightVerbs.contains(s.word(k)) || Grammar.coordinators.contains(s.word(k)) || s.word(k) == "," { k += 1 }
        while Grammar.determiners.contains(s.word(k)) || ["your", "all", "any", "of"].contains(s.word(k)) { k += 1 }
        guard s[.data].contains(where: { $0.range.lowerBound == k }) || Grammar.dataNouns.contains(s.word(k)) else { return nil }
        return "the reader's access to their own data (\(s.text(reader..<min(s.tokens.count, k + 2))) …) is not modelled"
    }

    /// A practice word (a taxonomy action) in a sentence that also names data or a recipient: the sentence speaks of
    /// a data practice, whoever's and however phrased ("you provide us with your name", "cookies are used to …").
    /// "We do not issue third-party cookies", "we will never spam you with your address": the company and data named
    /// around a verb the vocabulary does not know. Listed, so that a practice in words not yet read is not lost silently.
    static func unknownPractice(_ s: AnnotatedSentence) -> String? {
        guard mayList(s), !s[.data].isEmpty,
              let we = s.tokens.indices.first(where: { ["we", "us"].contains(s.word($0)) }) else { return nil }
        return "the company (\(s.tokens[we].text)) and data are named, but no practice is read: its verb may be one the vocabulary does not know"
    }

    /// Whether a sentence that gave no rule is listed for the practice it names: one that states a practice, or a
    /// definition that names the company's ("Personal information is information that we collect …").
    static func mayList(_ s: AnnotatedSentence) -> Bool {
        let kind = SentenceKind.of(s)
        return kind == .practice || kind == .definition && s.tokens.contains { ["we", "us"].contains($0.lower) }
    }

    static func practiceWord(_ s: AnnotatedSentence) -> String? {
        // "Information we collect from partners includes your IP address", "Information we collect helps us …": the
        // practice is named inside the data phrase that opens the sentence, as the subject of its verb.
        let subjectPhrase = s[.data].first { d in
            d.range.count > 1 && (0..<d.range.lowerBound).allSatisfy { Grammar.determiners.contains(s.word($0)) }
        }
        guard let action = s[.action].first(where: { m in !s[.data].contains { $0.range.overlaps(m.range) } })
            ?? s[.action].first(where: { m in subjectPhrase?.range.contains(m.range.lowerBound) == true }) else { return nil }
        // "It may also be used to contact you": data named before, pointed back to, is data too.
        let namesData = !s[.data].isEmpty || s.tokens.contains { Grammar.dataNouns.contains($0.lower) } || NeighbourLimit.pointsBack(s)
        let namesRecipient = s[.recipient].contains { !$0.keys.contains("first_party") && !$0.keys.contains("data_subject") }
        return namesData || namesRecipient ? s.text(action.range) : nil
    }
}
