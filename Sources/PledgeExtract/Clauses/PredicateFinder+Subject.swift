import Pledge

/// Who acts in a clause: where its subject starts and ends, whether a pronoun or a name opens the main clause or sits
/// inside another, and whether the subject is the company, the reader, data or another party.
extension PredicateFinder {
    /// The party a relative clause opening at `start` describes ("networks that …", "vendors who …"): a recipient or
    /// a person named right before the relative pronoun.
    func relativeHead(of clause: Range<Int>) -> Range<Int>? {
        let start = clause.lowerBound
        guard start > 0, Grammar.relativePronouns.contains(s.word(start - 1)) else { return nil }
        let pronoun = start - 1
        // "We tell advertisers that we may share …": a pronoun alone before the verb is the subject of a clause
        // the verb opens, not a relative clause describing the advertisers — unless the clause has a verb of its own
        // before this one ("the providers that we use may collect …").
        let subject = (start..<s.tokens.count).prefix { i in !Grammar.auxiliaries.contains(s.word(i)) && !s[.action].contains { $0.range.contains(i) } }
        let ownVerb = subject.upperBound < clause.upperBound
        if !ownVerb, subject.count == 1, Grammar.companyPronouns.union(["you", "they", "he", "she"]).contains(s.word(start)) { return nil }
        let named = s[.recipient].contains { $0.range.upperBound == pronoun } || Grammar.personNouns.contains(s.word(pronoun - 1))
        guard named else { return nil }
        return clauseStart(before: pronoun)..<pronoun
    }

    /// "We and our partners", "Acme or its affiliates": where a subject starts that names the company first and others
    /// after "and" or "or", when `subject` is the part after the coordinator.
    func companyFirst(before subject: Range<Int>) -> Int? {
        let k = subject.lowerBound - 2
        guard k >= 0, ["and", "or"].contains(s.word(k + 1)), clauseStart(before: k) == k, !subject.isEmpty else { return nil }
        let company = ["we", "i"].contains(s.word(k)) || (s.tokens[k].isCapitalized && isName(k))
        return company ? k : nil
    }

    /// "Our servers log", "our website collects": a noun the company owns, opening its clause,
    /// right before a finite verb (a plural subject or a verb in "-s"; "our newsletter email" is a noun phrase).
    func isOwnedSubject(_ j: Int, _ match: PhraseMatch) -> Bool {
        func plain(_ k: Int) -> Bool {
            k >= 0 && !s.tokens[k].isPunctuation && !Grammar.determiners.contains(s.word(k)) && !Grammar.prepositions.contains(s.word(k))
                && !Grammar.auxiliaries.contains(s.word(k))
        }
        // "our servers", "our web servers": the possessive and at most one modifier; "the app", "the website",
        // "the Acme website", "the Acme web site": the service the policy is about.
        let noun = s.word(j - 1) == "web" && Grammar.serviceNouns.contains(s.word(j)) ? j - 1 : j
        let named = noun >= 2 && s.tokens[noun - 1].isCapitalized && !s.tokens[noun - 1].isPunctuation && s.word(noun - 2) == "the"
        let article = named ? noun - 2 : noun - 1
        // (Not "of the site" ending a longer subject: "Alexa scripts used for tracking visitors of the site may place".)
        let theService = j >= 1 && s.word(article) == "the" && Grammar.serviceNouns.contains(s.word(j)) && clauseStart(before: article) == article
            && !Grammar.prepositions.contains(s.word(article - 1))
        if plain(j), !isGerund(match), theService { return s.word(match.range.lowerBound).hasSuffix("s") }
        // Not the object of a preposition ("websites that link to our services may collect …").
        // "Some of our pages use …": a part of what the company owns is the company's too.
        // "Acme's web server gathers …": a name's possessive owns as "our" does (another party's name stays unread in a
        // permission, unless it is one the policy gives the company).
        let owns = { (k: Int) in ["our", "my"].contains(s.word(k)) || s.tokens[k].isCapitalized && s.word(k).hasSuffix("'s") }
        guard plain(j), !isGerund(match), let owner = [j - 1, j - 2].first(where: { $0 >= 0 && owns($0) }),
              owner == j - 1 || plain(j - 1) else { return false }
        let partitive = s.word(owner - 1) == "of" && ["some", "many", "most", "all", "certain", "one", "several"].contains(s.word(owner - 2))
            && clauseStart(before: owner - 2) == owner - 2
        guard partitive || clauseStart(before: owner) == owner && !Grammar.prepositions.contains(s.word(owner - 1)) else { return false }
        return s.word(j).hasSuffix("s") || s.word(match.range.lowerBound).hasSuffix("s")
    }

