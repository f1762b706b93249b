import Pledge

/// Finds the verb groups of a sentence whose verb is a taxonomy action, and reads each
/// one's mood, negation, voice and subject. An action word counts as a verb only where
/// grammar allows it: after an auxiliary or modal, after a subject, after a governing
/// "the right to", or coordinated with another verb; "the use" or "your disclosure" are nouns.
struct PredicateFinder {
    let s: AnnotatedSentence

    /// The main predicates, and the infinitives ("to send you …") that may extend them.
    func find() -> (main: [Predicate], infinitives: [(index: Int, actions: [String])]) {
        var main: [Predicate] = []
        var infinitives: [(Int, [String])] = []
        // Action words inside a longer data phrase ("information we collect") are not verbs;
        // a word that is both ("email") is a verb where grammar makes it one.
        // ("our servers log your IP address": a phrase whose last word, an action, takes an object of its own is a verb.)
        let dataTokens = Set(s[.data].filter { m in
            m.range.count > 1 && !(s[.action].contains { $0.range == (m.range.upperBound - 1)..<m.range.upperBound }
                && ["your", "the", "a", "an", "our", "their", "its", "this", "these", "such", "all", "any"].contains(s.word(m.range.upperBound)))
        }.flatMap { Array($0.range) })
        for found in s[.action] where !found.range.contains(where: dataTokens.contains) && !isListRemoval(found) {
            guard let match = sensed(found) else { continue }
            // "the use of", "collection and use of": an action word before "of" is a noun.
            if s.word(match.range.upperBound) == "of" { continue }
            if isInName(match.range) { continue }
            // "statistics about our customers, sales, traffic patterns": a word that is only a noun is no verb.
            if match.range.count == 1, Grammar.practiceNounForms.contains(s.word(match.range.lowerBound)) { continue }
            // "Facebook contacts will not be shared", "your email may be …": a word that is also data, right before the
            // verb group of another verb, ends a noun phrase.
            if s[.data].contains(where: { $0.range == match.range }), Grammar.auxiliaries.contains(s.word(match.range.upperBound)) { continue }
            // "passwords and contact preferences": "contact" right before data names the data's kind; it contacts no one.
            if match.keys == ["contact"], s.word(match.range.upperBound - 1) == "contact",
               s[.data].contains(where: { $0.range.lowerBound == match.range.upperBound }) { continue }
            if var last = main.last, coordinated(after: last.verbs.upperBound, before: match.range.lowerBound) {
                last.actions.append(contentsOf: match.keys.filter { !last.actions.contains($0) })
                last.verbs = last.verbs.lowerBound..<match.range.upperBound
                main[main.count - 1] = last
                continue
            }
            switch reading(of: match, previous: main.last) {
            case .predicate(let p): main.append(p)
            case .infinitive: infinitives.append((match.range.lowerBound, match.keys))
            case .none: break
            }
        }
        return (main, infinitives)
    }

    private enum Reading { case predicate(Predicate), infinitive, none }

    /// "for all the purposes for which we use and disclose personal information": a verb of a relative clause on a purpose
    /// names the purpose by reference to another practice, and states none.
    private func namesPurposeByReference(_ match: PhraseMatch) -> Bool {
        let start = match.range.lowerBound
        guard let which = (max(2, start - 8)..<max(2, start)).last(where: { s.word($0) == "which" }) else { return false }
        return Grammar.prepositions.contains(s.word(which - 1)) && Grammar.purposeNouns.contains(s.word(which - 2))
            && !(which..<start).contains(where: { s.tokens[$0].isPunctuation })
    }

    /// "Tale Chaser Publishing, Inc. uses …", "Acme Publishing Group": a capitalised action word between words of a
    /// name is a word of the name, no verb. Not in words written all in capitals ("WE DO NOT SHARE"), which mark no name.
    private func isInName(_ range: Range<Int>) -> Bool {
        let i = range.lowerBound, after = range.upperBound
        guard i > 0, s.tokens[i].isCapitalized, s.tokens[i - 1].isCapitalized, !s.tokens[i - 1].isPunctuation,
              s.tokens[i].text != s.tokens[i].text.uppercased() else { return false }
        let next = s.word(after) == "," ? after + 1 : after
        return Grammar.companySuffixes.contains(s.word(next)) || (s.tokens.indices.contains(after) && s.tokens[after].isCapitalized && !s.tokens[after].isPunctuation)
    }

