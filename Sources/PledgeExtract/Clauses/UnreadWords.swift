import Pledge

/// The guarantee that a permission is never wider than its text: every word of the clause
/// a permission is read from must be accounted for — by a role the reading understood (the
/// actor and verb group, data, recipients, purposes, conditions, facts, identifiability,
/// retention), by an example of what it names, or by a reviewed word that changes nothing
/// (`neutral` in `grammar.yaml`). A word left over may narrow what the text allows ("only",
/// "third parties who help us", "information about orders", "in connection with a sale"),
/// so its permission is not written; the sentence is listed, naming the words.
///
/// Prohibitions and duties are not checked: a word they do not read leaves them broader,
/// which errs toward deny.
enum UnreadWords {
    /// Where the words of `clause` are that no role of `statement` read, in order.
    static func positions(in clause: Range<Int>, _ s: AnnotatedSentence, predicate p: Predicate, spans: ClauseSpans,
                          statement: Statement, taxonomy: Taxonomy, companyNames: Set<String>, obligations: [Range<Int>] = [],
                          means: Range<Int>? = nil, membersRead: Bool = true) -> [Int] {
        func inAny(_ ranges: [Range<Int>], _ i: Int) -> Bool { ranges.contains { $0.contains(i) } }
        // The words that open a condition ("if", "provided that") are read with it; its other words are read one by
        // one like the rest ("if you consent to zorbling" is more than consent).
        let markers = Set(spans.conditions.flatMap { c in c.range.prefix(c.marker.split(separator: " ").count) })
        let facts = Set(statement.when + statement.alternatives + statement.unless.flatMap(\.when))
        // A purpose or a fact is read only where the rule carries it (or a kind of it): "to: Process and satisfy the
        // request, such as a product support issue" names support, but a permission for every purpose does not read it.
        let tree = taxonomy[.purpose]
        func carried(_ m: PhraseMatch, _ d: Dimension) -> Bool {
            // "analytics tools": what names the means of a collection says how, like the means itself.
            if let means, means.contains(m.range.lowerBound) { return true }
            switch d {
            // "when complying with legal process": a purpose phrase inside a condition names its occasion.
            case .purpose: return m.keys.contains { k in statement.purposes.contains { $0 == k || tree.covers(k, $0) || tree.covers($0, k) } }
                || (!facts.isEmpty && spans.inCondition(m.range.lowerBound))
                // "to deliver personalized experiences": the verb of the purpose it delivers.
                || ProvidedService.deliversPurpose(at: m.range.lowerBound, s, taxonomy: taxonomy)
                || PurposeKinds.reachedByMeans(m, s)
                || PurposeKinds.listHead(of: m, s[.purpose], s).map { carried($0, .purpose) } == true
            case .context: return m.keys.contains { facts.contains($0) } || spans.inCondition(m.range.lowerBound) || inAny(spans.restatements, m.range.lowerBound)
            // "to keep track of advertisements": a practice verb inside a purpose is a word of the purpose, read only
            // where the rule carries the act it names, or where it sends what the purpose is ("to send you our
            // newsletter"); otherwise the purpose is more than its purpose word, and is kept in its own words.
            // "the newsletters that you have requested": the reader's act in a clause on what is named limits it.
            case .action: return !readersAct(m.range.lowerBound) && (!spans.purposes.contains { $0.contains(m.range.lowerBound) }
                || m.keys.allSatisfy { taxonomy[.action].covers("contact", $0) }
                || m.keys.contains { k in statement.actions.contains { $0 == k || taxonomy[.action].covers($0, k) || taxonomy[.action].covers(k, $0) } })
            default: return true
            }
        }
        func readersAct(_ i: Int) -> Bool {
            guard !(p.groupStart..<p.verbs.upperBound).contains(i) else { return false }
            var k = i - 1
            while k >= 0, Grammar.auxiliaries.contains(s.word(k)) || Grammar.adverbs.contains(s.word(k)) { k -= 1 }
            return s.word(k) == "you" && (Grammar.relativePronouns.contains(s.word(k - 1)) || s[.purpose].contains { $0.range.upperBound == k })
        }
        let matched = Set(Dimension.allCases.flatMap { d in s[d].filter { carried($0, d) }.flatMap { Array($0.range) } })
        let compelled = facts.contains("legal_process") || facts.contains("subpoena")
        let anonymous = statement.identifiability.contains { $0 != "identified" }
        let cookies = !statement.data.isEmpty && statement.data.allSatisfy { taxonomy[.data].covers("user.device.cookie", $0) }
        let neutralPhrases = (Grammar.neutralPhrases + (cookies ? Grammar.devicePlaces : [])).flatMap { phrase in
            clause.filter { s.has(phrase, at: $0) }.map { $0..<($0 + phrase.count) }
        }
        // "in the following ways: to create your account": the words that point to the purposes listed, once they are read.
        let pointers: [Range<Int>] = statement.purposes.isEmpty ? [] : clause.filter { i in
            s.word(i) == "in" && Grammar.listReferences.contains(s.word(i + 1) == "the" ? s.word(i + 2) : s.word(i + 1))
                && ["ways", "manner", "manners"].contains(s.word(i + (s.word(i + 1) == "the" ? 3 : 2)))
        }.map { $0..<($0 + (s.word($0 + 1) == "the" ? 4 : 3)) }
        // "information gathered during your use of the site": a phrase that restates what the policy governs.
        let scopeRestatements = ClauseSpans.scopeRestatements(in: clause, of: s)
        // "information you voluntarily provide to us": the reader as the source of the data named before it.
        let sources = ReaderProvision.sourceClauses(s)
        let narrowing = statement.data == ["user"] ? wordsNarrowingGenericData(in: clause, s, predicate: p, spans: spans) : []
        let described = describedByExamples(s, spans: spans)
        let qualifiers = MemberQualifier.positions(in: s)
        let standards = FollowedStandard.objects(in: clause, s, spans: spans)
        let conditionsRead = Set(s[.context].filter { carried($0, .context) }.flatMap { Array($0.range) })
        func isRead(_ i: Int) -> Bool {
            let t = s.tokens[i]
            let w = t.lower
            if narrowing.contains(i) || qualifiers.contains(i) { return false }
            if inAny(standards, i) { return conditionsRead.contains(i) || FollowedStandard.isUnlimiting(w) }
            if t.isPunctuation || matched.contains(i) || isNeutral(w) || inAny(statement.statedRanges, i) { return true }
            // The company's name, as its title writes it ("the Acme website"), and the scheme of its web address
            // ("http://acme.com").
            if t.isCapitalized || CompanyNames.isDomain(t), companyNames.contains(CompanyNames.name(w)) { return true }
            if ["http", "https"].contains(w), s.word(i + 1) == ":", s.word(i + 2) == "/" { return true }
            // The actor and its verb group; a passive's subject is its data, whose words are read like an object's
            // ("Such information (but not your password) may be sold").
            if p.actor == .company, (p.subject.contains(i) && !p.passive) || (p.groupStart..<p.verbs.upperBound).contains(i) { return true }
            if p.actor == .company, AttentionLeadIn.range(before: p.subject.isEmpty ? p.groupStart : p.subject.lowerBound, in: s)?.contains(i) == true {
                return true
            }
            // "make your e-mail address available to …": the word that closes the verb phrase around its object.
            if w == SplitVerb.closer, p.verbs.contains(where: { SplitVerb.openers.contains(s.word($0)) }) { return true }
            if inAny(spans.examples, i) || inAny(spans.restatements, i) || inAny(obligations, i) || markers.contains(i) { return true }
            // "consistent with your privacy choices": all of it is the opt-out the rule carries.
            if facts.contains("opted_out"), spans.conditions.contains(where: { $0.boundByChoice && $0.range.contains(i) }) { return true }
            if inAny(neutralPhrases, i) || inAny(scopeRestatements, i) || inAny(described, i) || inAny(pointers, i) { return true }
            // "the information you choose to give us": the reader as source says which data; read as all personal data
            // it would be wider, so it counts only beside data the rule names by kind ("the e-mail address you give").
            if statement.data != ["user"], inAny(sources, i) { return true }
            if compelled, Grammar.lawWords.contains(w) { return true }
            // "We use analytics tools to collect …": the kind of means a collection goes through says how, not what.
            if let means, means.contains(i), Grammar.meansNouns.contains(w) { return true }
            // "when required to prevent fraud", "when we believe it necessary to protect our rights": words for the
            // occasion of a condition whose fact the rule names.
            // They are the condition's own only inside it, or before it ("in limited circumstances, including when …"):
            // "contact information necessary for the partner" after it is a limit of the data.
            if !facts.isEmpty, Grammar.compulsion.contains(w) || Grammar.circumstanceWords.contains(w),
               spans.conditions.contains(where: { $0.range.contains(i) || $0.range.lowerBound > i }) { return true }
            // "if you choose to enter one of our contests": the reader taking part in the event the rule's fact names.
            if facts.contains(where: Grammar.eventFacts.contains), spans.inCondition(i), Grammar.eventVerbs.contains(w) { return true }
            if statement.retention != nil, Int(w) != nil || Grammar.durationUnits[w] != nil || Grammar.numberWords[w] != nil
                || Grammar.retentionWords.contains(w) { return true }
            // "which cannot be used to identify you": words of the qualifier that says the data identifies no one, in
            // its own phrase — not a "not" elsewhere in the clause ("(but not your password) … in aggregate form").
            if anonymous, Grammar.identityWords.contains(w), s[.identifiability].contains(where: { m in
                let between = i < m.range.lowerBound ? i..<m.range.lowerBound : m.range.upperBound..<i
                return !between.contains { s.tokens[$0].isPunctuation }
            }) { return true }
            // "children under 13": an age read as whose data the rule is about.
            if statement.data.contains("user.childrens"), spans.inAge(i) { return true }
            // "identifiers such as your name": a head noun for data, whose kinds the rule names.
            if !statement.data.isEmpty, Grammar.dataNouns.contains(w) { return true }
            return false
        }
        // A member left out narrows a permission; it would narrow a prohibition too, where that is the wrong way. A
        // qualifier set off inside the list is no member: it limits one.
        let members = membersRead ? listMembers(in: clause, s, isRead: isRead).subtracting(qualifiers) : []
        return clause.filter { !isRead($0) && !members.contains($0) }
    }

