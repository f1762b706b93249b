/// A ``RuleTable`` at the narrowest width that holds every rule, exception and distinct
/// `when` fact. An enum rather than an existential so that each width's evaluation is
/// specialised for its concrete bitset.
enum CompiledRules: Sendable {
    case upTo64(RuleTable<Bitset64>)
    case upTo256(RuleTable<WideBitset<SIMD4<UInt64>>>)
    case upTo1024(RuleTable<WideBitset<SIMD16<UInt64>>>)
    case upTo4096(RuleTable<WideBitset<SIMD64<UInt64>>>)

    /// The most rules, exceptions or distinct `when` facts one policy may hold.
    static let capacity = WideBitset<SIMD64<UInt64>>.capacity

    /// Nil when the policy holds more than ``capacity`` rules, exceptions or facts.
    init?(_ rules: [ResolvedRule], partitions: [DimensionPartition], taxonomy: Taxonomy) {
        let facts = Set(rules.flatMap { $0.when + $0.unless.flatMap(\.when) }).count
        let needed = max(rules.count, rules.reduce(0) { $0 + $1.unless.count }, facts)
        switch needed {
        case ...Bitset64.capacity: self = .upTo64(RuleTable(rules: rules, partitions: partitions, taxonomy: taxonomy))
        case ...WideBitset<SIMD4<UInt64>>.capacity: self = .upTo256(RuleTable(rules: rules, partitions: partitions, taxonomy: taxonomy))
        case ...WideBitset<SIMD16<UInt64>>.capacity: self = .upTo1024(RuleTable(rules: rules, partitions: partitions, taxonomy: taxonomy))
        case ...Self.capacity: self = .upTo4096(RuleTable(rules: rules, partitions: partitions, taxonomy: taxonomy))
        default: return nil
        }
    }

    /// The outcome alone: stops at the first denied atom. Allocates nothing.
    func outcome(_ space: AtomSpace) -> Outcome {
        switch self {
        case .upTo64(let table): return table.verdict(space, exhaustive: false).outcome
        case .upTo256(let table): return table.verdict(space, exhaustive: false).outcome
        case .upTo1024(let table): return table.verdict(space, exhaustive: false).outcome
        case .upTo4096(let table): return table.verdict(space, exhaustive: false).outcome
        }
    }

    /// The explained decision: every atom evaluated.
    func decision(_ space: AtomSpace) -> Decision {
        switch self {
        case .upTo64(let table): return table.decision(from: table.verdict(space, exhaustive: true))
        case .upTo256(let table): return table.decision(from: table.verdict(space, exhaustive: true))
        case .upTo1024(let table): return table.decision(from: table.verdict(space, exhaustive: true))
        case .upTo4096(let table): return table.decision(from: table.verdict(space, exhaustive: true))
        }
    }
}