    private func reading(of match: PhraseMatch, previous: Predicate?) -> Reading {
        if let permitted = PermittedParty.reading(of: match, s) { return .predicate(permitted) }
        if asideOfEmbeddedVerb(match) || namesPurposeByReference(match) { return .none }
        var j = match.range.lowerBound - 1
        var negated = false
        while j >= 0 {
            // "We do not sell your data nor share your e-mail address": "nor" joins this verb to the one before, as "or" does.
            if s.word(j) == "nor", let previous, j > previous.verbs.upperBound, !Grammar.auxiliaries.contains(s.word(j + 1)) {
                negated = true
                break
            }
            if Grammar.adverbs.contains(s.word(j)) || Grammar.negations.contains(s.word(j)) {
                if isNegation(j) { negated = true }
                j -= 1
            } else if let open = asideOpening(closingAt: j) ?? groupAsideOpening(endingAt: j) {
                j = open - 1   // "we will never, for any reason, sell": an aside inside the verb group
            } else { break }
        }
        // "we will stop sending you …", "cease processing": to stop doing something is not to do it.
        let ceased = isGerund(match) && Grammar.cessation.contains(s.word(j))
        if ceased {
            negated = true
            j -= 1
            while j >= 0, Grammar.adverbs.contains(s.word(j)) { j -= 1 }
        }
        // "Acme, Inc. collects": the full stop of a legal form belongs to the name before the verb.
        if s.word(j) == ".", Grammar.companySuffixes.contains(s.word(j - 1)) { j -= 1 }
        let word = s.word(j)
        let enabler = enablesCompany(at: j)
        var mood = Predicate.Mood.factual
        var passive = false
        var groupStart = j + 1
        var antecedent: Range<Int>? = nil
        var inverted: Range<Int>? = nil

        if Grammar.auxiliaries.contains(word) {
            // Walk the whole auxiliary chain: "will not be", "may also be", "has been".
            // "the browser you are using": a form of "be" before "-ing" is progressive, not passive.
            passive = Grammar.beForms.contains(word) && !isGerund(match)
            var k = j
            while k >= 0, Grammar.auxiliaries.contains(s.word(k)) || Grammar.adverbs.contains(s.word(k)) || Grammar.negations.contains(s.word(k)) {
                let w = s.word(k)
                if isNegation(k) { negated = true }
                if Grammar.permissive.contains(w) { mood = .permissive }
                else if Grammar.obligating.contains(w), mood != .permissive { mood = .obligating }
                else if Grammar.hypothetical.contains(w) { mood = .hypothetical }
                k -= 1
            }
            groupStart = k + 1
            // "to be processed", "of being tracked": a verb group with no finite word is no statement of its own;
            // "was collected": a report of the past is no practice.
            switch tense(of: groupStart..<match.range.lowerBound) {
            case .nonFinite where s.word(k) == "to" || s.word(groupStart) == "being": return .none
            case .past: return .none
            default: break
            }
            // "Under no circumstances will we hold": the subject follows the auxiliary.
            // (", nor will it be disclosed": after an auxiliary, "it" is the subject of an inverted passive.)
            if Grammar.companyPronouns.contains(s.word(k)) && !(passive && s.word(k) == "it" && Grammar.auxiliaries.contains(s.word(k - 1))) || s.word(k) == "they" {
                if embedded(pronoun: k) { return .none }
                groupStart = k
            }
            if Grammar.relativePronouns.contains(s.word(k)) {
                // "… which is logged by our servers" is our practice; "web sites which do not use …" describes the sites.
                guard passive else { return .none }
                // "(i.e., information that may be used to identify you)": a relative clause in brackets defines the data.
                if let open = (0..<k).last(where: { ["(", ")"].contains(s.word($0)) }), s.word(open) == "(" { return .none }
                antecedent = clauseStart(before: k)..<k
            }
        } else if let enabler {
            // "Cookies allow us to collect …", "Log files help us see …": what lets the company act is its means, and
            // the company is the one acting. What a means does not let it do ("Cookies do not allow us to …") is a
            // fact about the means, no promise.
            if enabler.negated { return .none }
            // "organizations which enable us to provide services": what a party helps the company do says who the party is.
            if Grammar.relativePronouns.contains(s.word(enabler.start - 1)), Grammar.partyNouns.contains(s.word(enabler.start - 2)) { return .none }
            // "… to help us communicate with our users": what the company is helped to do is the purpose of the act before.
            if s.word(enabler.start - 1) == "to" { return .infinitive }
            mood = enabler.mood
            groupStart = enabler.start
        } else if word == "to" {
            if offersReaderChoice(j) { return .none }
            guard let governed = governor(before: j) else { return .infinitive }
            mood = governed.mood
            negated = negated || governed.negated
            groupStart = governed.start
        } else if isGerund(match), !ceased {
            return .none   // "providing services", "by emailing us": a gerund needs an auxiliary to be a verb
        } else if let subject = invertedPassiveSubject(before: match.range.lowerBound) {
            // ", nor is any information shared with …": after "nor", the form of "be" stands before the passive's subject.
            passive = true
            negated = true
            groupStart = match.range.lowerBound
            inverted = subject
        } else if Grammar.companyPronouns.contains(word) || word == "they" {
            if embedded(pronoun: j), !Grammar.auxiliaries.contains(s.word(j - 1)) { return .none }
            groupStart = j
            // Inverted: "… will we hold", "may we share".
            var k = j - 1
            while k >= 0, Grammar.auxiliaries.contains(s.word(k)) || Grammar.negations.contains(s.word(k)) {
                if isNegation(k) { negated = true }
                // "Acme does not sell it, nor do we share it": "nor" joins the inverted clause to the one before, whose
                // words are no part of its subject.
                if s.word(k) == "nor" { break }
                if Grammar.permissive.contains(s.word(k)) { mood = .permissive }
                else if Grammar.obligating.contains(s.word(k)) { mood = .obligating }
                k -= 1
            }
            if k < j - 1 { groupStart = k + 1 }
        } else if j >= 0, s.tokens[j].isCapitalized || CompanyNames.isDomain(s.tokens[j]), !s.tokens[j].isPunctuation, isName(j),
                  // "The Site collects", "Our Website uses": the service, capitalized, is no other party's name.
                  !(Grammar.serviceNouns.contains(word) && ["the", "this", "our"].contains(s.word(j - 1))) {
            // "the data Clicktale receives" is embedded; "The Zorblax Gazette collects" is not: a name of several words,
            // and the article before it, open the subject.
            var first = j
            // "Kitchen Stewardship, LLC": the legal form after the name, set off by a comma, is part of it.
            if Grammar.companySuffixes.contains(s.word(first)), s.word(first - 1) == ",", first >= 2, s.tokens[first - 2].isCapitalized { first -= 2 }
            while first > 0, s.tokens[first - 1].isCapitalized, !s.tokens[first - 1].isPunctuation, isName(first - 1),
                  !Grammar.auxiliaries.contains(s.word(first - 1)) { first -= 1 }
            // "the Zorblax Gazette", and "Our Best Bites" (a name that opens with "Our", capitalized).
            if first > 0, first <= j, s.word(first - 1) == "the" && first < j || s.word(first - 1) == "our" && s.tokens[first - 1].isCapitalized { first -= 1 }
            // "Nor does Acme knowingly collect …": inverted, the auxiliary and its negation stand before the name.
            var k = first - 1
            while k >= 0, Grammar.auxiliaries.contains(s.word(k)) || Grammar.negations.contains(s.word(k)) {
                if isNegation(k) { negated = true }
                if Grammar.permissive.contains(s.word(k)) { mood = .permissive } else if Grammar.obligating.contains(s.word(k)) { mood = .obligating }
                k -= 1
            }
            // "Will Acme disclose any of your information?": opening the sentence, the auxiliary asks.
            if k < 0, first > 0, !negated { return .none }
            if k < first - 1 { first = k + 1 }
            if embedded(pronoun: first) { return .none }
            groupStart = j
        } else if isRecipientSubject(j, match) {
            groupStart = j + 1   // "These providers receive …": a third party named as the subject
        } else if isOwnedSubject(j, match) {
            groupStart = j + 1   // "Our servers log …": the company's own systems act for it
        } else if let previous, ["and", "but", "or", "nor", ","].contains(word), j > previous.verbs.upperBound, !isGerund(match),
                  !s[.data].contains(where: { $0.range.overlaps(match.range) }),
                  // "our collection, use and sharing": a list of nouns of practice, not a verb with its subject unwritten.
                  !Grammar.practiceNouns.contains(s.word(j - 1)) {
            // "we do not use cookies to identify, monitor or track you": a verb listed after an infinitive's bare verb is
            // an infinitive too, part of the purpose of the prohibition (a permission reads its infinitives as practices).
            if closesInfinitiveList(at: j, after: previous.verbs.upperBound) { return .infinitive }
            // "We employ analytics services that collect information … and store it": joined to the verb of a relative
            // clause after the previous one, the verb shares that clause's subject (the services), not the company.
            // "information about how the Service is accessed and used": joined to a participle of no practice in a passive
            // of its own, the verb is that passive's, whose subject is no data the company acts on.
            if isParticiple(j - 1), !s[.action].contains(where: { $0.range.contains(j - 1) }),
               (previous.verbs.upperBound..<(j - 1)).contains(where: { Grammar.beForms.contains(s.word($0)) }) { return .none }
            // "information about customers who only browse, email comments, or request a catalog": joined after a clause on
            // people, the verb is theirs.
            if let who = (previous.verbs.upperBound..<j).last(where: { ["who", "whom"].contains(s.word($0)) }),
               Grammar.people.contains(s.word(who - 1)),
               !(who..<j).contains(where: { s.word($0) == ";" || Grammar.companyPronouns.contains(s.word($0)) }) { return .none }
            // (The relative pronoun is that clause's subject: "that automatically collect", not "so that we may delete".)
            if let relative = (previous.verbs.upperBound..<j).last(where: { Grammar.relativePronouns.contains(s.word($0)) }),
               let verb = s[.action].first(where: { (relative + 1..<j).contains($0.range.lowerBound) }),
               (relative + 1..<verb.range.lowerBound).allSatisfy({ Grammar.adverbs.contains(s.word($0)) || Grammar.auxiliaries.contains(s.word($0)) }),
               !(relative..<j).contains(where: { s.tokens[$0].isPunctuation }) { return .none }
            if let to = infinitiveOpener(at: j) {
                // "we provide a way to update or delete your data": what the reader is offered to do is the reader's act.
                if offersReaderChoice(to) { return .none }
                if previous.negated, !(previous.verbs.upperBound..<j).contains(where: { Grammar.exceptionWords.contains(s.word($0)) }) { return .infinitive }
                // "to understand and analyze how you use …": joined to a purpose's own verb, the verb is a word of the purpose.
                if to > previous.verbs.upperBound, !s[.action].contains(where: { $0.range.lowerBound == to + 1 }) { return .infinitive }
            }
            // "We use advertising companies to serve ads and collect information": joined with no comma to an infinitive
            // the verb before governs, the verb is another infinitive of it — the act of whom, or for what, it was used.
            if word != ",", let to = (previous.verbs.upperBound..<j).last(where: { s.word($0) == "to" }),
               to + 1 < j, !s[.action].contains(where: { $0.range.lowerBound == to + 1 }),
               !(to + 1..<j).contains(where: { s.tokens[$0].isPunctuation || Grammar.companyPronouns.contains(s.word($0)) || Grammar.auxiliaries.contains(s.word($0)) }),
               !Grammar.determiners.contains(s.word(to + 1)), !s[.recipient].contains(where: { $0.range.lowerBound == to + 1 }) {
                return .infinitive
            }
            // "…, and stores all Registration Data": the subject is the previous one's, unwritten; so is its voice
            // ("information that is shared with, or collected by, these third parties" is collected by them).
            mood = previous.mood
            // "We do not sell your data but use it to …", "…, only use it to …": a verb set against a negated one is affirmed.
            let contrasted = word == "but" || (j + 1..<match.range.lowerBound).contains { s.word($0) == "only" }
            negated = negated || previous.negated && !contrasted
            groupStart = j + 1
            let inherited = previous.passive && isParticiple(match.range.lowerBound)
            let p = Predicate(actions: match.keys, verbs: match.range, groupStart: groupStart,
                              subject: inherited ? previous.subject : groupStart..<groupStart, mood: mood, negated: negated,
                              passive: inherited, actor: previous.actor, antecedent: inherited ? previous.antecedent : nil)
            return .predicate(p)
        } else if ["and", "or", "nor", ","].contains(word), !isGerund(match), let elided = companyClause(before: j), elided.negated {
            // "We do not market to children or knowingly collect their data": the verb before is no practice, but its
            // subject and negated verb group are this verb's too. (Not a permission: the other verb's words would stand
            // in its clause unread.)
            let p = Predicate(actions: match.keys, verbs: match.range, groupStart: j + 1, subject: (j + 1)..<(j + 1),
                              mood: elided.mood, negated: negated || elided.negated, passive: false, actor: .company, antecedent: nil)
            return .predicate(p)
        } else {
            return .none
        }

        if opensNegatively(before: groupStart) || deniesItsObject(after: match.range.upperBound) { negated = true }
        // "you may or may not provide …", "we may or may not share it": either way, no promise — a predicate (it still
        // ends the clause before it) in the mood that yields no rule.
        if (max(0, groupStart - 3)..<match.range.lowerBound).contains(where: s.opensEitherWay) { mood = .hypothetical }
        // "If you post a comment we collect …": the company's pronoun that ends a leading condition opens the clause;
        // the condition's words are no part of its subject (a data word there would make the data the actor).
        var subject = inverted ?? (endsLeadingCondition(groupStart) ? groupStart..<groupStart : clauseStart(before: groupStart)..<groupStart)
        // "We cannot guarantee that it will never be disclosed": what the company does not promise is no promise.
        if disclaimed(clauseAt: subject.lowerBound) || requested(clauseAt: subject.lowerBound) || noticed(clauseAt: subject.lowerBound) { return .none }
        // "We need your e-mail address, or we cannot send you the newsletter": what the company cannot do otherwise is
        // a consequence, no promise not to do it.
        if negated, isConsequence(clauseAt: subject.lowerBound, verbGroup: groupStart..<match.range.lowerBound) { return .none }
        // "Cookies cannot be used to run programs", "A cookie can't read data off your hard drive": what a technology
        // cannot do is a fact about it, no promise of the company's.
        // "Web beacons can be used to count visitors": what a technology can be used for is a fact about it as well.
        // (The technology is the subject's head, before what qualifies it: not "information collected through pixels".)
        let head = subject.prefix { !Grammar.qualifyingParticiples.contains(s.word($0)) && !Grammar.prepositions.contains(s.word($0)) }
        let technology = head.contains { ["cookie", "cookies"].contains(s.word($0)) || Grammar.meansNouns.contains(s.word($0)) }
        if technology, negated ? isInability(groupStart..<match.range.lowerBound) : passive && isCapability(groupStart..<match.range.lowerBound) {
            return .none
        }
        // "Non-personal information cannot be used to identify you": what data cannot be used for says what the data is.
        if passive, negated, antecedent == nil, isInability(groupStart..<match.range.lowerBound), s.word(match.range.upperBound) == "to",
           s.word(match.range.upperBound + 1) == "identify" || s.has(["personally", "identify"], at: match.range.upperBound + 1) { return .none }
        // "which you knowingly and voluntarily provide": coordinated adverbs are no clause of their own.
        if !subject.isEmpty, subject.allSatisfy({ s.word($0).hasSuffix("ly") || Grammar.adverbs.contains(s.word($0)) }),
           ["and", "or"].contains(s.word(subject.lowerBound - 1)) {
            subject = clauseStart(before: subject.lowerBound - 1)..<groupStart
        }
        // "how that information is used": an embedded question, not a statement.
        // "We take seriously your interest in how your information is used": the question stands inside the subject.
        if antecedent == nil, (subject.lowerBound - 2..<groupStart).contains(where: { ["how", "what", "whether", "why"].contains(s.word($0)) }) {
            return .none
        }
        // "With whom Acme, Inc. may share user information.": a clause opened by "whom" names no one it is about; it asks.
        if s.word(subject.lowerBound) == "whom" || Grammar.prepositions.contains(s.word(subject.lowerBound)) && s.word(subject.lowerBound + 1) == "whom" {
            return .none
        }
        // "Advertising networks that serve ads on our site may use …": the relative clause describes the subject,
        // whose head is the party that acts.
        if !passive, let head = relativeHead(of: subject) {
            subject = head.lowerBound..<groupStart
            if s[.recipient].contains(where: { head.contains($0.range.lowerBound) && !$0.keys.contains("first_party") }) {
                return .predicate(Predicate(actions: match.keys, verbs: match.range, groupStart: groupStart, subject: subject,
                                            mood: mood, negated: negated, passive: false, actor: .thirdParty, antecedent: nil))
            }
        } else if !passive, subject.lowerBound >= 2, Grammar.relativePronouns.contains(s.word(subject.lowerBound - 1)),
                  !Grammar.companyPronouns.contains(s.word(subject.lowerBound)),
                  Grammar.serviceNouns.contains(s.word(subject.lowerBound - 2)) || Grammar.partyNouns.contains(s.word(subject.lowerBound - 2)) {
            // "Websites that link to our services may collect …": the verb's subject is the noun the relative clause
            // describes (a site or a business; after a verb, "that" opens no relative clause), whoever the clause names.
            subject = clauseStart(before: subject.lowerBound - 1)..<groupStart
        }
        // "Do not share your password", "If you are under 13, do not send us any information": an instruction to the
        // reader, opening the sentence or the clause after a condition.
        if subject.isEmpty, s.word(groupStart) == "do", groupStart == 0 || [",", ";", ":"].contains(s.word(groupStart - 1)) { return .none }
        var actor = passive || enabler != nil ? .company : actorOf(subject)
        // "We and our partners may collect …": the company is one of those who act, and the permission is its own.
        if !passive, let start = companyFirst(before: subject) {
            subject = start..<subject.upperBound
            actor = .company
        }
        // "The providers may share it, and may use it …": a verb group after a coordinator with no subject of its
        // own has the subject of the verb before it.
        if !passive, subject.isEmpty, let previous, subject.lowerBound > previous.verbs.upperBound,
           ["and", "or", "but", ","].contains(s.word(subject.lowerBound - 1)) {
            actor = previous.actor
        }
        // "Some of these partners may be intermediaries that act …, and do not store …": with no practice before it, a
        // verb group after a coordinator with no subject of its own has the sentence's subject, here another party.
        if !passive, subject.isEmpty, previous == nil, subject.lowerBound > 0, ["and", "or", ","].contains(s.word(subject.lowerBound - 1)),
           let first = (0..<subject.lowerBound).first(where: { Grammar.auxiliaries.contains(s.word($0)) }), first > 0,
           (first..<subject.lowerBound).contains(where: { Grammar.relativePronouns.contains(s.word($0)) }),
           s[.recipient].contains(where: { $0.range.upperBound <= first && !$0.keys.contains("first_party") && !$0.keys.contains("data_subject") }),
           actorOf(0..<first) == .thirdParty {
            actor = .thirdParty
        }
        // "These third parties will be supplied with your data": the passive's subject is the party given the data, which
        // receives it; the company's disclosure to it is read as that party's receipt.
        if passive, s.word(match.range.upperBound) == "with", s[.recipient].contains(where: { r in
            subject.contains(r.range.lowerBound) && !r.keys.contains("first_party") && !r.keys.contains("data_subject")
        }) { actor = .thirdParty }
        // "information on how site content can and cannot be used": a passive inside a clause opened by "how" or "whether"
        // says what is told about, no promise.
        if passive, let wh = (max(0, min(subject.lowerBound, groupStart) - 6)..<groupStart).last(where: { ["how", "whether"].contains(s.word($0)) }),
           !(wh..<groupStart).contains(where: { s.tokens[$0].isPunctuation }) { return .none }
        if negatedSubject(subject) { negated = true }
        return .predicate(Predicate(actions: match.keys, verbs: match.range, groupStart: groupStart, subject: subject,
                                    mood: mood, negated: negated, passive: passive, actor: actor, antecedent: antecedent))
    }

