/// What a version says about one region, as the diff compares it: the outcome, and the
/// burdens the company carries there (obligations of allows, and duties it must perform).
///
/// A region allowed only because a duty requires it ("we will email you about changes")
/// grants the company nothing it would lack under silence; it binds it. So for the
/// verdict such a region ranks with not_covered, and its duty counts as a burden:
/// dropping the duty is more permissive, not less.
struct RegionStatus: Hashable {
    var outcome: Outcome
    /// True for an allow decided by duties alone.
    var dutyOnly: Bool
    var obligations: Set<String>
    /// The contents of the duties that decided an allow (ids and wording do not count).
    var duties: Set<ClauseContent>

    init(_ decision: Decision, duties contents: [String: ClauseContent]) {
        outcome = decision.outcome
        let requiring = decision.outcome == .allow ? decision.deciding.filter { $0.effect == .require } : []
        dutyOnly = !requiring.isEmpty && requiring.count == decision.deciding.count
        obligations = Set(decision.obligations)
        duties = Set(requiring.compactMap { contents[$0.ruleID] })
    }

    /// deny < not_covered (or allowed only by a duty) < allow.
    private var rank: Int { outcome == .deny ? 0 : outcome == .notCovered || dutyOnly ? 1 : 2 }

    /// The kind of change from `self` (old) to `new`; nil when nothing changed.
    func change(to new: RegionStatus) -> ChangeKind? {
        switch (outcome, new.outcome) {
        case (.deny, .allow): return .newlyAllowed
        case (.allow, .deny): return .newlyDenied
        case (.notCovered, .allow), (.notCovered, .deny): return .newlyCovered
        case (.allow, .notCovered), (.deny, .notCovered): return .noLongerCovered
        case (.allow, .allow): return obligations == new.obligations && duties == new.duties && dutyOnly == new.dutyOnly ? nil : .obligationsChanged
        default: return nil
        }
    }

    /// Whether the change to `new` lets the company do more (up), less (down), or both.
    func direction(to new: RegionStatus) -> (up: Bool, down: Bool) {
        // Under a deny the company may not act at all: its burdens elsewhere are moot.
        if outcome == .deny || new.outcome == .deny { return (new.rank > rank, new.rank < rank) }
        let lostBurden = !obligations.isSubset(of: new.obligations) || !duties.isSubset(of: new.duties)
        let gainedBurden = !new.obligations.isSubset(of: obligations) || !new.duties.isSubset(of: duties)
        return (new.rank > rank || lostBurden, new.rank < rank || gainedBurden)
    }
}