    /// Words that describe rather than limit: a comparison opening the sentence ("Like most website operators, …"), and
    /// a description of the data's kind that examples then name ("information of the sort that browsers make available,
    /// such as the browser type …": the examples are the data the rule names).
    static func describedByExamples(_ s: AnnotatedSentence, spans: ClauseSpans) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        // "Like most websites, …", "As with many other sites, …".
        let comparison = s.word(0) == "like" ? 1 : s.word(0) == "as" && s.word(1) == "with" ? 2 : nil
        if let comparison, ["most", "many", "other", "all"].contains(s.word(comparison)),
           let comma = (comparison + 1..<min(s.tokens.count, 9)).first(where: { s.word($0) == "," }) {
            ranges.append(0..<comma + 1)
        }
        // "basic information such as your name", "certain technical data, including …": a word describing a generic data
        // word whose examples follow; the examples are the data the rule names.
        for m in s[.data] where m.keys == ["user"] && !m.isDefinedTerm && spans.examples.contains(where: { (m.range.upperBound...m.range.upperBound + 1).contains($0.lowerBound) }) {
            var k = m.range.lowerBound
            // Not whose data it is ("your child's information", "Boutique Owner information"): a possessive or a name.
            while k > 0, k > m.range.lowerBound - 2, !s.tokens[k - 1].isPunctuation, !Grammar.determiners.contains(s.word(k - 1)),
                  !s.tokens[k - 1].isCapitalized, !s.word(k - 1).hasSuffix("'s"), !s.word(k - 1).hasSuffix("’s"),
                  !Grammar.personNouns.contains(s.word(k - 1)),
                  !Dimension.allCases.contains(where: { d in s[d].contains { $0.range.contains(k - 1) } }) { k -= 1 }
            if k < m.range.lowerBound { ranges.append(k..<m.range.lowerBound) }
        }
        for k in s.tokens.indices where s.has(["of", "the"], at: k) && ["sort", "kind", "type"].contains(s.word(k + 2)) && s.word(k + 3) == "that" {
            guard let comma = (k + 4..<s.tokens.count).first(where: { s.tokens[$0].isPunctuation }), s.word(comma) == ",",
                  spans.examples.contains(where: { $0.lowerBound == comma + 1 || $0.lowerBound == comma + 2 }) else { continue }
            ranges.append(k..<comma)
        }
        return ranges
    }

    /// The words that say which data a generic data phrase ("information") means, which a permission over all personal
    /// data would widen: a word before it that is not neutral nor another role's ("tracking information", "browsing
    /// records"; an action word used so is no verb of the rule), and the reader's giving after it ("the information
    /// (that) you provide"). A word before a data phrase inside a purpose or a condition is theirs, not the rule's.
    static func wordsNarrowingGenericData(in clause: Range<Int>, _ s: AnnotatedSentence, predicate p: Predicate,
                                          spans: ClauseSpans) -> Set<Int> {
        var words = Set<Int>()
        for m in s[.data] where clause.contains(m.range.lowerBound) && m.keys == ["user"] && !m.isDefinedTerm {
            let j = m.range.lowerBound - 1
            // "certain information", "some types of information", "some statistical information": part of it, which
            // part unsaid (an identifiability between says how identifying, not which).
            var q = j
            while q >= 0, s[.identifiability].contains(where: { $0.range.contains(q) }) { q -= 1 }
            let kindOf = ["types", "type", "kinds", "kind", "categories", "pieces", "items"].contains(s.word(q - 1)) && s.word(q) == "of"
            let quantifier = kindOf ? q - 2 : q
            if Grammar.partialQuantifiers.contains(s.word(quantifier)), !spans.inPurpose(m.range.lowerBound), !spans.inCondition(m.range.lowerBound) {
                words.insert(quantifier)
            }
            // "We receive only information used for order fulfillment": only some data, which the words after say.
            var before = m.range.lowerBound - 1
            while before >= 0, Grammar.determiners.contains(s.word(before)) { before -= 1 }
            if before >= 0, Grammar.exclusive.contains(s.word(before)), !spans.inPurpose(m.range.lowerBound), !spans.inCondition(m.range.lowerBound) {
                words.insert(before)
            }
            if j >= 0, !s.tokens[j].isPunctuation, !spans.inPurpose(m.range.lowerBound), !spans.inCondition(m.range.lowerBound), !(p.groupStart..<p.verbs.upperBound).contains(j), !isNeutral(s.word(j)),
               !Grammar.determiners.contains(s.word(j)), !Grammar.identityWords.contains(s.word(j)),
               !Dimension.allCases.contains(where: { d in d != .action && s[d].contains { $0.range.contains(j) } }) {
                words.insert(j)
            }
            var k = m.range.upperBound
            // "information provided to us by a user", "data submitted by you": the data someone gives, named by a participle.
            if k < clause.upperBound, Grammar.givingVerbs.contains(s.word(k)), s.word(k + 1) == "by" || s.has(["to", "us"], at: k + 1) {
                words.insert(k)
                continue
            }
            if Grammar.relativePronouns.contains(s.word(k)) { k += 1 }
            guard Grammar.readerPronouns.contains(s.word(k)) else { continue }
            k += 1
            while Grammar.adverbs.contains(s.word(k)) || Grammar.auxiliaries.contains(s.word(k)) || Grammar.permissive.contains(s.word(k)) { k += 1 }
            if k < clause.upperBound, Grammar.givingVerbs.contains(s.word(k)) { words.insert(k) }
        }
        return words
    }

    /// "to sponsors and advertisers", "businesses or persons", "to improve our website, make it faster and …": words
    /// that stand as one more member of a list whose other members the rule names (data, recipients, purposes). Left
    /// out, they narrow the permission; they never widen it. A member is a run of words between list marks,
    /// prepositions and named phrases, next to a list mark whose other side is a named phrase or another member.
    /// A pronoun for the company or the reader ("To zorble, we collect …") is no member of a list.
    static func listMembers(in clause: Range<Int>, _ s: AnnotatedSentence, isRead: (Int) -> Bool) -> Set<Int> {
        let named = Set([Dimension.data, .recipient, .purpose, .identifiability].flatMap { d in s[d].flatMap { Array($0.range) } })
        let actors = Set(clause.filter { Grammar.companyPronouns.contains(s.word($0)) || Grammar.readerPronouns.contains(s.word($0)) })
        func isListMark(_ j: Int) -> Bool { [",", "and", "or", "and/or"].contains(s.word(j)) }
        func isBoundary(_ j: Int) -> Bool {
            j < clause.lowerBound || j >= clause.upperBound || s.tokens[j].isPunctuation || isListMark(j) || Grammar.prepositions.contains(s.word(j))
        }
        var members = Set<Int>()
        func isMember(_ j: Int) -> Bool { named.contains(j) && !actors.contains(j) || members.contains(j) }
        var i = clause.lowerBound
        while i < clause.upperBound {
            guard !isRead(i), !named.contains(i) else { i += 1; continue }
            var start = i, end = i + 1
            while !isBoundary(start - 1), !named.contains(start - 1) { start -= 1 }
            while !isBoundary(end), !named.contains(end) { end += 1 }
            let afterMember = isListMark(start - 1) && isMember(start - 2) && isBoundary(end)
            let beforeMember = isListMark(end) && named.contains(end + 1) && !actors.contains(end + 1) && isBoundary(start - 1)
            if afterMember || beforeMember { members.formUnion(start..<end) }
            i = end
        }
        return members
    }

    static func isNeutral(_ w: String) -> Bool {
        Grammar.neutral.contains(w) || Grammar.companyPronouns.contains(w) || Grammar.auxiliaries.contains(w)
            || Grammar.coordinators.contains(w) || Grammar.serviceNouns.contains(w) || Grammar.readerPronouns.contains(w)
            // An exclusive word limits what it marks; that is read into the rule, or it is itself a word not read.
            || Grammar.exclusive.contains(w)
    }
}