    /// "We provide a way to", "we give you the ability to", "we offer you the option to": the infinitive at `to` names
    /// what the reader is offered to do, not what the company does.
    private func offersReaderChoice(_ to: Int) -> Bool {
        // "the option to provide your phone number": data the reader gives, the company collects (``ReaderProvision``).
        guard Grammar.offeredMeans.contains(s.word(to - 1)), !Grammar.givingVerbs.contains(s.word(to + 1)) else { return false }
        return (max(0, to - 7)..<(to - 1)).contains { Grammar.offeringVerbs.contains(s.word($0)) || Grammar.readerPronouns.contains(s.word($0)) }
    }

    /// The mood and negation of the clause the coordinator at `j` continues, when it opens with the company's pronoun
    /// and a verb group of a verb that is no practice ("We do not market … or"); nil when anything else stands between.
    private func companyClause(before j: Int) -> (mood: Predicate.Mood, negated: Bool)? {
        // "Acme does not arrange, save or transport …": the company by its name, opening the sentence.
        let named = s.tokens.count > 1 && (s.tokens[0].isCapitalized || CompanyNames.isDomain(s.tokens[0])) && isName(0)
            && Grammar.auxiliaries.contains(s.word(1)) ? 0 : nil
        guard let we = (0..<j).last(where: { Grammar.companyPronouns.contains(s.word($0)) && s.word($0) != "it" }) ?? named,
              we == 0 || [",", ";", ":"].contains(s.word(we - 1)) || Grammar.clauseOpeners.contains(s.word(we - 1)),
              !(we + 1..<j).contains(where: { [";", ":", "(", ")"].contains(s.word($0)) || Grammar.embedders.contains(s.word($0)) })
        else { return nil }
        var k = we + 1
        while isInVerbGroup(k) { k += 1 }
        let (mood, negated) = moodAndNegation(of: we + 1..<k)
        // The verb itself: a word that opens no noun phrase and is no practice of the taxonomy (else it is the predicate).
        let verb = s.word(k)
        guard k < j, !Grammar.beForms.contains(s.word(k - 1)), !Grammar.determiners.contains(verb), !Grammar.prepositions.contains(verb),
              !s.tokens[k].isPunctuation, !s[.action].contains(where: { $0.range.contains(k) }),
              !s[.data].contains(where: { $0.range.contains(k) }) else { return nil }
        return (mood, negated)
    }