    /// "Advertisers receive …", "these providers collect …": a recipient noun opening its clause,
    /// right before a finite verb with no "-ing".
    func isRecipientSubject(_ j: Int, _ match: PhraseMatch) -> Bool {
        guard j >= 0, !isGerund(match), let r = s[.recipient].first(where: { $0.range.upperBound == j + 1 }),
              !r.keys.contains("first_party"), !r.keys.contains("data_subject") else { return false }
        var start = clauseStart(before: r.range.lowerBound)
        // "We or our partners use …": the company named first, as one of those who act.
        if ["we", "i"].contains(s.word(start)), ["or", "and/or"].contains(s.word(start + 1)) { start += 2 }
        return (start..<r.range.lowerBound).allSatisfy { Grammar.determiners.contains(s.word($0)) }
    }

    /// "the services we provide", "how we use": a pronoun after a noun or a wh-word opens an embedded clause.
    func embedded(pronoun j: Int) -> Bool {
        j > 0 && !s.tokens[j - 1].isPunctuation && !Grammar.clauseOpeners.contains(s.word(j - 1)) && !endsLeadingCondition(j)
            && !endsOpeningAdverbial(j) && AttentionLeadIn.range(before: j, in: s) == nil
    }

    /// "In some cases we may …", "At times we …", "From time to time we …": a short phrase of circumstance or time that
    /// opens the sentence with no comma; the pronoun after it opens the main clause.
    /// So does a short phrase of a time ("During account registration we may collect …", "For example we use …"), with
    /// no clause of its own in it and no "…, we" after it.
    func endsOpeningAdverbial(_ j: Int) -> Bool {
        guard j > 0, !(0..<j).contains(where: { s.tokens[$0].isPunctuation }) else { return false }
        if j <= 5, ["in", "at", "on", "from", "under"].contains(s.word(0)),
           Grammar.circumstanceWords.contains(s.word(j - 1)) || ["time", "times", "occasion", "occasions", "addition"].contains(s.word(j - 1)) {
            return true
        }
        let opener = ["during", "upon", "throughout"].contains(s.word(0)) || s.word(0) == "for" && ["example", "instance"].contains(s.word(1))
        return j <= 7 && opener && s.word(j) == "we"
            && !(1..<j).contains { Grammar.embedders.contains(s.word($0)) || Grammar.relativePronouns.contains(s.word($0)) || Grammar.readerPronouns.contains(s.word($0)) }
            && !(j..<s.tokens.count).contains { s.word($0) == "," && Grammar.companyPronouns.contains(s.word($0 + 1)) }
    }

