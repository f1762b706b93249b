/// A ``RuleTable`` of whichever width the policy needs, behind one interface.
protocol CompiledRules: Sendable {
    func outcome(_ space: AtomSpace) -> Outcome
    func decision(_ space: AtomSpace) -> Decision
}

extension RuleTable: CompiledRules {
    func outcome(_ space: AtomSpace) -> Outcome { verdict(space, exhaustive: false).outcome }
    func decision(_ space: AtomSpace) -> Decision { decision(from: verdict(space, exhaustive: true)) }
}

/// The most rules, exceptions or distinct `when` facts one policy may hold.
let compiledRulesCapacity = WideBitset<SIMD64<UInt64>>.capacity

/// Builds the table at the narrowest width that holds every rule, exception and fact.
func compileRules(_ rules: [ResolvedRule], partitions: [DimensionPartition], taxonomy: Taxonomy) -> (any CompiledRules)? {
    let facts = Set(rules.flatMap { $0.when + $0.unless.flatMap(\.when) }).count
    let needed = max(rules.count, rules.reduce(0) { $0 + $1.unless.count }, facts)
    switch needed {
    case ...Bitset64.capacity:
        return RuleTable<Bitset64>(rules: rules, partitions: partitions, taxonomy: taxonomy)
    case ...WideBitset<SIMD4<UInt64>>.capacity:
        return RuleTable<WideBitset<SIMD4<UInt64>>>(rules: rules, partitions: partitions, taxonomy: taxonomy)
    case ...WideBitset<SIMD16<UInt64>>.capacity:
        return RuleTable<WideBitset<SIMD16<UInt64>>>(rules: rules, partitions: partitions, taxonomy: taxonomy)
    case ...compiledRulesCapacity:
        return RuleTable<WideBitset<SIMD64<UInt64>>>(rules: rules, partitions: partitions, taxonomy: taxonomy)
    default:
        return nil
    }
}
