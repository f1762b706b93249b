import Pledge

/// A condition read from a sentence: the facts it names and whether it enables the
/// promise ("if subpoenaed", "once cancellation is processed") or lifts it ("unless you opt out").
struct Condition: Sendable, Hashable {
    var range: Range<Int>
    /// True for "unless", "without", "except when".
    var lifts: Bool
    /// Context facts named in it, most general kept ("subpoena" falls under "legal_process").
    /// Several facts in one condition are alternatives ("legal process, fraud or imminent harm").
    var facts: [String]
    /// The words that open the condition, lower case ("if", "in the event of", "unless").
    var marker: String
    /// "consistent with your choices" (``ChoiceBound``): an opt-out that lifts a permission; a prohibition or a duty
    /// that follows the reader's choices binds at least whenever they chose nothing, so it is kept without it.
    var boundByChoice = false
}

extension Condition {
    /// "if you opt in or if you enter a contest", "when you register or when you contact us": conditions each opened by
    /// its own marker and joined by "or" are alternatives, one rule each, not facts that must all hold. (Facts joined
    /// inside one condition are read as the condition reads them.) `added` holds the one fact each enabling condition
    /// added to the statement's `when`.
    static func joinAlternatives(_ added: [(condition: Condition, fact: String)], in statement: inout Statement, _ s: AnnotatedSentence) {
        guard added.count > 1, statement.alternatives.isEmpty else { return }
        let ordered = added.sorted { $0.condition.range.lowerBound < $1.condition.range.lowerBound }
        // Each next condition opens right after "or" (", or"); the one before it may run on to it.
        guard ordered.dropFirst().allSatisfy({ s.word($0.condition.range.lowerBound - 1) == "or" }) else { return }
        let facts = ordered.map(\.fact)
        statement.when.removeAll(where: facts.contains)
        statement.alternatives = facts
    }
}

extension Condition {
    /// "without your consent and without first assessing the request", "unless you agree and we tell you first": another
    /// lifting condition joined to `c` by "and" (not "or"), so that both must hold to lift the promise.
    static func joinedByAnd(_ c: Condition, among conditions: [Condition], _ s: AnnotatedSentence) -> Condition? {
        conditions.first { o in
            guard o != c, o.lifts else { return false }
            // (The earlier condition's range may end on the "and".)
            let (first, second) = o.range.lowerBound < c.range.lowerBound ? (o, c) : (c, o)
            guard first.range.upperBound <= second.range.lowerBound, second.range.lowerBound - first.range.upperBound <= 2 else { return false }
            let between = (first.range.upperBound - 1)..<second.range.lowerBound
            return between.contains { s.word($0) == "and" }
                && !between.contains { s.word($0) == "or" }
        }
    }
}

extension Condition {
    /// "If we learn that a user is a child, we will not share …": a condition a prohibition or a duty owns, kept in the
    /// policy's own words so that the promise binds when it holds — stated as the text states it, neither dropped (a
    /// ban of every case, which overrides every permission of the policy) nor guessed. Not a negated one ("if you have
    /// not agreed", whose words name what must not hold), not a concession ("even if …"), which widens rather than
    /// limits, and only under the markers that open a condition rather than a place or a scope (`where`, `as part of`).
    /// A condition that only points back ("when we do this", "if we do so") says nothing of its own and is not kept.
    func isOwnedByProhibition(_ s: AnnotatedSentence) -> Bool {
        guard !lifts, Grammar.ownedConditionMarkers.contains(marker), s.word(range.lowerBound - 1) != "even",
              // "when a Do Not Track signal is on": the name of the signal is no negation.
              !range.contains(where: { Grammar.negations.contains(s.word($0)) && !(s.word($0 - 1) == "do" && s.word($0 + 1) == "track") }),
              let last = range.last(where: { !s.tokens[$0].isPunctuation }) else { return false }
        return !["this", "that", "so", "it", "these", "those"].contains(s.word(last))
    }
}

extension Condition {
    /// The condition as an exception of a promise with `effect` reads it: without its facts when they leave words of it
    /// unread ("unless you win the raffle", "only if the contest rules allow it": the winning, not the entering; "unless
    /// authorized by you at purchase point": the reader's authorisation, not any purchase; a case's label "(2)" is no
    /// word), so that it is kept in its words — its facts alone would lift the prohibition in more cases than the text.
    /// ("without …" names what must not hold and is never kept in words: it keeps its facts.)
    func asException(of effect: Effect, _ s: AnnotatedSentence) -> Condition {
        let exception = lifts && effect != .allow && Grammar.statedExceptionMarkers.contains(marker)
            || Grammar.exclusive.contains(s.word(range.lowerBound - 1))
        guard exception, !facts.isEmpty, leavesWordsUnread(s) else { return self }
        var own = self
        own.facts = []
        return own
    }

    /// "unless you win the raffle" names the contest fact, but the exception is the winning, not the entering: a word of
    /// the condition that neither its facts nor the grammar reads.
    private func leavesWordsUnread(_ s: AnnotatedSentence) -> Bool {
        let markerCount = marker.split(separator: " ").count
        let read = Set(s[.context].filter { m in m.keys.contains(where: facts.contains) }.flatMap { Array($0.range) })
        // "except as required to complete your transaction": an event named as what the exception is needed for has not
        // happened; the exception is the need, not the event (a purchase would lift the ban for anything done then).
        func neededFor(_ i: Int) -> Bool { s.word(i - 1) == "to" && Grammar.needWords.contains(s.word(i - 2)) }
        return range.dropFirst(markerCount).contains { i in
            let w = s.word(i)
            return !read.contains(i) && !s.tokens[i].isPunctuation && !ClauseSpans.enumerator(at: i - 1, s) && !Grammar.determiners.contains(w) && !Grammar.readerPronouns.contains(w)
                && !Grammar.companyPronouns.contains(w) && !Grammar.auxiliaries.contains(w) && !Grammar.adverbs.contains(w)
                && !Grammar.prepositions.contains(w) && !Grammar.neutral.contains(w)
                && !(Grammar.eventVerbs.contains(w) && !neededFor(i))
                && !Grammar.compulsion.contains(w) && !Grammar.lawWords.contains(w) && !Grammar.circumstanceWords.contains(w)
                && !Grammar.coordinators.contains(w) && !Grammar.practiceNouns.contains(w) && !Grammar.needWords.contains(w)
                && !["us", "it", "them"].contains(w)
        }
    }
}