    /// "When you create an account we ask for …": a sentence that opens with a condition and has
    /// no comma to end it; its main clause starts at the company's pronoun. With a "…, we" later
    /// ("If you use the services we provide, we collect …") the pronoun is embedded after all, as it is where its
    /// verb has no object ("If you would like to delete cookies we use, most browsers …").
    func endsLeadingCondition(_ j: Int) -> Bool {
        // "If you wish to limit the ways that we use …": after "that" the pronoun is inside the condition.
        guard Grammar.companyPronouns.contains(s.word(j)), s.word(j) != "it", s.tokens[0].isCapitalized, !Grammar.embedders.contains(s.word(j - 1)),
              Grammar.conditionMarkers.contains(where: { s.has($0.words, at: 0) && $0.words.count == 1 }),
              !(0..<j).contains(where: { s.tokens[$0].isPunctuation }) else { return false }
        var verb = j + 1
        while isInVerbGroup(verb) { verb += 1 }
        if s.tokens.indices.contains(verb + 1), s.tokens[verb + 1].isPunctuation { return false }
        return !(j..<s.tokens.count).contains { s.word($0) == "," && Grammar.companyPronouns.contains(s.word($0 + 1)) }
    }

    /// The start of the clause that ends at `end`: after the nearest clause mark, passing over brackets.
    func clauseStart(before end: Int) -> Int {
        var k = end - 1
        while k >= 0 {
            let w = s.word(k)
            if w == ")", let open = (0..<k).last(where: { s.word($0) == "(" }) { k = open - 1; continue }
            // "Personal information, such as your name, is not sold": an aside of examples of the data before it, set off
            // by commas, is part of the subject; the clause begins before it.
            // (Not "…, including through the use of cookies, …": a means, no example of data.)
            if w == ",", !Grammar.companyPronouns.contains(s.word(end)), (k + 1..<end).allSatisfy(isInVerbGroup), let open = (0..<k).last(where: { s.word($0) == "," }), open > 0,
               let marker = Grammar.exampleMarkers.first(where: { s.has($0, at: open + 1) }), !Grammar.prepositions.contains(s.word(open + 1 + marker.count)),
               s[.data].contains(where: { $0.range.upperBound == open }), s[.data].contains(where: { (open + 1..<k).contains($0.range.lowerBound) }),
               !(open + 1..<k).contains(where: { Grammar.relativePronouns.contains(s.word($0)) }) {
                k = open - 1
                continue
            }
            // "Acme, Inc.": the comma before a legal form ends no clause.
            if w == ",", Grammar.companySuffixes.contains(s.word(k + 1)) { k -= 1; continue }
            // "Acme Marketing Inc. may collect": nor does the full stop of a legal form.
            if w == ".", k > 0, Grammar.companySuffixes.contains(s.word(k - 1)), s.tokens[k - 1].isCapitalized { k -= 1; continue }
            // "By Law - Acme discloses …": a dash sets a run-in heading off from its sentence.
            // "… with partners so they may contact you": a conjunction opens a clause with a subject of its own.
            // "…, nor do we share it": "nor" before an auxiliary opens an inverted clause ("Neither Acme nor its partners" joins names).
            if w == "nor", Grammar.auxiliaries.contains(s.word(k + 1)) { return k + 1 }
            if [",", ";", ":", "(", ")", "and", "but", "however", "that", ".", "-", "–", "—", "so", "because", "although"].contains(w) { return k + 1 }
            k -= 1
        }
        return 0
    }

    /// ", nor is any information shared", "Nor are your details sold": a passive inverted after "nor", its form of "be"
    /// before the subject. The subject runs from "nor" to the participle at `verb`.
    func invertedPassiveSubject(before verb: Int) -> Range<Int>? {
        guard isParticiple(verb) else { return nil }
        var k = verb - 1
        // Back over the subject's words; a data phrase may hold an action word ("email address", "contact details").
        while k > verb - 8, k > 0, !s.tokens[k].isPunctuation, !Grammar.auxiliaries.contains(s.word(k)),
              !s[.action].contains(where: { $0.range.contains(k) }) || s[.data].contains(where: { $0.range.contains(k) }) { k -= 1 }
        guard k < verb - 1, Grammar.beForms.contains(s.word(k)), s.word(k - 1) == "nor" else { return nil }
        return k - 1..<verb
    }