    /// "allow us to", "helps us": the verb group (mood, negation, start) of a means that lets the company do what
    /// follows, when `j` is the "to" or the "us" before the verb.
    private func enablesCompany(at j: Int) -> (mood: Predicate.Mood, negated: Bool, start: Int)? {
        let us = s.word(j) == "to" ? j - 1 : j
        guard us > 0, s.word(us) == "us", Grammar.enablingVerbs.contains(s.word(us - 1)) else { return nil }
        var k = us - 2
        while k >= 0, isInVerbGroup(k) { k -= 1 }
        let (mood, negated) = moodAndNegation(of: k + 1..<(us - 1))
        return (mood, negated, k + 1)
    }

    /// An auxiliary, a negation or an adverb: a word of a verb group before its verb.
    func isInVerbGroup(_ k: Int) -> Bool {
        Grammar.auxiliaries.contains(s.word(k)) || Grammar.negations.contains(s.word(k)) || Grammar.adverbs.contains(s.word(k))
    }

    /// The mood and negation the words of a verb group before its verb give ("may not", "will never").
    private func moodAndNegation(of words: Range<Int>) -> (mood: Predicate.Mood, negated: Bool) {
        var mood = Predicate.Mood.factual, negated = false
        for k in words {
            if isNegation(k) { negated = true }
            if Grammar.permissive.contains(s.word(k)) { mood = .permissive }
            else if Grammar.obligating.contains(s.word(k)), mood != .permissive { mood = .obligating }
            else if Grammar.hypothetical.contains(s.word(k)) { mood = .hypothetical }
        }
        return (mood, negated)
    }

