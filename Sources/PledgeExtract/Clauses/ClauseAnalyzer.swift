import Pledge

/// Reads the promises of one sentence: for each predicate whose actor is the company,
/// the effect (from mood and negation), the actions, and the data, recipients, purposes,
/// identifiability, conditions and retention that its clause names.
///
/// Effects: a negation ("will not", "never", "under no circumstances", "none of … is")
/// is a deny; "may", "can", "reserves the right to" an allow; "will", "shall", "must" a
/// `require` when the action is a deletion (a duty that other processing can break) and
/// otherwise an allow, as is a plain statement of practice ("we use", "is collected").
struct ClauseAnalyzer {
    let taxonomy: Taxonomy
    /// The company's own names (from the policy's title), which a permission may name without limiting it.
    var companyNames: Set<String> = []
    /// The names the policy gives other parties (``NamedParties``), whose acts are their own.
    var otherParties = NamedParties([], company: [])

    /// - Parameter anaphor: what "such information" / "the information gathered" refers to here.
    func read(_ s: AnnotatedSentence, anaphor: Anaphor?) -> SentenceReading {
        let (stated, infinitives) = PredicateFinder(s: s).find()
        // "You provide us with your name": what the reader gives the company, the company collects.
        let (found, noPractice) = ReaderProvision.apply(to: DescribedCollection.apply(to: EnablingData.apply(to: stated, s), s), s)
        let sources = ReaderProvision.sourceClauses(s)
        let spans = ClauseSpans(s, predicates: found, taxonomy: taxonomy)
        // No practice: a verb in a condition, restating the scope ("when you visit … or use our app"), or a subjectless example.
        let predicates = found.filter { p in !spans.inCondition(p.verbs.lowerBound) && !spans.restatements.contains { $0.contains(p.verbs.lowerBound) }
            && (p.negated || !p.subject.isEmpty || !spans.inExample(p.verbs.lowerBound)) }
        var reading = SentenceReading()
        reading.gap = noPractice.first { !spans.inCondition($0.index) }?.reason
        let n = s.tokens.count
        // "Except for information you provide when you register, we do not …": what the exception names is not the clause's.
        var scopeStart = LeadingException.words(in: s)?.upperBound ?? 0
        var describing = Set<Int>()
        var clauses: [PermissionClause] = []
        var passiveSubject: Range<Int>? = nil
        // The words of a notice promised for the next practice ("we will give you notice before …"), read as its obligation.
        var noticeWords: Range<Int>? = nil
        var noticeFor: Range<Int>? = nil
        // Where the clause began that first named a passive's subject: "Excluding X, this information may be shared or
        // used for …" qualifies the data of both verbs, so the second permission's clause starts there too.
        var subjectClauses: [Int: Int] = [:]
        for (index, found) in predicates.enumerated() where !describing.contains(index)
            // "not … to identify, monitor or track you": a verb inside a purpose read in the policy's words is that purpose.
            && !reading.statements.contains(where: { $0.effect == .deny && $0.statedRanges.contains { $0.contains(found.verbs.lowerBound) } }) {
            // "We disclose it to no one": a recipient that is no one negates the act.
            var p = found
            if !p.negated, (p.verbs.upperBound..<min(n, p.verbs.upperBound + 8)).contains(where: { j in
                ["to", "with"].contains(s.word(j)) && Grammar.noOne.contains { s.has($0, at: j + 1) }
            }) { p.negated = true }
            let next = index + 1 < predicates.count ? predicates[index + 1] : nil
            let objectEnd = min(next.map { $0.subject.lowerBound > p.verbs.upperBound ? $0.subject.lowerBound : max(p.verbs.upperBound, $0.groupStart) } ?? n,
                                ClauseSpans.subordinateClauseEnd(of: p, s) ?? n)
            defer { scopeStart = objectEnd }
            // "We disclose it to no one except our staff for support": what follows a bare "except" or "other than" is
            // another promise, not the prohibition's scope; the prohibition ends before it (and is kept broader).
            let exception = p.negated ? exceptionStart(in: p.verbs.upperBound..<objectEnd, s) : nil
            let clauseEnd = exception ?? objectEnd
            let object = p.verbs.upperBound..<clauseEnd
            // A clause after ";" or "however" is a promise of its own: what precedes does not qualify it.
            let boundary = (scopeStart..<max(scopeStart, p.groupStart)).last { [";", "however"].contains(s.word($0)) }.map { $0 + 1 } ?? scopeStart
            let scope = boundary..<clauseEnd
            if p.mood == .hypothetical { continue }
            // "please keep your password secret and do not disclose it": what the reader is asked not to do is no ban of the
            // company's ("Please note that we do not share …" names the company again, and is); a permission is listed below.
            if p.negated, let please = (0..<p.verbs.lowerBound).last(where: { s.word($0) == "please" }),
               !(please..<p.verbs.lowerBound).contains(where: { Grammar.companyPronouns.contains(s.word($0)) || s.tokens[$0].isCapitalized && $0 > please }) { continue }
            // "We do not collect more data than we need": the promise is about the excess, which no rule can name; "… is
            // not revealed in this process": about a process named before, which is not read with it.
            let limit = ExcessLimit.phrase(in: p.verbs.upperBound..<clauseEnd, s).map { "a limit to what is needed (\(s.text($0)))" }
                ?? (p.negated ? PointedScope.phrase(in: p.verbs.upperBound..<clauseEnd, s).map { "a limit to a process named before (\(s.text($0)))" } : nil)
            if let limit {
                let problem = limit + " is not modelled"
                reading.note(problem)
                continue
            }
            // "… usage data which cannot be used to identify you": a negated relative clause on the
            // object that says the data identifies no one describes the data; it is no promise of its own.
            var identityScope = scope
            if let next, let q = IdentifiabilityReader.describingClause(next, after: p, s) {
                describing.insert(index + 1)
                identityScope = scope.lowerBound..<q.end
                if q.trailing, !p.negated {
                    let problem = "the clause describing the data (\(s.word(next.antecedent?.upperBound ?? next.groupStart)) …) is not understood"
                    reading.note(problem)
                    continue
                }
            }
            switch p.actor {
            case .reader: continue
            case .thirdParty:
                if p.isNormative { reading.gap = reading.gap ?? "the actor is a third party, not the company" }
                // "These providers receive pseudonymous identifiers": what a third party receives, we disclose.
                else if p.passive || p.actions.allSatisfy({ taxonomy[.action].covers("collect", $0) }), namesData(object, s) {
                    reading.gap = reading.gap ?? "a third party receives data: the disclosure to it is not modelled"
                }
                continue
            case .data:
                if p.isNormative { reading.gap = reading.gap ?? "the actor is not the company" }
                continue
            case .company:
                // "We and our partners collect …": the others' own collection is no permission of the company's.
                if !p.passive, let others = s[.recipient].first(where: { r in
                    p.subject.contains(r.range.lowerBound) && !r.keys.contains("first_party") && !r.keys.contains("data_subject")
                }) {
                    reading.loss = reading.loss ?? "what \(s.text(others.range)) do beside the company is not modelled; the rule is the company's own"
                }
            }
            // "…, and we will notify you before it is transferred": a notice promised for the practice just read.
            if !reading.statements.isEmpty, let notice = trailingNotice(p, from: scopeStart, s) {
                reading.statements[reading.statements.count - 1].obligations.append(s.text(notice))
                clauses[clauses.count - 1].obligations.append(notice)
                continue
            }
            // "we will provide notice before … is transferred": a duty attached to what follows.
            if let next, isNotice(p, s) {
                reading.notice = s.text(p.verbs.lowerBound..<next.verbs.upperBound)
                noticeWords = p.groupStart..<next.verbs.lowerBound
                continue
            }
            // "use your data to send you …", "We use cookies to collect your IP address": the practice the use is.
            let chain = UseChain.read(p, object: object, infinitives: infinitives, spans: spans, s, taxonomy: taxonomy)
            var actions = chain.actions
            let chained = chain.chained
            var means: Range<Int>? = nil
            var statement = Statement(effect: effect(p, actions), actions: actions, data: [], sentence: s.sentence)
            // "we may not immediately delete residual copies": a deletion that may not happen is a hedge, no ban on deleting.
            if p.negated, p.mood == .permissive, actions.allSatisfy({ taxonomy[.action].covers("delete", $0) }) {
                reading.gap = reading.gap ?? "a deletion that may not happen (\(s.text(p.verbs)) …) promises nothing"
                continue
            }
            // "It does NOT track personal information", "These ads do not use cookies": what a party the sentence only
            // points to does or does not do binds the company to nothing (a permission is checked with its words). A name
            // is kept the company's here (a policy often gives its company a name its title does not), unless the policy
            // names it as another party elsewhere ("tokens generated by Braintree").
            // "They have access to it, but may not use it …": with no verb before, the unwritten subject is the sentence's first word.
            let coordinated = !p.passive && p.subject.isEmpty && !Grammar.companyPronouns.contains(s.word(p.groupStart))
                && ["and", "or", ",", "but"].contains(s.word(p.groupStart - 1))
            let elided = !coordinated ? nil : index > 0 ? unknownActor(predicates[index - 1], s)
                : Grammar.otherPronouns.contains(s.word(0)) ? s.word(0) : nil
            if statement.effect != .allow, let other = unknownActor(p, s) ?? elided,
               other == "it" || Grammar.otherPronouns.contains(other.lowercased()) || otherParties.contains(other, in: s) {
                let problem = "the actor (\(other)) is not known to be the company"
                reading.note(problem)
                continue
            }
            noticeFor = nil
            if let notice = reading.notice {
                statement.obligations.append(notice)
                reading.notice = nil
                noticeFor = noticeWords
            }

            // "We may use a fulfillment company to ship your order": what is used is a party the company engages, and
            // the data after it belongs to that party's task; what the company hands it is not named.
            if !p.passive, p.actions == ["use"], let engaged = engagedParty(after: p.verbs.upperBound, s) {
                reading.gap = reading.gap ?? "the company engages a third party (\(s.text(engaged))); what it discloses to it is not named"
                continue
            }
            // "we might acquire other companies, which might include information about their customers": what is taken is a
            // party; the data named in a clause on it is that party's.
            if !p.passive, actions.allSatisfy({ taxonomy[.action].covers("collect", $0) }), let party = engagedParty(after: p.verbs.upperBound, s),
               [",", "which", "that", "who"].contains(s.word(party.upperBound)) || party.upperBound >= object.upperBound {
                reading.gap = reading.gap ?? "what is taken (\(s.text(party))) is a party, not data"
                continue
            }
            // Data: the subject of a passive, the antecedent of "which is logged", else the object.
            let objectData = dataPart(of: object, s, effect: statement.effect)
            var subject = p.passive ? headedSubject(coordinatedSubject(p.subject, from: scopeStart, s, spans), s, spans, effect: statement.effect) : p.subject
            // "… are not used for marketing and are not shared": a passive with no subject of its own has the one before.
            if p.passive {
                let named = subject.contains { !s.tokens[$0].isPunctuation && !Grammar.coordinators.contains(s.word($0)) && !Grammar.adverbs.contains(s.word($0)) }
                if named, subjectClauses[p.subject.lowerBound] == nil { subjectClauses[p.subject.lowerBound] = min(scope.lowerBound, subject.lowerBound) }
                if named { passiveSubject = subject } else if let shared = passiveSubject { subject = shared }
            }
            let unread = p.passive && p.antecedent == nil ? unreadMembers(of: subject, s) : []
            // "No personal data is provided to them for cookie use": a passive's data is its subject; data words after
            // the verb then qualify the act, unless the subject names no data.
            let subjectNamesData = s[.data].contains { subject.contains($0.range.lowerBound) && !spans.isQualifier($0.range.lowerBound) }
            if p.passive, p.antecedent == nil, !subjectNamesData, let problem = UsedParty.problem(subject: subject, actions: actions, s, taxonomy: taxonomy) {
                reading.note(problem)
                continue
            }
            let dataRange: [Range<Int>] = p.antecedent.map { [$0, objectData] } ?? (p.passive ? (subjectNamesData ? [subject] : [subject, objectData]) : [objectData])
            statement.data = data(in: dataRange, s, spans, verbs: p.verbs, effect: statement.effect, anaphor: anaphor?.keys(for: statement.effect),
                                  disclosure: actions.allSatisfy { taxonomy[.action].covers("disclose", $0) })
            // "We use cookies to collect your IP address": what is collected is the data of the collection (``CollectedData``).
            if let collection = chain.collection {
                switch collected(by: chain, collection, spans, effect: statement.effect, anaphor: anaphor?.keys(for: statement.effect), s) {
                case .unread: break
                case .purposeNotUnderstood:
                    reading.note("the purpose that limits this permission is not understood")
                    continue
                case .data(let collected):
                    actions = collection.actions
                    statement.actions = actions
                    // "We use cookies to collect information": information of no kind, collected by cookies, is what the
                    // cookies hold; all personal data would be wider.
                    let cookies = statement.data.filter { $0.hasPrefix("user.device.cookie") }
                    statement.data = collected == ["user"] && !cookies.isEmpty ? cookies : collected
                    means = p.verbs.upperBound..<collection.span.lowerBound
                }
            }
            // "sell your contacts or share them with advertisers": the pronoun takes the data of the verb before.
            if statement.data.isEmpty, refersBack(p.passive ? subject : object, s) {
                if let previous = reading.statements.last { statement.data = previous.data }
                // "Your messages are encrypted; we cannot read them": data named earlier in the sentence. Only a
                // prohibition or duty takes it, since either errs toward deny; a permission is not widened by a guess.
                else if statement.effect != .allow {
                    statement.data = data(in: [0..<p.groupStart], s, spans, verbs: p.verbs, effect: statement.effect, anaphor: nil)
                }
            }
            // "solicit data from, or market to, children": a preposition left open before the next verb shares its object.
            if statement.data.isEmpty, statement.effect != .allow, let next, let shared = sharedObject(after: object, next: next, s) {
                statement.data = data(in: [shared], s, spans, verbs: p.verbs, effect: statement.effect, anaphor: nil)
            }
            settleMessage(&statement, actions: &actions, p, follows: index > 0, clauseEnd: clauseEnd, s, spans)
            statement.actions = Processing.acts(byPost(statement.actions, data: statement.data), verbs: p.verbs, s, effect: statement.effect)
            // A plain statement of practice that speaks of data ("Payment records are kept …") is a promise too.
            let statesPractice = p.isNormative || (p.subject.lowerBound..<objectEnd).contains { Grammar.dataNouns.contains(s.word($0)) }
            // "We will not use your heart rate data for …": personal data the taxonomy cannot name. Dropping
            // the prohibition would lose it; keeping it for all personal data is stricter, and it is listed.
            if !statement.data.contains("user"), statement.effect == .deny, let unknown = unknownPersonalData(in: objectData, s) {
                statement.data = ["user"]
                reading.loss = reading.loss ?? "the data (\(unknown)) is not understood; the prohibition is kept for all personal data, which is stricter"
            }
            if statement.data.isEmpty {
                if statesPractice {
                    reading.gap = reading.gap ?? "no data object"
                    // A prohibition lost beside another promise of the sentence is listed, never dropped silently.
                    if p.negated { reading.loss = reading.loss ?? "a prohibition (\(s.text(p.groupStart..<p.verbs.upperBound)) …) names no data the reading understands" }
                }
                // "We use analytics providers to …": engaging a third party hands it data, which the text does not name.
                else if actions.contains("use"), let r = s[.recipient].last(where: { m in
                    object.contains(m.range.lowerBound) && !m.keys.contains("first_party") && !m.keys.contains("data_subject")
                }) {
                    reading.gap = reading.gap ?? "the company engages a third party (\(s.text(r.range))); what it discloses to it is not named"
                }
                // Data in words the taxonomy does not know is listed even when another clause of the sentence
                // gave a rule: "We do not sell your profile, but we may share usage records with partners".
                if objectData.contains(where: { j in Grammar.dataNouns.contains(s.word(j)) && !s[.data].contains { $0.range.contains(j) } }) {
                    reading.loss = reading.loss ?? "no data object"
                }
                continue
            }
            // "your profile, contacts and backups are removed": the rule holds for what is understood; the rest is listed. A
            // prohibition holds for all personal data: its kinds alone would forbid less than the text.
            if !unread.isEmpty, statement.effect == .deny { statement.data = ["user"] }
            reading.data = statement.data
            reading.broadData = statement.effect == .allow
                ? data(in: dataRange, s, spans, verbs: p.verbs, effect: .deny, anaphor: anaphor?.prohibiting) : statement.data
            if !unread.isEmpty { reading.loss = reading.loss ?? "the data (\(unread.joined(separator: ", "))) is not understood; " + (statement.effect == .deny ? "the prohibition is kept for all personal data, which is stricter" : "the rule names only the rest") }
            if actions.allSatisfy({ taxonomy[.action].covers("disclose", $0) }), CompanyAsRecipient.receives(p, object: object, s) {
                reading.note(CompanyAsRecipient.problem)
                continue
            }
            statement.recipients = recipients(in: object, s, spans, effect: statement.effect, messages: actions.allSatisfy(isContact))
            UnaffiliatedParties.apply(to: &statement, object: object, s, taxonomy: taxonomy)
            if statement.effect == .deny, CrossReferencedExceptions.forbidsOnlyOutsidePolicy(object, s) { statement.exceptAsDescribed = true }
            // "We may allow advertisers to collect …": the party let act receives what it takes.
            if let party = p.party {
                for k in keys(.recipient, in: party, s, where: { _ in true }) where !statement.recipients.contains(k) { statement.recipients.insert(k, at: 0) }
            }
            // "Ads may be provided by Google", "is used by them only to …": whoever acts after "by" is another party; its
            // act grants the company nothing, and what it may not do binds the company to nothing.
            if p.passive, let agent = otherAgent(of: p, s) {
                let problem = "the act is another party's (by \(agent))"
                reading.note(problem)
                continue
            }
            let collects = actions.contains(where: { taxonomy[.action].covers("collect", $0) })
            // "We use the information we get from our analytics provider …": data named by where it came from is narrower
            // than the data alone; a permission (or the exception an exclusive limit makes of it) would be wider.
            if collects || statement.effect == .allow,
               s[.recipient].contains(where: { r in
                   // "from anyone under 13": people an age qualifies are those the data is about, not a source; "from you",
                   // "from users", the person the data is about, is no other source either.
                   !(r.keys.contains("data_subject") && Grammar.readerPronouns.contains(s.word(r.range.lowerBound)))
                       && (object.contains(r.range.lowerBound) && s.word(r.range.lowerBound - 1) == "from" || s.word(r.range.lowerBound - 2) == "from")
                       && !spans.ages.contains { $0.qualifiesPerson && $0.range.lowerBound == r.range.upperBound }
                       && !(spans.leadingException?.contains(r.range.lowerBound) ?? false)
               }) || statement.effect == .allow && namedBySource(dataRange, s) {
                let problem = collects ? "the source of collected data is not modelled" : "the data is named by its source, which is not modelled"
                reading.gap = reading.gap ?? problem
                if !collects { reading.loss = reading.loss ?? problem }
                continue
            }
            // ("We never send card numbers by e-mail" names no one it is sent to: the ban reaches everyone.)
            if statement.recipients.isEmpty, actions.allSatisfy(isContact),
               statement.effect != .deny || s.tokens.contains(where: { Grammar.people.contains($0.lower) }) {
                statement.recipients = ["data_subject"]
            }
            // "you may be making public what you provide": the recipient stands in the verb itself ("allow us to": not the company;
            // "ask you for, access …": who is asked is the source of a collection).
            if statement.recipients.isEmpty, let inVerb = s[.recipient].first(where: { r in p.verbs.contains(r.range.lowerBound) && !r.keys.contains("first_party")
                && !s[.action].contains { $0.range.contains(r.range.lowerBound) && $0.keys.allSatisfy { taxonomy[.action].covers("collect", $0) } } }) {
                statement.recipients = inVerb.keys
            }
            // "third parties who share our values": a kind of third party the taxonomy cannot name; all of them would be wider.
            // "these companies": parties named before, which the reading does not resolve; all companies would be wider.
            if statement.effect == .allow, let restricted = s[.recipient].first(where: { m in
                object.contains(m.range.lowerBound) && (m.keys == ["third_party"] && Grammar.relativePronouns.contains(s.word(m.range.upperBound))
                    || [m.range.lowerBound - 1, m.range.lowerBound].contains { Grammar.pointingWords.contains(s.word($0)) }
                        // unless the sentence itself named them before ("acquired by another company, … with such company")
                        && !m.keys.contains("acquirer") && !s[.recipient].contains { named in named.range.upperBound <= m.range.lowerBound && named.keys == m.keys
                            && ![named.range.lowerBound - 1, named.range.lowerBound].contains { Grammar.pointingWords.contains(s.word($0)) }
                            // ("a third party website": a word of what is named, not a party)
                            && !Grammar.serviceNouns.contains(s.word(named.range.upperBound)) })
            }) {
                let problem = "the recipient (\(s.text(restricted.range)) \(s.word(restricted.range.upperBound)) …) is not understood"
                reading.note(problem)
                continue
            }
            // "share your phone number with our sponsors": an unknown recipient would leave the rule open to anyone.
            if statement.recipients.isEmpty, actions.allSatisfy({ taxonomy[.action].covers("disclose", $0) }),
               let unknown = unknownRecipient(in: object, s, spans) {
                let problem = "the recipient (\(unknown)) is not understood"
                guard statement.effect != .allow else {
                    reading.note(problem)
                    continue
                }
                reading.loss = reading.loss ?? problem + "; the prohibition is kept for every recipient, which is stricter"
            }
            let occasions = spans.conditions.filter { c in !c.lifts && scope.contains(c.range.lowerBound) }
            if statement.recipients.isEmpty, statement.effect == .allow, actions.allSatisfy({ taxonomy[.action].covers("disclose", $0) }) {
                statement.recipients = occasionRecipients(occasions, s)
            }
            // "is transferred via secure server software": a transmission to us, not a disclosure — unless the occasion
            // of a disclosure is named ("only in response to a subpoena"), or the verb gives to others ("we share it").
            if !p.isNormative, statement.recipients.isEmpty, statement.obligations.isEmpty, occasions.isEmpty,
               !s[.context].contains(where: { object.contains($0.range.lowerBound) }), !(s.word(p.verbs.lowerBound).hasPrefix("disclos") && !p.passive),
               actions.allSatisfy({ taxonomy[.action].covers("disclose", $0) && !taxonomy[.action].covers("share", $0) }) {
                continue
            }
            // Purposes are read where a purpose is stated ("for …", "to …", "regarding …"); what is
            // sent in a contact ("send you newsletters") is its purpose too.
            let contactOnly = actions.allSatisfy(isContact)
            // "are not stored, in order to keep them safe", "do not log it to mitigate our liability": after a negated
            // verb, a purpose opened as a reason, or one of keeping something safe or small, says why the company
            // refrains; it does not narrow the prohibition, which then holds for every purpose.
            let reasons = statement.effect == .deny ? spans.purposes.filter { scope.contains($0.lowerBound) && (ClauseSpans.isReason($0, s) || ClauseSpans.isRefrainingReason($0, s)) } : []
            if let reason = reasons.first {
                reading.loss = reading.loss ?? "the purpose (\(s.text(reason.prefix(4))) …) gives the reason for the prohibition, not its limit; it is kept for every purpose, which is stricter"
            }
            // A purpose word inside a data phrase ("social security number") names no purpose, nor does one named by
            // reference (``PurposeWords``), nor, in a prohibition, a clause on the people the data is about ("visitors who
            // sign up for our newsletter").
            let aboutPeople = statement.effect == .allow ? nil : clauseOnPeople(in: object, s)
            let isPurpose = { (i: Int) -> Bool in
                !s[.data].contains { $0.range.contains(i) } && !spans.inCondition(i) && !reasons.contains { $0.contains(i) } && !(aboutPeople?.contains(i) ?? false)
                    && !ProvidedService.names(at: i, s, taxonomy: self.taxonomy) && !ProvidedService.deliversPurpose(at: i, s, taxonomy: self.taxonomy)
                    && !sources.contains { $0.contains(i) } && !PurposeWords.namedByReference(i, s) && !s[.purpose].contains { $0.range.contains(i) && modifiesRecipient($0, s) }
                    // "Vindale Research's services": a word of the company's name names no purpose.
                    && !(s.tokens[i].isCapitalized && companyNames.contains(CompanyNames.name(s.word(i))))
                    && (spans.inPurpose(i) || spans.topics.contains { $0.contains(i) && (contactOnly || !PurposeWords.describesData($0, s)) } || (contactOnly && object.contains(i)))
            }
            statement.purposes = keys(.purpose, in: scope, s, where: isPurpose)
            statement.purposes = statement.effect == .allow ? PurposeKinds.narrowest(statement.purposes, in: scope, s, taxonomy: taxonomy, where: isPurpose) : PurposeKinds.everyOwner(statement.purposes, taxonomy: taxonomy)
            // "for marketing or other purposes": a prohibition of every purpose.
            if statement.effect == .deny, PurposeWords.anyOther(in: scope, s) { statement.purposes = [] }
            let led = statement.effect == .allow ? LeadingPurpose.span(for: p, scope: scope, spans, s) : nil
            if let led {
                let shared = PurposeKinds.narrowest(keys(.purpose, in: led, s, where: isPurpose), in: led, s, taxonomy: taxonomy, where: isPurpose)
                statement.purposes += shared.filter { !statement.purposes.contains($0) }
            }
            if statement.purposes.isEmpty, statement.effect == .allow { statement.purposes = ActAsPurpose.keys(of: p, s) }
            if statement.exceptAsDescribed, CrossReferencedExceptions.isAlternative(in: object, s) { statement.purposes = [] }
            if let own = chain.contactScope { statement.contactPurposes = statement.purposes.filter(keys(.purpose, in: own, s, where: isPurpose).contains) }
            if chain.contacting || contactOnly {
                statement.purposes = ProvidedService.noticed(statement.purposes, s)
                statement.contactPurposes = statement.contactPurposes.map { ProvidedService.noticed($0, s) }
            }
            // "use your information to contact you for market research": the use is the contact, and its purpose what the
            // contact is about; a use for a purpose no message serves (research) would allow any processing for it.
            if chain.contacting, statement.effect == .allow, statement.purposes.contains(where: { k in
                taxonomy[.purpose].contains(k) && !["marketing", "essential"].contains { taxonomy[.purpose].covers($0, k) }
            }) {
                statement.actions.removeAll { $0 == "use" }
                if statement.recipients.isEmpty { statement.recipients = ["data_subject"] }
            }
            // "We only use it for statistical analysis": a level named inside a purpose qualifies the purpose, not the
            // data; read as the data's, it would narrow a prohibition to aggregated data (a permission keeps it: narrower).
            let deny = statement.effect == .deny
            statement.identifiability = IdentifiabilityReader.levels(in: identityScope, s, verbGroup: p.groupStart..<p.verbs.upperBound,
                                                                     effect: statement.effect) { !spans.inCondition($0) && !(deny && spans.inPurpose($0)) }
            // "personal information, IP addresses and usage information": device or usage data listed in words of its own
            // beside personal data (not as its example) is forbidden in any form that could still single someone out, not
            // only when it identifies by name.
            if statement.effect != .allow, statement.data == ["user"], statement.identifiability == ["identified"],
               listsTraceableData(beside: dataRange, s) {
                statement.identifiability = ["identified", "pseudonymous"]
            }
            // "We may disclose this information": data pointed back to keeps the identifiability it was named with (``Anaphor``).
            if statement.effect == .allow, statement.identifiability.isEmpty, let levels = anaphor?.identifiability, !levels.isEmpty,
               s[.data].contains(where: { m in dataRange.contains { $0.contains(m.range.lowerBound) } && m.keys == ["user"] && isAnaphoric(m, s) }) {
                statement.identifiability = levels
            }
            let qualifying = qualifyingFacts(in: scope, s, spans, predicate: p, deny: deny)
            statement.when = qualifying.when
            if !PriorAct.settle(&statement, p, s, noticed: noticeFor != nil) {
                reading.note(PriorAct.problem)
                continue
            }
            statement.unless += qualifying.unless.map { Exception(when: [$0]) }
            // "Any information collected during giveaways …": which of the data the promise is about, in the policy's words.
            var qualifier: String? = nil
            // One inside an example ("such as the e-mail address provided during payments") qualifies the example only.
            if let q = dataRange.lazy.compactMap({ DataQualifier.clause(in: $0, s) }).first, !spans.inExample(q.lowerBound),
               let phrase = StatedPhrase.read(q, s, as: .context, taxonomy: taxonomy) {
                qualifier = phrase.name
                // ("Data submitted during registration": the occasion in its words is the qualifier's, no fact of its own.)
                statement.when.removeAll { f in s[.context].contains { q.contains($0.range.lowerBound) && $0.keys.contains(f) } }
                statement.when.append(phrase.name)
                statement.statedRanges.append(phrase.range)
                reading.stated.append(phrase)
            }
            // "send you service announcements": what is sent is the purpose; sent things not understood leave none.
            if contactOnly, statement.purposes.isEmpty, statement.effect != .require, let sent = unknownSentThing(in: object, s, spans) {
                let problem = "what is sent (\(sent)) is not understood, so the purpose of the contact is not known"
                reading.note(problem)
                continue
            }
            let unexplained = (spans.purposes + (contactOnly ? spans.topics : [])).filter { span in
                (object.contains(span.lowerBound) || span == led) && !reasons.contains(span) && !chained.contains(span.lowerBound) && span.count > 1
                    // Explained only by a purpose the rule can take: not one inside a data phrase ("site statistics").
                    && !s[.purpose].contains { span.contains($0.range.lowerBound) && isPurpose($0.range.lowerBound) }
                    // "not sold to unaffiliated companies": after a prohibition's verb, "to" before a party names whom.
                    && !(statement.effect == .deny && OtherPurposes.namesParty(span, s))
            }
            // "uses information to: Process and satisfy the request": an infinitive after the object that is no practice
            // chained to the verb (a contact, a collection) states what the practice is for; with no purpose word in it,
            // that purpose is not understood.
            let purposeVerbs = infinitives.filter { inf in
                object.contains(inf.index) && s.word(inf.index - 1) == "to" && !chained.contains(inf.index - 1)
                    && chain.collection?.verb != inf.index && !spans.purposes.contains { $0.contains(inf.index) }
            }
            // "to measure site traffic": a purpose the taxonomy has no key for limits a permission in the policy's own
            // words. Only where no purpose is understood: beside one, it may qualify it rather than add another. A
            // prohibition keeps it so too ("we do not use cookies to identify you"), binding where an operation claims
            // it, unless the purpose points back to others or is itself a practice (read below).
            let ownPurpose = statement.effect == .allow || statement.effect == .deny && !unexplained.contains { span in
                OtherPurposes.pointsBack(span, s) || s.opensPractice(span) || OtherPurposes.complementsAnotherVerb(span, after: p.verbs, s)
            }
            if ownPurpose, statement.purposes.isEmpty, purposeVerbs.isEmpty, !unexplained.isEmpty,
               !unexplained.contains(where: { StatedPhrase.restatesPractice($0, s, actions: actions, taxonomy: taxonomy) }) {
                let phrases = unexplained.compactMap { StatedPhrase.read($0, s, as: .purpose, taxonomy: taxonomy) }
                if phrases.count == unexplained.count {
                    for name in phrases.map(\.name) where !statement.purposes.contains(name) { statement.purposes.append(name) }
                    statement.statedRanges += phrases.map(\.range)
                    reading.stated += phrases
                }
            }
            // A purpose limits the rule; with none understood, a permission would wrongly cover every purpose. A
            // prohibition is kept for every purpose, which is stricter, and listed.
            if !unexplained.isEmpty || !purposeVerbs.isEmpty, statement.purposes.isEmpty, statement.effect == .allow {
                let problem = "the purpose that limits this permission is not understood"
                reading.note(problem)
                continue
            }
            // A permission joined to a practice whose purpose or condition may be its own too (``JoinedPracticeLimit``).
            if let problem = joinedPracticeLimit(of: p, previous: index > 0 ? predicates[index - 1] : nil, next: next, statement, spans, s) {
                reading.note(problem)
                continue
            }
            // "We do not use cookies to gather personal data": a purpose that is itself a practice makes the prohibition
            // one of the two together, which no rule can name; read without it the prohibition would be aimed at the
            // means ("use cookies") instead of the practice, so it is listed instead.
            if statement.effect == .deny, statement.purposes.isEmpty, unexplained.contains(where: s.opensPractice) {
                let problem = "the purpose that limits this prohibition is itself a practice (\(s.text(unexplained[0].prefix(4))) …), which is not modelled"
                reading.note(problem)
                continue
            }
            // "… and will not use it for any other purpose": the purposes stated before it are its exception.
            if statement.effect == .deny, statement.purposes.isEmpty, let other = unexplained.first(where: { OtherPurposes.pointsBack($0, s) }) {
                guard let stated = OtherPurposes.exception(for: statement, after: reading.statements) else {
                    let problem = "the prohibition is of purposes other than those stated (\(s.text(other.prefix(4))) …), which are not named with it"
                    reading.note(problem)
                    continue
                }
                statement.unless.append(stated)
            } else if let purpose = unexplained.first, statement.purposes.isEmpty, statement.effect == .deny {
                // "… will not be used for this purpose unless you register": a purpose named before, which is not read
                // here; kept for every purpose, the ban (and what lifts it) would reach every use.
                if purpose.contains(where: { (Grammar.pointingWords.contains(s.word($0)) || ["this", "that"].contains(s.word($0))) && Grammar.purposeNouns.contains(s.word($0 + 1)) }) {
                    let problem = "the purpose of this prohibition (\(s.text(purpose.prefix(4))) …) is one named before, which is not read with it"
                    reading.note(problem)
                    continue
                }
                reading.loss = reading.loss ?? "the purpose that limits this prohibition (\(s.text(purpose.prefix(4))) …) is not understood; it is kept for every purpose, which is stricter"
            }
            let conditions = conditions(of: p, scope: scope, clauseEnd: clauseEnd, firstGroup: predicates.first?.groupStart ?? 0, effect: statement.effect, spans, s)
            if statement.effect == .deny, let problem = UnreadAct.problem(p, s) {
                reading.loss = reading.loss ?? problem
                if UnreadAct.amongTransfers(statement.actions, taxonomy: taxonomy), !statement.actions.contains("disclose") { statement.actions.append("disclose") }
            }
            switch apply(conditions, to: &statement, s, stated: &reading.stated) {
            case .understood: break
            case .dropped(let problem):
                reading.note(problem)
                continue
            case .keptStricter(let problem):
                reading.loss = reading.loss ?? problem
            }
            statement.retention = RetentionReader.limit(of: p, object: object, s, effect: statement.effect, ages: spans.ages)
            let permission = statement.effect == .allow
            let exceptionsBefore = statement.unless.count
            ExclusiveLimit.apply(to: &statement, s, verbGroup: p.groupStart..<p.verbs.lowerBound, object: object,
                                 conditions: conditions, stated: reading.stated, purposeSpans: spans.purposes,
                                 recipientRanges: s[.recipient].filter { !$0.keys.contains("first_party") && !$0.keys.contains("data_subject") }.map(\.range),
                                 isQualifier: spans.isQualifier)
            // Made a prohibition, the data is read as a prohibition reads it: pointed back to ("This information is used only
            // for …"), or named with examples ("personal information (such as your name …) only when you provide it").
            if permission, statement.effect == .deny {
                let broad = data(in: dataRange, s, spans, verbs: p.verbs, effect: .deny, anaphor: anaphor?.prohibiting)
                if !broad.isEmpty { statement.data = broad }
            }
            // "only … in the following limited circumstances:": the limit is the cases listed after it, which are not read
            // here; what the sentence names beside them is no exception of its own (all third parties would be allowed).
            if permission, statement.effect == .deny, statement.unless.count > exceptionsBefore,
               s.word(s.tokens.count - 1) == ":" || (p.verbs.upperBound..<n).contains(where: { Grammar.listReferences.contains(s.word($0)) }) {
                statement.unless.removeSubrange(exceptionsBefore...)
                reading.loss = reading.loss ?? "the exclusive limit points to cases listed apart, which are not read with it; the prohibition is kept without them, which is stricter"
            }
            // "We only collect the information we need to process your order": what is needed, in the policy's words (``neededData``).
            if permission, statement.effect == .deny, statement.unless.count > exceptionsBefore {
                limitToNeeded(&statement, exceptionsFrom: exceptionsBefore, object: object, s, spans, &reading)
            }
            // Turned into a prohibition ("If you apply for a job, we use it only to …"), it keeps a condition in the
            // policy's own words only where a prohibition owns it; any other is dropped, which is stricter.
            let statedFacts = Set(reading.stated.filter { phrase in
                phrase.dimension == .context && phrase.name != qualifier
                    && !conditions.contains { $0.range.contains(phrase.range.lowerBound) && $0.isOwnedByProhibition(s) }
            }.map(\.name))
            if statement.effect == .deny, statement.when.contains(where: statedFacts.contains) {
                statement.when.removeAll(where: statedFacts.contains)
                reading.loss = reading.loss ?? "the condition is not understood; the prohibition is kept without it, which is stricter"
            }
            // Turned into a prohibition, it names no recipient that only acted, gave or carried the data ("the
            // information we get from Google Analytics is used only to …"): that would aim it at them.
            if permission, statement.effect == .deny, !statement.recipients.isEmpty {
                let received = recipients(in: object, s, spans, effect: .deny)
                statement.recipients.removeAll { !received.contains($0) }
            }
            if statement.effect == .allow, statement.retention == nil,
               let only = ExclusiveLimit.unread(in: p.groupStart..<object.upperBound, verbs: p.verbs, s, isCondition: spans.inCondition) {
                let problem = "the exclusive limit (\(s.word(only)) …) is not read; as a plain permission it would allow what the text rules out"
                reading.note(problem)
                continue
            }
            if let exception { readException(exception..<objectEnd, s, spans, predicate: p, into: &statement, &reading) }
            let clauseStart = min(identityScope.lowerBound, p.passive ? subjectClauses[p.subject.lowerBound] ?? n : n)
            clauses.append(PermissionClause(range: min(clauseStart, conditions.map(\.range.lowerBound).min() ?? n)..<identityScope.upperBound,
                                            predicate: p, obligations: noticeFor.map { [$0] } ?? [], means: means,
                                            limitExceptions: permission && statement.effect == .deny ? exceptionsBefore : nil))
            reading.statements.append(statement)
        }
        checkPermissionsAreRead(&reading, clauses, s, spans)
        // A question, a title, a sentence about the policy or a definition states no practice: no permission.
        if SentenceKind.of(s) != .practice {
            reading.statements.removeAll { $0.effect == .allow }
            if reading.statements.isEmpty { reading.gap = nil; reading.loss = nil }
        }
        // "If we change this policy, we will notify you": a duty tied to the change, unless the sentence already gave one.
        if !reading.statements.contains(where: { $0.when.contains("policy_change") }), let notice = PolicyChangeNotice.read(s) {
            if case .duty(let statement) = notice {
                reading.statements.append(statement)
                reading.gap = nil
            } else if reading.statements.isEmpty {
                reading.gap = reading.gap ?? notice.reason
            }
        }
        if reading.statements.isEmpty, reading.gap == nil, let notice = promisedNotice(s) {
            reading.gap = "a promised notice (\(notice) …) is not modelled"
        }
        if reading.statements.isEmpty, reading.data.isEmpty {
            reading.data = data(in: [0..<n], s, spans, verbs: 0..<0, effect: .allow, anaphor: anaphor?.permitting)
            // A sentence that states no practice names its data in passing: a prohibition that points back to it reads
            // all personal data — unless it named none but what it points back to ("This information is secured. We will
            // not share this information."), which the prohibition reads as the sentence before it was read.
            let pointsOnly = s[.data].allSatisfy { $0.keys == ["user"] && isAnaphoric($0, s) }
            reading.broadData = reading.data.isEmpty ? [] : pointsOnly ? anaphor?.prohibiting ?? ["user"] : ["user"]
        }
        reading.dataIdentifiability = IdentifiabilityReader.levels(in: 0..<n, s, verbGroup: 0..<0, effect: .allow) { _ in true }
        if let consent = s.qualifiedConsent, reading.statements.contains(where: { $0.effect != .allow }) {
            reading.loss = reading.loss ?? "the consent (\(s.text(consent))) is of a form not modelled; the prohibition is kept without it, which is stricter"
        }
        return reading
    }

    private func effect(_ p: Predicate, _ actions: [String]) -> Effect {
        if p.negated { return .deny }
        // "we will delete", and in a notice "logs are deleted after 30 days": a stated deletion is a duty.
        return p.mood != .permissive && actions.allSatisfy({ taxonomy[.action].covers("delete", $0) }) ? .require : .allow
    }

    func isContact(_ action: String) -> Bool { taxonomy[.action].covers("contact", action) }
}