/// The words a permission was read from: its clause, its predicate, and the words of a notice promised for it.
struct PermissionClause {
    var range: Range<Int>
    var predicate: Predicate
    var obligations: [Range<Int>] = []
    /// "We use cookies to collect …": the means of a collection, before the infinitive that names it.
    var means: Range<Int>? = nil
    /// A permission an exclusive limit made a prohibition: where the exceptions the limit carved out start.
    var limitExceptions: Int? = nil
}

extension ClauseAnalyzer {
    /// Drops each permission with a word its clause does not read (``UnreadWords``), and lists the sentence. A
    /// permission's clause runs on over what follows it up to the next promise or ";": words after its object that
    /// no later promise reads ("… and provide you with ads in connection with the program") may limit it too.
    /// A duty to delete with no period or occasion is held to the same: "we will delete your data at the time set
    /// out below", its time not read, would be a duty to delete at once, which forbids keeping or using the data.
    func checkPermissionsAreRead(_ reading: inout SentenceReading, _ clauses: [PermissionClause],
                                 _ s: AnnotatedSentence, _ spans: ClauseSpans) {
        var kept: [Statement] = []
        for (k, statement) in reading.statements.enumerated() {
            let deletesAtOnce = statement.effect == .require && statement.retention == nil && statement.when.isEmpty
                && statement.alternatives.isEmpty && statement.actions.allSatisfy { taxonomy[.action].covers("delete", $0) }
            let clause = clauses[k].range
            let nextPromise = clauses.map(\.range.lowerBound).filter { $0 > clause.lowerBound }.min() ?? s.tokens.count
            let semicolon = (clause.upperBound..<s.tokens.count).first { s.word($0) == ";" } ?? s.tokens.count
            // "…, but may or may not provide other details": a clause that promises nothing either way limits nothing.
            let eitherWay = (clause.upperBound..<s.tokens.count).first(where: s.opensEitherWay) ?? s.tokens.count
            let end = max(clause.upperBound, min(nextPromise, semicolon, eitherWay))
            // "not provided … for marketing or commercial purposes": a member of a prohibition's list of purposes that no
            // key reads names one more purpose; held to the keys read, the ban would be narrower than the text, so it is
            // kept for every purpose.
            if statement.effect == .deny, !statement.purposes.isEmpty {
                let verbs = clauses[k].predicate.verbs
                let next = clauses.map(\.predicate.verbs.lowerBound).filter { $0 > verbs.lowerBound }.min() ?? s.tokens.count
                let phrases = spans.purposes.filter { span in
                    (verbs.upperBound..<next).contains(span.lowerBound) && s[.purpose].contains { span.contains($0.range.lowerBound) }
                }
                let joins = { (j: Int) in ["or", "and", "and/or"].contains(s.word(j)) }
                let unread = phrases.flatMap { span in
                    let positions = { (membersRead: Bool) in
                        UnreadWords.positions(in: span, s, predicate: clauses[k].predicate, spans: spans, statement: statement, taxonomy: taxonomy,
                                              companyNames: companyNames, membersRead: membersRead)
                    }
                    let members = Set(positions(false)).subtracting(positions(true))
                    // A member joined by "or" or "and" ("marketing or commercial"), not a clause after a comma.
                    return members.filter { i in
                        var a = i, b = i + 1
                        while members.contains(a - 1) { a -= 1 }
                        while members.contains(b) { b += 1 }
                        return joins(a - 1) || joins(b)
                    }.sorted()
                }
                // "for marketing or for member directories", "to market to you or to compete with you": a member opened by
                // its own "for" or "to" in which no purpose is read.
                let opened = phrases.lazy.compactMap { span in
                    span.first { j in
                        guard joins(j), ["for", "to"].contains(s.word(j + 1)) else { return false }
                        let end = (j + 2..<span.upperBound).first { joins($0) || s.word($0) == "," } ?? span.upperBound
                        return !s[.purpose].contains { (j + 2..<end).contains($0.range.lowerBound) }
                    }.map { $0 + 2 }
                }.first
                if let first = unread.first ?? opened {
                    var broader = statement
                    broader.purposes = []
                    kept.append(broader)
                    reading.loss = reading.loss ?? "the purposes of this prohibition list one not understood (\(s.word(first)) …); it is kept for every purpose, which is stricter"
                    continue
                }
            }
            // "used only to send you the newsletters that you have requested": the limit's exception is a permission, held
            // to the words of its clause; with one not read it would lift more than the text, and the ban is kept whole.
            if let first = clauses[k].limitExceptions, statement.unless.count > first {
                var carved = statement
                carved.effect = .allow
                carved.purposes += statement.unless[first...].flatMap { $0.scope.purpose ?? [] }
                carved.recipients += statement.unless[first...].flatMap { $0.scope.recipient ?? [] }
                carved.when += statement.unless[first...].flatMap(\.when)
                carved.unless = Array(statement.unless[..<first])
                // Words before the clause ("Other than to its employees, as described above, …") are another exception's.
                let start = max(clause.lowerBound, (LeadingException.find(in: s)?.range ?? LeadingException.words(in: s))?.upperBound ?? 0)
                // Up to a clause joined after it ("… for statistical purposes and then the data is removed").
                let limitEnd = (clause.upperBound..<end).first { [",", ";", "and", "or", "but"].contains(s.word($0)) } ?? end
                // "only pursuant to a court order": the words that lead the limit to its fact; ", in order to …": a reason
                // given, which limits nothing.
                let reasons = spans.purposes.filter { ClauseSpans.isReason($0, s) } + s.tokens.indices.filter { i in
                    s.word(i) == "," && Grammar.reasonMarkers.contains { s.has($0, at: i + 1) }
                }.map { $0..<s.tokens.count }
                let unread = UnreadWords.positions(in: start..<max(start, limitEnd), s, predicate: clauses[k].predicate, spans: spans, statement: carved,
                                                   taxonomy: taxonomy, companyNames: companyNames, obligations: clauses[k].obligations, means: clauses[k].means)
                    .filter { i in !ExclusiveLimit.factLeads.contains(s.word(i)) && !reasons.contains { $0.contains(i) } }
                // "We use cookies only to remember your cart": a limit whose words not read all lie in its purposes keeps
                // them in the policy's own words as its exception's, which lifts the ban only for operations that claim them.
                if !unread.isEmpty, statement.unless.count == first + 1,
                   let restated = StatedPurposes.restate(carved, unread: unread, clause: start..<max(start, limitEnd), s, spans: spans, taxonomy: taxonomy) {
                    var limited = statement
                    limited.unless[first].scope.purpose = restated.statement.purposes
                    limited.statedRanges += restated.statement.statedRanges
                    kept.append(limited)
                    reading.stated += restated.phrases
                    continue
                }
                if let i = unread.first {
                    var whole = statement
                    whole.unless.removeSubrange(first...)
                    // "only in limited circumstances where sharing is 1) permitted by you 2) necessary to offer the
                    // service …": a purpose inside the limit is its exception's; kept on the ban, it would leave every
                    // other sharing free. The limit opens at "only" after the verb; with "only" before it ("will only
                    // send offers if you agree"), at the condition after the verb, or right after the verb.
                    let verbEnd = clauses[k].predicate.verbs.upperBound
                    let only = (start..<end).first { Grammar.exclusive.contains(s.word($0)) && $0 >= verbEnd }
                    let opening = only ?? spans.conditions.first { (verbEnd..<end).contains($0.range.lowerBound) }?.range.lowerBound ?? verbEnd
                    let limit = opening..<max(opening, end)
                    let inLimit = Set(s[.purpose].filter { limit.contains($0.range.lowerBound) }.flatMap(\.keys)
                        + reading.stated.filter { $0.dimension == .purpose && limit.contains($0.range.lowerBound) }.map(\.name))
                    whole.purposes.removeAll(where: inLimit.contains)
                    kept.append(whole)
                    reading.loss = reading.loss ?? "words of the exclusive limit are not read (\(s.word(i)) …); the prohibition is kept without its exception, which is stricter"
                    continue
                }
            }
            guard statement.effect == .allow || deletesAtOnce else { kept.append(statement); continue }
            // A duty's condition not understood is already kept without it (stricter, listed): only its other words count.
            let pieces = deletesAtOnce ? (clause.lowerBound..<end).split { spans.inCondition($0) }.map { $0.first!..<($0.last! + 1) }
                : [clause.lowerBound..<end]
            func unreadPositions(_ statement: Statement) -> [Int] {
                pieces.flatMap { piece in
                    UnreadWords.positions(in: piece, s, predicate: clauses[k].predicate, spans: spans, statement: statement, taxonomy: taxonomy,
                                          companyNames: companyNames, obligations: clauses[k].obligations, means: clauses[k].means)
                }
            }
            var statement = statement
            var positions = unreadPositions(statement)
            // "for the delivery of your catalog": a permission whose words not read all lie in its purposes keeps each
            // such purpose in the policy's own words instead of the keys read inside it.
            if statement.effect == .allow, !positions.isEmpty,
               let restated = StatedPurposes.restate(statement, unread: positions, clause: clause.lowerBound..<end, s, spans: spans, taxonomy: taxonomy) {
                let remaining = unreadPositions(restated.statement)
                if remaining.isEmpty {
                    statement = restated.statement
                    reading.stated += restated.phrases
                    positions = remaining
                }
            }
            var unread: [String] = []
            for i in positions where !unread.contains(s.word(i)) { unread.append(s.word(i)) }
            // "All such information shall be confidentially maintained": a safeguard, not a grant to keep it.
            let safeguard = statement.actions.allSatisfy { taxonomy[.action].covers("retain", $0) }
                && (clause.lowerBound..<end).contains { Grammar.safeguardWords.contains(s.word($0)) }
            // "please feel free to contact us": the reader is asked to act; "us" is whom the reader reaches ("please note
            // that we may …" asks the reader only to read what the company does).
            let p = clauses[k].predicate
            let asked = (max(0, p.groupStart - 4)..<p.verbs.lowerBound).contains { i in
                Grammar.requestMarkers.contains(s.word(i)) && !(i..<p.verbs.lowerBound).contains { s.word($0) == "that" }
            }
                || s.word(p.verbs.upperBound) == "us" && statement.actions.allSatisfy { taxonomy[.action].covers("contact", $0) }
            let listFollows = s.word(s.tokens.count - 1) == ":" && (!statement.statedRanges.isEmpty || pointsToPurposes(in: clause.lowerBound..<end, s))
            // "we use it for statistics and then the data is removed": a deletion after another practice, at a time the
            // text does not give; read at once, the duty would forbid the practice the sentence allows.
            let afterwards = deletesAtOnce ? (max(0, clause.lowerBound - 2)..<end).first { Grammar.sequenceWords.contains(s.word($0)) } : nil
            let doubts: [String?] = [
                asked ? "the reader is asked to act (\(s.word(p.verbs.lowerBound)) …): no practice of the company is stated" : nil,
                safeguard ? "keeping data confidential or secure is a safeguard, not a permission to keep it" : nil,
                // "These features may collect …, and may set a cookie": a verb with no subject of its own has the one before.
                // ("They may send their own cookies and may collect …": with no permission before, the sentence's first word.)
                (unknownActor(p, s) ?? (p.subject.isEmpty && k > 0 ? unknownActor(clauses[k - 1].predicate, s) : nil)
                    ?? (p.subject.isEmpty && k == 0 && ["and", "or", ","].contains(s.word(p.groupStart - 1))
                        && Grammar.otherPronouns.contains(s.word(0)) ? s.word(0) : nil))
                    .map { "the actor (\($0)) is not known to be the company" },
                // "This aggregate information is analyzed … and may be collected": a passive with no subject of its own
                // has the data of the one before it.
                unresolvedReference(in: (p.passive && p.subject.isEmpty ? 0 : clause.lowerBound)..<end, s, statement)
                    .map { "the data (\($0) …) refers to data the sentence does not name" },
                purposesToFollow(in: clause.lowerBound..<end, s).map { "the purposes of this practice follow (\($0) …) and are not read with it; alone, the permission would be wider than the text" },
                listFollows ? "what this practice covers is listed after it (…:) and is not read with it; alone, the permission would be wider than the text" : nil,
                // "we may employ clear gifs which are used to track usage": a clause on what it acts on gives the purpose.
                describedUse(of: k, statement, clauses, reading.statements)
                    ? "the clause on what this practice acts on limits its purpose or identifiability; alone, the permission would be wider than the text" : nil,
            ]
            // "may be disclosed to specific members of our staff and to select third parties": parties read as the words
            // of a purpose leave the disclosure open to anyone.
            let partyAsPurpose = statement.recipients.isEmpty && statement.actions.allSatisfy({ taxonomy[.action].covers("disclose", $0) })
                ? s[.recipient].first { r in
                    spans.inPurpose(r.range.lowerBound) && statement.statedRanges.contains { $0.contains(r.range.lowerBound) }
                        && !r.keys.contains("first_party") && !r.keys.contains("data_subject")
                        // the party received it ("to select third parties"), not whose interest it is ("the safety of the public",
                        // "harm to others": "to" after a noun, not after the verb or a list's joint)
                        && (max(0, r.range.lowerBound - 3)..<r.range.lowerBound).contains { t in
                            ["to", "with"].contains(s.word(t)) && (Grammar.coordinators.contains(s.word(t - 1)) || s.word(t - 1) == ","
                                || s[.action].contains { $0.range.contains(t - 1) } || s.word(t - 1).hasSuffix("ed"))
                        }
                } : nil
            let doubt = doubts.compactMap { $0 }.first
                ?? partyAsPurpose.map { "the recipient (\(s.text($0.range)) …) stands where a purpose would and is not read" }
            // A duty to delete loses only what may state its time ("at the date set out below", "thereafter").
            if deletesAtOnce ? !unread.contains(where: Grammar.timeWords.contains) && afterwards == nil : unread.isEmpty && doubt == nil {
                kept.append(statement)
                continue
            }
            let problem = deletesAtOnce
                ? afterwards.map { "the deletion follows another practice (\(s.word($0)) …), at a time not read; at once, the duty would forbid that practice too" }
                    ?? "words not read in this duty to delete (\(unread.filter(Grammar.timeWords.contains).joined(separator: ", "))): without the time they may state, it would forbid keeping the data at all"
                : doubt ?? "words not read in this permission (\(unread.joined(separator: ", "))): it could allow more than the text"
            reading.note(problem)
        }
        reading.statements = kept
    }