    /// "reserves the right to", "is permitted to", "it is our policy (not) to", "are required to".
    private func governor(before to: Int) -> (mood: Predicate.Mood, negated: Bool, start: Int)? {
        for phrase in Grammar.permissionGovernors where s.has(phrase, at: to - phrase.count + 1) {
            var start = to - phrase.count + 1
            // Take in "we do reserve the", "ClickAndChat.com reserves the".
            var k = start - 1
            while k >= 0, k >= start - 4, !s.tokens[k].isPunctuation, !Grammar.companyPronouns.contains(s.word(k)) {
                // "we give marketers the right to send": the right is another's, and so is the act.
                if s[.action].contains(where: { $0.range.contains(k) }) || s[.recipient].contains(where: { $0.range.contains(k) && $0.keys != ["first_party"] }) {
                    return nil
                }
                k -= 1
            }
            start = max(0, k + 1)
            let negated = (start..<to).contains { Grammar.negations.contains(s.word($0)) }
            return (.permissive, negated, start)
        }
        if Grammar.intentionVerbs.contains(s.word(to - 1)),
           let start = (max(0, to - 6)..<(to - 1)).last(where: { Grammar.companyPronouns.contains(s.word($0)) }) {
            let negated = (start..<to).contains { Grammar.negations.contains(s.word($0)) }
            return (negated ? .obligating : .hypothetical, negated, start)
        }
        if let compelled = Compulsion.governing(to: to, s) {
            // "You are required to provide …": what the reader must give, the company collects (``ReaderProvision``).
            if Grammar.readerPronouns.contains(s.word(compelled.groupStart - 1)) { return (.obligating, false, compelled.groupStart) }
            return (compelled.negated ? .hypothetical : .permissive, false, compelled.groupStart)
        }
        // "we may need to share …", "we will have to disclose …": the need is the company's, the act its practice.
        if ["need", "needs", "have", "has"].contains(s.word(to - 1)) {
            var group = VerbGroup()
            let before = group.walk(from: to - 2, s)
            // ("the information we need to process your order": a relative clause on the data.)
            guard Grammar.companyPronouns.contains(s.word(before)), !embedded(pronoun: before) else { return nil }
            return (group.negated ? .hypothetical : group.mood == .factual ? .obligating : group.mood, false, before)
        }
        let negated = s.word(to - 1) == "not"
        let k = negated ? to - 2 : to - 1
        // "it is our policy not to", "we have a policy not to", "it is Acme's policy to": the policy must be the
        // company's, not another's; "it is not our practice to", "it is against our policy to" negate it as well.
        if Grammar.practiceGovernors.contains(s.word(k)), case let governing = max(0, k - 4, clauseStart(before: k))..<k, governing.contains(where: { i in
            ["our", "we", "i"].contains(s.word(i)) || (s.tokens[i].isCapitalized && isName(i))
        }) {
            return (.obligating, negated || governing.contains { isNegation($0) || ["against", "contrary"].contains(s.word($0)) }, max(0, k - 3))
        }
        return nil
    }