    /// "None of the information …", "No personal data …".
    func negatedSubject(_ subject: Range<Int>) -> Bool {
        // ", nor will your data be used", ", nor is any information shared": "nor" before an inverted auxiliary.
        subject.contains { s.word($0) == "none" || s.word($0) == "no" || s.word($0) == "neither" }
            || (subject.lowerBound - 3..<subject.lowerBound + 1).contains { s.word($0) == "nor" && (Grammar.auxiliaries.contains(s.word($0 + 1)) || Grammar.beForms.contains(s.word($0 + 1))) }
    }

    /// A capitalized word that names no data, recipient or grammar word: the company's name.
    func isName(_ i: Int) -> Bool {
        let inLexicon = s[.data].contains { $0.range.contains(i) } || s[.recipient].contains { $0.range.contains(i) && $0.keys != ["first_party"] }
        return !inLexicon && !Grammar.determiners.contains(s.word(i)) && !Grammar.prepositions.contains(s.word(i)) && !Grammar.readerPronouns.contains(s.word(i))
            && !Grammar.embedders.contains(s.word(i))
    }

    func actorOf(_ subject: Range<Int>) -> Predicate.Actor {
        let words = subject.map { s.word($0) }
        // The word before the verb group is the subject's head: "… deletion requests you may contact".
        if let last = words.last, Grammar.readerPronouns.contains(last), last == "you" { return .reader }
        // "Websites that link to our services may collect …": the company named inside a relative clause on the subject
        // is not the one acting.
        var head = s.beforeRelativeClause(subject)
        // "the service providers we use": the company's pronoun with a verb after a noun opens a relative clause on it.
        if let k = head.first(where: { i in
            i > head.lowerBound && Grammar.companyPronouns.contains(s.word(i)) && !Grammar.prepositions.contains(s.word(i - 1))
                && !Grammar.coordinators.contains(s.word(i - 1)) && s[.action].contains { $0.range.lowerBound == i + 1 }
        }) { head = head.lowerBound..<k }
        // "the providers engaged by us": the company named as the agent of a participle on the subject is not the one acting.
        let agent = { (i: Int) in s.word(i - 1) == "by" && i - 2 >= subject.lowerBound && self.isParticiple(i - 2) }
        if head.contains(where: { Grammar.companyPronouns.contains(s.word($0)) && !agent($0) }) { return .company }
        if words.first == "please" { return .reader }   // an imperative addresses the reader
        if let first = words.first(where: { !Grammar.determiners.contains($0) || $0 == "you" }),
           Grammar.people.contains(first) {
            return .reader
        }
        // "so they may contact you": a pronoun for others is never the company.
        if words.count == 1, Grammar.otherPronouns.contains(words[0]) { return .thirdParty }
        let recipients = s[.recipient].filter { m in head.contains(m.range.lowerBound) && !agent(m.range.lowerBound) }
        if recipients.contains(where: { $0.keys.contains("first_party") }) { return .company }
        if !recipients.isEmpty, !recipients.allSatisfy({ $0.keys.contains("data_subject") }) { return .thirdParty }
        if s[.data].contains(where: { subject.contains($0.range.lowerBound) }) { return .data }
        // "Such web sites may collect data", "Other websites may use cookies", "These contracted parties may use …": sites
        // or parties pointed back to or called other are other parties', not the company's.
        if let first = words.first, ["such", "these", "those", "other", "linked", "external"].contains(first) || words.contains("other"),
           head.contains(where: { (Grammar.serviceNouns.contains(s.word($0)) || Grammar.partyNouns.contains(s.word($0))) && s.word($0).hasSuffix("s") }) {
            return .thirdParty
        }
        // "Companies engaged by us may collect …": other businesses, not the company's own ("our vendors" are named
        // parties, read above).
        if let last = head.last, Grammar.partyNouns.contains(s.word(last)), s.word(last).hasSuffix("s"),
           !head.contains(where: { ["our", "my"].contains(s.word($0)) }) {
            return .thirdParty
        }
        return .company
    }
}