    /// "We may employ clear gifs, which are used to anonymously track usage patterns": a permission whose object another
    /// permission of the sentence describes in a clause on it, with a purpose or an identifiability the first lacks.
    /// The clause says what the first is for and how; alone, the first would allow every purpose, or identified data.
    private func describedUse(of k: Int, _ statement: Statement, _ clauses: [PermissionClause], _ statements: [Statement]) -> Bool {
        statements.indices.contains { j in
            let other = statements[j]
            guard j != k, j < clauses.count, other.actions == statement.actions,
                  clauses[j].predicate.antecedent.map({ clauses[k].range.contains($0.lowerBound) }) == true,
                  statement.purposes.isEmpty || statement.purposes == other.purposes,
                  statement.identifiability.isEmpty || statement.identifiability == other.identifiability else { return false }
            return statement.purposes.isEmpty && !other.purposes.isEmpty || statement.identifiability.isEmpty && !other.identifiability.isEmpty
        }
    }

    /// "It may collect …", "AdNet may use cookies …", "Most sites use cookies": a permission is the company's only when
    /// its actor is known to be the company — "we", "our …", a name from the policy's title, its own service ("the app")
    /// or the subject of the verb before it — not a pronoun or a noun that may be another's.
    func unknownActor(_ p: Predicate, _ s: AnnotatedSentence) -> String? {
        guard !p.passive else { return nil }
        // The subject's head, before a relative clause on it ("websites that link to our services").
        let subjectHead = s.beforeRelativeClause(p.subject)
        let actor = [p.groupStart] + Array(subjectHead)
        if actor.contains(where: { ["we", "our", "us", "i", "my", "me"].contains(s.word($0)) }) { return nil }
        // "Cookies allow us to collect …", "It is our policy not to …": the company acts, let by its means or by its policy.
        if (p.groupStart..<p.verbs.lowerBound).contains(where: { ["we", "our", "us"].contains(s.word($0)) }) { return nil }
        // "It is Acme's policy not to …": a policy the verb group's governor found to be the company's.
        if (p.groupStart..<p.verbs.lowerBound).contains(where: { Grammar.practiceGovernors.contains(s.word($0)) }) { return nil }
        if s.word(p.groupStart) == "it" { return "it" }
        // "They use cookies": a pronoun for others is never the company, capitalized or not; nor inverted ("nor do they sell").
        if let other = (Array(p.groupStart..<p.verbs.lowerBound) + Array(p.subject)).first(where: { Grammar.otherPronouns.contains(s.word($0)) }) { return s.word(other) }
        var words = subjectHead.filter { j in
            !s.tokens[j].isPunctuation && !Grammar.determiners.contains(s.word(j)) && !Grammar.adverbs.contains(s.word(j))
                && !Grammar.auxiliaries.contains(s.word(j)) && !Grammar.negations.contains(s.word(j))
        }
        // "AdNet collects …": a name right before a plain verb opens the verb group, and is its subject.
        let g = p.groupStart
        if words.isEmpty, g < p.verbs.lowerBound, s.tokens[g].isCapitalized || CompanyNames.isDomain(s.tokens[g]),
           !Grammar.auxiliaries.contains(s.word(g)), !Grammar.negations.contains(s.word(g)), !Grammar.companyPronouns.contains(s.word(g)),
           !Grammar.readerPronouns.contains(s.word(g)), !Grammar.determiners.contains(s.word(g)), !Grammar.dataNouns.contains(s.word(g)),
           s.word(g).first?.isLetter == true {
            words = [g]
        }
        guard let head = words.last else { return nil }   // the subject of the verb before ("…, and stores …")
        func isName(_ j: Int) -> Bool {
            j >= 0 && (s.tokens[j].isCapitalized || CompanyNames.isDomain(s.tokens[j])) && !(j == 0 && Grammar.serviceNouns.contains(s.word(j)))
                && (companyNames.isEmpty ? j > 0 || words.count == 1 : companyNames.contains(CompanyNames.name(s.word(j))))
        }
        if words.contains(where: isName) { return nil }
        // "the app", "this website": the service the policy is about.
        if Grammar.serviceNouns.contains(s.word(head)), ["the", "this"].contains(s.word(head - 1)) || isName(head - 1) { return nil }
        return s.text(head..<(head + 1))
    }