    /// A negation word, except in "not only … but also", which adds rather than denies.
    func isNegation(_ i: Int) -> Bool {
        Grammar.negations.contains(s.word(i)) && !(s.word(i) == "not" && s.word(i + 1) == "only")
    }

    private enum Tense { case present, past, nonFinite }

    /// The tense of an auxiliary chain: present when it holds a modal or a present form, past when its only finite
    /// word is "was", "were" or "had", non-finite when it holds none ("be", "been", "being").
    private func tense(of chain: Range<Int>) -> Tense {
        let finite = chain.map { s.word($0) }.filter { Grammar.auxiliaries.contains($0) && !["be", "been", "being"].contains($0) }
        if finite.isEmpty { return .nonFinite }
        // "from which identifying information has been removed": a state reached, like a report of the past, no promise.
        let perfect = chain.contains { s.word($0) == "been" } && finite.allSatisfy { ["has", "have"].contains($0) }
        return perfect || finite.allSatisfy { ["was", "were", "had"].contains($0) } ? .past : .present
    }

    /// "collected", "given", "sold": a past participle ("used to store and track" has none after "and").
    func isParticiple(_ i: Int) -> Bool {
        let w = s.word(i)
        return w.hasSuffix("ed") || w.hasSuffix("en") || Grammar.irregularParticiples.contains(w)
    }

    func isGerund(_ match: PhraseMatch) -> Bool {
        s.tokens[match.range.lowerBound].lower.hasSuffix("ing")
    }

    /// "We collect no personally identifiable information", "we use no cookies": "no" opening the verb's object denies
    /// the act on it ("no more than …", "no later than …" bound it instead).
    private func deniesItsObject(after verbEnd: Int) -> Bool {
        var k = verbEnd
        while Grammar.adverbs.contains(s.word(k)) { k += 1 }
        return s.word(k) == "no" && !["more", "less", "longer", "later", "earlier", "fewer"].contains(s.word(k + 1))
    }

    private func opensNegatively(before start: Int) -> Bool {
        Grammar.negativeOpeners.contains { phrase in (0..<max(1, start)).contains { s.has(phrase, at: $0) } }
    }
}
