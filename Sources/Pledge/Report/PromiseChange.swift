/// A clause of one version of a policy: the sentence and every rule read from it.
struct PolicyClause: Sendable {
    var source: Provenance
    var rules: [Rule]

    /// The sentences the rules' exceptions were read from, where not the clause itself, each once.
    var exceptionClauses: [Provenance] {
        var seen = Set<Provenance>()
        return rules.flatMap { $0.unless.compactMap(\.source) }.filter { $0 != source && seen.insert($0).inserted }
    }
}

/// One changed promise of a diff, the unit every report leads with: a clause reworded
/// (its old and new form), added or dropped, or, where the clauses that decide are
/// unchanged yet decide differently, the pair of deciding clauses. Every changed region
/// of the diff belongs to exactly one promise.
struct PromiseChange: Sendable {
    enum Form: Sendable {
        case reworded, added, dropped, redecided
    }

    /// Which way a change moves the company, in the order a reader of the policy wants it:
    /// what it may newly do (or is no longer forbidden), what it may no longer do, what
    /// binds it differently, and clauses that change no decision.
    enum Weight: Int, Sendable, Comparable, CaseIterable {
        case freer, stricter, obligations, none

        static func < (a: Weight, b: Weight) -> Bool { a.rawValue < b.rawValue }
    }

    /// Regions this promise takes part in deciding that are listed under another promise.
    struct Shared: Sendable {
        /// The ``id`` of the promise they are listed under.
        var listedUnder: Int
        var weight: Weight
        var count: Int
    }

    /// The promise's place before ordering, by which others refer to it.
    var id: Int
    var form: Form
    /// The old clause (reworded, dropped).
    var old: PolicyClause?
    /// The new clause (reworded, added).
    var new: PolicyClause?
    /// The changed regions listed here, under the clause pair that decides them; a region
    /// is listed under one promise only.
    var pairs: [ClausePair] = []
    /// The changed regions whose decision this promise's clause takes part in, listed under another.
    var shared: [Shared] = []

    /// How many changed regions the promise's clause takes part in deciding.
    var regionCount: Int { pairs.reduce(0) { $0 + $1.changes.count } + shared.reduce(0) { $0 + $1.count } }

    /// The weightiest way the promise's regions moved; ``Weight/none`` when it decides none.
    var weight: Weight { (pairs.map(\.weight) + shared.map(\.weight)).min() ?? .none }

    /// Per weight, how many of the promise's regions moved that way.
    func regions(_ weight: Weight) -> Int {
        pairs.filter { $0.weight == weight }.reduce(0) { $0 + $1.changes.count } + shared.filter { $0.weight == weight }.reduce(0) { $0 + $1.count }
    }

    /// Records a group of regions this promise takes part in, listed under promise `listedUnder`.
    mutating func share(_ group: ChangeGroup, listedUnder: Int) {
        if let i = shared.firstIndex(where: { $0.listedUnder == listedUnder && $0.weight == group.weight }) {
            shared[i].count += group.changes.count
        } else {
            shared.append(Shared(listedUnder: listedUnder, weight: group.weight, count: group.changes.count))
        }
    }

    /// Adds a group of changed regions under its clause pair: on each side the promise's
    /// own clause where it decides, else the first deciding clause; the other deciding
    /// clauses are kept, each once.
    mutating func add(_ group: ChangeGroup) {
        let ownOld = Set(old?.rules.map(\.id) ?? []), ownNew = Set(new?.rules.map(\.id) ?? [])
        func representative(_ clauses: [RuleReference], own: Set<String>) -> RuleReference? {
            clauses.first { own.contains($0.ruleID) } ?? clauses.first
        }
        let oldClause = representative(group.oldClauses, own: ownOld), newClause = representative(group.newClauses, own: ownNew)
        let obligations = group.kind == .obligationsChanged ? group.changes.first.map { (old: $0.old.obligations, new: $0.new.obligations) } : nil
        if let i = pairs.firstIndex(where: { p in
            p.kind == group.kind && p.weight == group.weight && p.oldOutcome == group.oldOutcome && p.newOutcome == group.newOutcome
                && p.old?.ruleID == oldClause?.ruleID && p.new?.ruleID == newClause?.ruleID
                && p.obligations?.old == obligations?.old && p.obligations?.new == obligations?.new
        }) {
            pairs[i].changes += group.changes
            for c in group.oldClauses where !pairs[i].alsoOld.contains(c) && c.ruleID != oldClause?.ruleID { pairs[i].alsoOld.append(c) }
            for c in group.newClauses where !pairs[i].alsoNew.contains(c) && c.ruleID != newClause?.ruleID { pairs[i].alsoNew.append(c) }
        } else {
            pairs.append(ClausePair(kind: group.kind, weight: group.weight, oldOutcome: group.oldOutcome, newOutcome: group.newOutcome,
                                    old: oldClause, new: newClause,
                                    alsoOld: group.oldClauses.filter { $0.ruleID != oldClause?.ruleID },
                                    alsoNew: group.newClauses.filter { $0.ruleID != newClause?.ruleID },
                                    obligations: obligations, changes: group.changes))
        }
    }
}

/// Changed regions that one old clause and one new clause decide (either may be absent:
/// the version is silent there), with the other clauses that take part in those decisions.
struct ClausePair: Sendable {
    var kind: ChangeKind
    var weight: PromiseChange.Weight
    var oldOutcome: Outcome
    var newOutcome: Outcome
    /// The clause that decided in the old version; nil where it was silent.
    var old: RuleReference?
    /// The clause that decides in the new version; nil where it is silent.
    var new: RuleReference?
    /// The other clauses deciding some of the regions alongside, each once.
    var alsoOld: [RuleReference]
    var alsoNew: [RuleReference]
    /// For an obligations change: the obligations before and after.
    var obligations: (old: [String], new: [String])?
    var changes: [RegionChange]
}

extension ChangeGroup {
    /// Which way the group's regions moved the company. An allow decided by duties alone
    /// binds rather than permits, so gaining or losing one is an obligation change.
    var weight: PromiseChange.Weight {
        func dutyOnly(_ clauses: [RuleReference]) -> Bool { !clauses.isEmpty && clauses.allSatisfy { $0.effect == .require } }
        switch kind {
        case .newlyAllowed: return .freer
        case .newlyDenied: return .stricter
        case .newlyCovered: return newOutcome == .deny ? .stricter : dutyOnly(newClauses) ? .obligations : .freer
        case .noLongerCovered: return oldOutcome == .deny ? .freer : dutyOnly(oldClauses) ? .obligations : .stricter
        case .obligationsChanged: return .obligations
        }
    }
}
