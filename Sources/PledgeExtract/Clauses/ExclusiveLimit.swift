import Pledge

/// "only with your consent", "only if", "solely for billing", "strictly for the purpose of
/// providing services", "we only use … to …": a limit stated as exclusive is a prohibition of
/// everything outside it, with the limit as its exception. "We will share your data with third
/// parties only with your consent" forbids sharing without consent; by the decision semantics the
/// exception also permits sharing when consent holds. "We use your data only to provide the
/// service" forbids every other purpose; "we only share it with our service providers" forbids
/// sharing with anyone else. Read as a bare permission, the text's "no" would be lost.
enum ExclusiveLimit {
    static var words: Set<String> { Grammar.exclusive }
    /// Words that lead an exclusive word to its fact besides a preposition ("only pursuant to", "only in response to").
    static let factLeads: Set<String> = ["pursuant", "following", "response", "accordance"]

    /// Turns a permission with an exclusive condition or purpose into a prohibition with exceptions.
    /// - Parameters:
    ///   - verbGroup: the tokens before the verbs ("we will only share"): an exclusive word there
    ///     limits whichever condition or purpose the clause names.
    ///   - conditions: the conditions read into the statement.
    static func apply(to statement: inout Statement, _ s: AnnotatedSentence, verbGroup: Range<Int>, object: Range<Int>,
                      conditions: [Condition], stated: [StatedPhrase], purposeSpans: [Range<Int>], recipientRanges: [Range<Int>],
                      isQualifier: (Int) -> Bool) {
        // A bound on how long data is kept is a limit of its own; turned into a prohibition it would forbid the kept period.
        guard statement.effect == .allow, statement.retention == nil else { return }
        // "retains it only as long as necessary", "only until you close your account": the exclusive word bounds how
        // long, not when or why; a prohibition of keeping at all would forbid the period the text allows.
        if (verbGroup.lowerBound..<object.upperBound).contains(where: { i in
            words.contains(s.word(i)) && (s.has(["as", "long", "as"], at: i + 1) || s.has(["for", "as", "long"], at: i + 1) || s.word(i + 1) == "until")
        }) { return }
        let inGroup = verbGroup.contains { words.contains(s.word($0)) }
        // "only with your permission", "only in response to a valid court order", "only pursuant to a
        // subpoena": a prepositional phrase may stand between the word and the fact, but no verb, data or clause mark.
        func marked(_ i: Int) -> Bool {
            if words.contains(s.word(i - 1)) { return true }
            var k = i - 1
            while k >= max(0, i - 6) {
                let w = s.word(k)
                if words.contains(w) { return k + 1 < i && (Grammar.prepositions.contains(s.word(k + 1)) || factLeads.contains(s.word(k + 1))) }
                if s.tokens[k].isPunctuation || s[.data].contains(where: { $0.range.contains(k) })
                    || s[.action].contains(where: { $0.range.contains(k) }) || Grammar.auxiliaries.contains(w) { return false }
                k -= 1
            }
            return false
        }
        var facts: [String] = []
        var factStarts: [Int] = []
        // "only in response to a subpoena, or when we believe …": a condition joined by "or" right after a marked one is
        // another case of the same limit, never a condition of the prohibition it makes (which would bind only then).
        // "only with your consent, or when the law requires it": a marked fact outside any condition opens the cases too.
        var markedEnd = s[.context].filter { m in
            object.contains(m.range.lowerBound) && !isQualifier(m.range.lowerBound) && marked(m.range.lowerBound)
                && !conditions.contains { $0.range.contains(m.range.lowerBound) }
        }.map(\.range.upperBound).max()
        func alternative(_ c: Condition) -> Bool {
            guard let end = markedEnd, end <= c.range.lowerBound, s.word(c.range.lowerBound - 1) == "or" else { return false }
            return end == c.range.lowerBound || (end..<(c.range.lowerBound - 1)).allSatisfy { s.word($0) == "," }
        }
        for c in conditions.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where !c.lifts {
            let isMarked = marked(c.range.lowerBound) || alternative(c)
            guard isMarked || inGroup else { continue }
            if isMarked { markedEnd = c.range.upperBound }
            if !c.facts.isEmpty { factStarts.append(c.range.lowerBound) }
            for f in c.facts where !facts.contains(f) { facts.append(f) }
            // "only if they voluntarily submit it to us": a condition kept in the policy's words is the exception too, when
            // the exclusive word marks it ("If you give us data about others, we will only use it …" keeps its condition).
            // So is one after the verbs when the word stands in the verb group ("we will only pass it on to third parties if
            // it is essential to trading"): the recipients are the prohibition's, the condition what lifts it.
            if c.facts.isEmpty, isMarked || inGroup && object.contains(c.range.lowerBound), let own = stated.first(where: { c.range.contains($0.range.lowerBound) && (statement.when + statement.alternatives).contains($0.name) }),
               !facts.contains(own.name) {
                facts.append(own.name)
                factStarts.append(c.range.lowerBound)
            }
        }
        // "only with your consent": a fact named outside any condition.
        for m in s[.context] where object.contains(m.range.lowerBound) && !isQualifier(m.range.lowerBound)
            && (marked(m.range.lowerBound) || inGroup) {
            for f in m.keys where statement.when.contains(f) && !facts.contains(f) {
                facts.append(f)
                factStarts.append(m.range.lowerBound)
            }
        }
        let purposeMarked = !statement.purposes.isEmpty
            && purposeSpans.contains { object.contains($0.lowerBound) && (marked($0.lowerBound) || inGroup) }
        // "only with our service providers", "we only disclose it to …": the recipients are the only ones allowed. An
        // exclusive word in the verb group limits the recipient unless the clause names a condition ("we will only share
        // it with advertisers with your consent" is limited by the consent); with a purpose it limits both together ("we
        // only share it with our processor to process your payment" forbids sharing with anyone else too).
        func onlyTo(_ r: Range<Int>) -> Bool {
            var k = r.lowerBound - 1
            while Grammar.determiners.contains(s.word(k)) { k -= 1 }
            return ["to", "with"].contains(s.word(k)) && words.contains(s.word(k - 1))
        }
        let recipientMarked = !statement.recipients.isEmpty && recipientRanges.contains { r in
            object.contains(r.lowerBound) && !isQualifier(r.lowerBound) && (onlyTo(r) || (inGroup && facts.isEmpty))
        }
        guard !facts.isEmpty || purposeMarked || recipientMarked else { return }
        let exceptionsBefore = statement.unless.count
        statement.effect = .deny
        // "We collect and process information only when …": processing is every act on the data.
        statement.actions = Processing.acts(statement.actions, verbs: verbGroup.upperBound..<object.lowerBound, s, effect: .deny)
        statement.when.removeAll(where: facts.contains)
        statement.alternatives.removeAll(where: facts.contains)
        // "only for sending newsletters upon request": a purpose or party and a fact marked together, with no "or" between
        // them, are one case that needs both; either alone would lift more than the text.
        let limitStarts = (purposeMarked ? purposeSpans : []).filter { object.contains($0.lowerBound) }.map(\.lowerBound)
            + (recipientMarked ? recipientRanges : []).filter { object.contains($0.lowerBound) }.map(\.lowerBound)
        let together = !limitStarts.isEmpty && !factStarts.isEmpty && factStarts.allSatisfy { f in
            limitStarts.allSatisfy { l in !(min(l, f)..<max(l, f)).contains { ["or", "and/or"].contains(s.word($0)) } }
        }
        if !together { statement.unless.append(contentsOf: facts.map { Exception(when: [$0]) }) }
        // "For your security, we only store your card if you set up an account": a reason leading the sentence says why
        // the limit is kept; it does not narrow what the limit forbids.
        if !purposeMarked, !facts.isEmpty, !purposeSpans.contains(where: object.contains),
           purposeSpans.contains(where: { $0.lowerBound < verbGroup.lowerBound }) { statement.purposes = [] }
        if purposeMarked {
            // "only for statistical analysis": a level named inside the purpose qualifies the purpose; as the data's
            // level it would narrow the prohibition to aggregated data.
            let ofPurpose = s[.identifiability].filter { m in
                purposeSpans.contains { object.contains($0.lowerBound) && $0.contains(m.range.lowerBound) }
            }.flatMap(\.keys)
            statement.identifiability.removeAll(where: ofPurpose.contains)
        }
        // Limits marked together hold together: "we only share it with providers for billing" allows sharing with
        // providers for billing, not with anyone for billing nor with providers for anything.
        if purposeMarked || recipientMarked {
            statement.unless.append(Exception(scope: Scope(purpose: purposeMarked ? statement.purposes : nil,
                                                           recipient: recipientMarked ? statement.recipients : nil),
                                              when: together ? facts : []))
            if purposeMarked { statement.purposes = [] }
            if recipientMarked { statement.recipients = [] }
        }
        // "This information will be used in aggregate form only, to assess user interest": a level other than identified
        // is part of what is allowed. Left on the prohibition it would bind only that level and leave identified data
        // free; the prohibition binds every level, and its exceptions carry the level.
        // "potentially personally-identifying and personally-identifying information … only if …": every level the text
        // names, identified among them, is allowed in the cases it gives.
        let levels = statement.identifiability.contains("identified") ? statement.identifiability : statement.identifiability.filter { $0 != "identified" }
        if levels.contains(where: { $0 != "identified" }), statement.unless.count > exceptionsBefore {
            // Named with identified data, the levels say which data the text speaks of: the prohibition binds those.
            if !levels.contains("identified") { statement.identifiability = [] }
            for k in exceptionsBefore..<statement.unless.count { statement.unless[k].scope.identifiability = levels }
        }
    }

    /// An exclusive word left in a permission that ``apply(to:_:verbGroup:object:conditions:stated:purposeSpans:recipientRanges:isQualifier:)``
    /// did not turn into a prohibition ("will only be used to contact you"): it forbids everything else, which no rule
    /// holds, so the plain permission would allow what the text rules out. One that limits the data named after it
    /// ("we give only account information to …") leaves the permission within the text; one in the verb group or before
    /// a preposition or a condition limits the act. "not only … but also" adds.
    static func unread(in clause: Range<Int>, verbs: Range<Int>, _ s: AnnotatedSentence, isCondition: (Int) -> Bool) -> Int? {
        clause.first { i in
            words.contains(s.word(i)) && s.word(i - 1) != "not" && !isCondition(i)
                && (i < verbs.lowerBound || Grammar.prepositions.contains(s.word(i + 1))
                    || Grammar.conditionMarkers.contains { s.has($0.words, at: i + 1) })
        }
    }
}