    /// "We use information to:", "… for:": a purpose opener with nothing after it but the colon that introduces a
    /// list — the purposes are stated apart, and none limits the permission as read.
    func purposesToFollow(in clause: Range<Int>, _ s: AnnotatedSentence) -> String? {
        guard let opener = clause.last(where: { ["to", "for"].contains(s.word($0)) }) else { return nil }
        let rest = (opener + 1..<s.tokens.count).map { s.word($0) }
        return rest.allSatisfy({ [":", ".", "-"].contains($0) }) ? s.word(opener) : nil
    }

    /// "for the following general purposes": words that point to purposes listed apart.
    func pointsToPurposes(in clause: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        clause.contains { i in
            Grammar.listReferences.contains(s.word(i)) && (i + 1...i + 3).contains { Grammar.purposeNouns.contains(s.word($0)) }
        }
    }

    /// "We may share these kinds of information", "such data", "the following kinds of personal data:": a general data
    /// phrase that points to data named elsewhere, which the reading could not resolve; as all personal data the
    /// permission would be wider.
    func unresolvedReference(in clause: Range<Int>, _ s: AnnotatedSentence, _ statement: Statement) -> String? {
        // "This cookie is used to serve ads": one cookie named before, perhaps another party's, is not every cookie.
        if let cookie = s[.data].first(where: { m in
            clause.contains(m.range.lowerBound) && m.range.count == 1 && s.word(m.range.lowerBound) == "cookie"
                && ["this", "that"].contains(s.word(m.range.lowerBound - 1))
        }) { return s.text(cookie.range.lowerBound - 1..<cookie.range.upperBound) }
        guard statement.data == ["user"] else { return nil }
        for m in s[.data] where clause.contains(m.range.lowerBound) && m.keys == ["user"] && !m.isDefinedTerm {
            // The pointing word stands before the phrase, or opens it ("such information" may be one phrase).
            let before = (max(clause.lowerBound, m.range.lowerBound - 3)..<(m.range.lowerBound + 1))
            // "the following kinds of data:" points ahead only where its list is still to come (not joined to an item).
            // "The following types of personal information may be collected, stored, and used:" points ahead too, and so
            // does a sentence with no list of its own ("We may collect the following types of information from our
            // users."): its list comes after it.
            let pointsAhead = [":", ""].contains(s.word(m.range.upperBound)) || s.word(s.tokens.count - 1) == ":"
                || !s.tokens.contains { $0.lower == ":" }
            if let j = before.first(where: { ["these", "those", "such", "this", "that"].contains(s.word($0)) || (s.word($0) == "following" && pointsAhead) }) {
                return s.text(j..<m.range.upperBound)
            }
        }
        return nil
    }
}
