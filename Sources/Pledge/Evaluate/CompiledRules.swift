/// The rules of a policy as bit rows, at the width they need: one machine word per row
/// when every rule, exception and `when` fact fits in 64 (the common case, and the
/// fastest), else rows as wide as the policy with sparse walks (``LargeRuleTable``). An
/// enum rather than an existential so that each case's evaluation is specialised.
enum CompiledRules: Sendable {
    case oneWord(RuleTable<Bitset64>)
    case large(LargeRuleTable)

    init(_ rules: [ResolvedRule], partitions: [DimensionPartition], taxonomy: Taxonomy) {
        // Read in place: a copy of a rule retains every string and set it holds.
        var facts = Set<Int>()
        var exceptions = 0
        for r in rules.indices {
            facts.formUnion(rules[r].when)
            exceptions += rules[r].unless.count
            for e in rules[r].unless.indices { facts.formUnion(rules[r].unless[e].when) }
        }
        let needed = max(rules.count, exceptions, facts.count)
        if needed <= Bitset64.capacity {
            self = .oneWord(RuleTable(rules: rules, partitions: partitions, taxonomy: taxonomy))
        } else {
            self = .large(LargeRuleTable(rules: rules, partitions: partitions, taxonomy: taxonomy))
        }
    }

    /// What a compiled operation keeps of the work a decision does from its classes alone:
    /// nil for one-word rows, which need none.
    func plan(_ space: AtomSpace) -> CandidatePlan? {
        switch self {
        case .oneWord: return nil
        case .large(let table): return table.plan(space)
        }
    }

    /// A compiled operation's pairs' entries ORed, for a wide table whose plan reads
    /// several pairs (``LargeRuleTable/pairSeed(_:_:)``); empty otherwise.
    func pairSeed(_ space: AtomSpace, _ plan: CandidatePlan?) -> (words: [Int32], values: [UInt64]) {
        guard case .large(let table) = self, let plan else { return ([], []) }
        return table.pairSeed(space, plan)
    }

    /// The outcome alone: stops at the first denied atom. Allocates nothing for one-word
    /// rows. `plan` and `seed`: the space's, from ``plan(_:)`` and ``pairSeed(_:_:)``, when
    /// they were worked out before.
    func outcome(_ space: AtomSpace, plan: CandidatePlan? = nil, seed: PairSeed? = nil) -> Outcome {
        switch self {
        case .oneWord(let table): return table.verdict(space, exhaustive: false).outcome
        case .large(let table): return table.outcome(space, plan: plan, seed: seed)
        }
    }

    /// The explained decision: every atom evaluated.
    func decision(_ space: AtomSpace, plan: CandidatePlan? = nil, seed: PairSeed? = nil) -> Decision {
        switch self {
        case .oneWord(let table): return table.decision(from: table.verdict(space, exhaustive: true))
        case .large(let table): return table.decision(space, plan: plan, seed: seed)
        }
    }
}
