import Pledge

/// How ``ClauseAnalyzer`` folds the conditions of a clause into its statement: facts the taxonomy knows, conditions
/// kept in the policy's own words, and what a reference to the policy itself lifts.
extension ClauseAnalyzer {
    /// What became of a statement's conditions.
    enum ConditionReading {
        case understood
        /// A permission whose condition is not understood: without it the permission would be wider than the text.
        case dropped(String)
        /// A prohibition or duty kept without a condition it could not read: stricter than the text, so kept, but listed.
        case keptStricter(String)
    }

    /// The conditions of the clause that bind a statement of `p`: those in its scope, or leading the sentence.
    func conditions(of p: Predicate, scope: Range<Int>, clauseEnd: Int, firstGroup: Int, effect: Effect, _ spans: ClauseSpans,
                    _ s: AnnotatedSentence) -> [Condition] {
        spans.conditions.filter { c in
            c.range.lowerBound < clauseEnd && (c.range.lowerBound >= scope.lowerBound || c.range.lowerBound < firstGroup)
                // An unknown condition right after a purpose qualifies the purpose's own verb, not the promise: "… in
                // order to provide better service when visitors return".
                && !(c.facts.isEmpty && spans.purposes.contains { $0.upperBound == c.range.lowerBound })
                && (effect == .allow || !DescribedOccasion.describesData(c, s, verbs: p.verbs))
                // "… from children when they use our site": an occasion every use of the service meets binds always.
                && (effect == .allow || c.lifts || !c.facts.isEmpty
                    || !ClauseSpans.restatesScope(c.range.dropFirst(c.marker.split(separator: " ").count), of: s, othersToo: true))
        }.map { $0.asException(of: effect, s) }
    }

    /// Folds the conditions into the statement. A condition with no known fact cannot be
    /// written; dropping it widens the rule, which is safe for a prohibition or a duty (they
    /// then bind always) and never for a permission.
    func apply(_ conditions: [Condition], to statement: inout Statement, _ s: AnnotatedSentence,
               stated: inout [StatedPhrase]) -> ConditionReading {
        var result = ConditionReading.understood
        let exceptionsBefore = statement.unless
        var liftingDropped = false
        // The one fact each enabling condition added, for conditions offered as alternatives ("if you X or if you Y").
        var added: [(condition: Condition, fact: String)] = []
        defer { Condition.joinAlternatives(added, in: &statement, s) }
        for c in conditions {
            if c.boundByChoice, statement.effect != .allow { continue }
            // "This information is stored without your name attached": what must not hold for a permission is no case
            // that lifts it (as "unless" it would hold exactly when it should not), and no fact a rule can require.
            if statement.effect == .allow, c.lifts, c.marker == "without" {
                return .dropped("the condition (without …) says what must not hold; no permission can state it")
            }
            // "Except as described in this policy, we do not disclose …": the policy's own permissions are the exceptions.
            if c.facts.isEmpty, c.lifts, statement.effect == .deny, CrossReferencedExceptions.refersToPolicy(c, s) {
                statement.exceptAsDescribed = true
                continue
            }
            // "if you enter a contest": a permission's condition the taxonomy has no fact for holds in its own words, and
            // so does a condition a prohibition or a duty owns ("If we learn that a user is a child, we will not …").
            // So does a prohibition's or a duty's exception opened by "unless" ("we do not pass it on unless we tell
            // you first"): it binds every operation that does not claim the exception. Not "without …", whose words
            // name what must NOT hold for the exception; not an aside in brackets ("(if any)"), a reference to the policy
            // ("unless otherwise specified in this policy"), nor a marker alone.
            if c.facts.isEmpty,
               statement.effect == .allow || (c.lifts && Grammar.statedExceptionMarkers.contains(c.marker)) || c.isOwnedByProhibition(s),
               s.word(c.range.lowerBound - 1) != "(", !CrossReferencedExceptions.refersToPolicy(c, s),
               // "unless they agree in writing: (a) …": the terms are listed after it; the words before them alone lift more.
               !c.range.contains(where: { s.word($0) == ":" }), s.word(c.range.upperBound) != ":",
               !Grammar.unstatedConditions.contains(c.marker.split(separator: " ").map(String.init)),
               c.range.count > c.marker.split(separator: " ").count + 1,
               let phrase = StatedPhrase.read(c.range, s, as: .context, taxonomy: taxonomy) {
                if c.lifts { statement.unless.append(Exception(when: [phrase.name])) } else {
                    statement.when.append(phrase.name)
                    added.append((c, phrase.name))
                }
                statement.statedRanges.append(phrase.range)
                stated.append(phrase)
                continue
            }
            if c.facts.isEmpty {
                let words = "the condition (\(c.marker) …) is not understood"
                guard statement.effect != .allow else { return .dropped(words) }
                // "not … without your consent and without first assessing the request": the exception needs both; the
                // case understood alone would lift the prohibition where the text does not, so no case lifts it.
                if c.lifts, let other = Condition.joinedByAnd(c, among: conditions, s) {
                    result = .keptStricter(words + ", and the exception (\(other.marker) …) needs it too; the prohibition is kept without both, which is stricter")
                    liftingDropped = true
                    continue
                }
                if case .understood = result {
                    result = .keptStricter(words + "; the \(statement.effect == .deny ? "prohibition" : "duty") is kept without it, which is stricter")
                }
                continue
            }
            if c.lifts {
                // "unless you consent or the law requires it": cases offered as alternatives, each an exception of its
                // own; so are cases enumerated "(a) …; (b) …" (not "…; and (b) …"). "unless you ask us to when ordering":
                // one exception that needs them all (each alone would lift more).
                if c.range.contains(where: { ["or", "and/or", ","].contains(s.word($0)) || s.word($0) == ";" && s.word($0 + 1) != "and" }) {
                    for fact in c.facts { statement.unless.append(Exception(when: [fact])) }
                } else {
                    statement.unless.append(Exception(when: c.facts))
                }
            } else if c.facts.count == 1 {
                if !statement.when.contains(c.facts[0]) {
                    statement.when.append(c.facts[0])
                    added.append((c, c.facts[0]))
                }
            } else {
                statement.alternatives.append(contentsOf: c.facts.filter { !statement.alternatives.contains($0) })
            }
        }
        if liftingDropped { statement.unless = exceptionsBefore }
        statement.when.removeAll { fact in statement.unless.contains { $0.when == [fact] } }
        return result
    }
}
