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
    /// "If we learn that a user is a child, we will not share …": a condition a prohibition or a duty owns, kept in the
    /// policy's own words so that the promise binds when it holds — stated as the text states it, neither dropped (a
    /// ban of every case, which overrides every permission of the policy) nor guessed. Not a negated one ("if you have
    /// not agreed", whose words name what must not hold), not a concession ("even if …"), which widens rather than
    /// limits, and only under the markers that open a condition rather than a place or a scope (`where`, `as part of`).
    /// A condition that only points back ("when we do this", "if we do so") says nothing of its own and is not kept.
    func isOwnedByProhibition(_ s: AnnotatedSentence) -> Bool {
        guard !lifts, Grammar.ownedConditionMarkers.contains(marker), s.word(range.lowerBound - 1) != "even",
              !range.contains(where: { Grammar.negations.contains(s.word($0)) }),
              let last = range.last(where: { !s.tokens[$0].isPunctuation }) else { return false }
        return !["this", "that", "so", "it", "these", "those"].contains(s.word(last))
    }
}
