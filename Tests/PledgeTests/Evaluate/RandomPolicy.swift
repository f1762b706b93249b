@testable import Pledge

/// Random rule sets and operations over the standard taxonomy, drawn from small pools of
/// nodes (with their ancestors) so that scopes overlap, nest and conflict often.
struct RandomPolicy {
    var rng: SeededGenerator
    let taxonomy = Taxonomy.standard
    var pools: [Dimension: [String]] = [:]
    let durations = ["P1D", "P7D", "P30D", "P90D", "P1Y", "P2Y"].compactMap(ISODuration.init)
    let provenance = Provenance(section: "Random", line: 1, text: "a random clause")

    /// How often a rule's scope names a dimension; the rest cover all of it.
    let density: Double

    /// - Parameters:
    ///   - picks: how many nodes (with their ancestors) each dimension's pool draws. Many
    ///     picks and a high density give narrow rules spread over many classes, so that
    ///     wide rows are sparse.
    init(seed: UInt64, picks: ClosedRange<Int> = 2...6, density: Double = 0.5) {
        rng = SeededGenerator(seed: seed)
        self.density = density
        for dimension in Dimension.allCases {
            let tree = taxonomy[dimension]
            var pool = Set<String>()
            for _ in 0..<Int.random(in: picks, using: &rng) {
                let key = rng.pick(tree.nodes).key
                pool.insert(key)
                pool.formUnion(tree.ancestors(of: key))
            }
            if dimension == .action, rng.chance(0.5) { pool.formUnion(["retain", "delete"]) }
            if dimension == .context { pool.formUnion(["legal_process", "subpoena"]) }
            pools[dimension] = pool.sorted()
        }
    }

    private mutating func keys(_ dimension: Dimension, max: Int = 2) -> [String] {
        (0..<Int.random(in: 1...max, using: &rng)).map { _ in rng.pick(pools[dimension] ?? []) }
    }

    private mutating func scope(density: Double, terms: Bool) -> Scope {
        var scope = Scope()
        for dimension in Dimension.scoped where rng.chance(density) { scope[dimension] = keys(dimension) }
        if terms, rng.chance(0.1) { scope.data = ["registration_data"] }
        if rng.chance(0.25) {
            let d = rng.pick(durations)
            scope.retention = rng.chance(0.5) ? .atMost(d) : .longerThan(d)
        }
        return scope
    }

    mutating func document(rules count: Int) -> PolicyDocument {
        let terms = ["registration_data": keys(.data)]
        let rules = (0..<count).map { i in
            Rule(
                id: "r\(i)", effect: rng.pick(Effect.allCases), scope: scope(density: density, terms: true),
                when: rng.chance(0.25) ? keys(.context, max: 1) : [],
                unless: (0..<(rng.chance(0.35) ? Int.random(in: 1...2, using: &rng) : 0)).map { e in
                    Exception(scope: scope(density: 0.3, terms: false), when: rng.chance(0.5) ? keys(.context, max: 1) : [],
                              source: rng.chance(0.5) ? Provenance(line: 100 + i, text: "exception \(e) of r\(i)") : nil)
                },
                obligations: rng.chance(0.3) ? [rng.pick(["offer an opt-out", "encrypt", "log the access"])] : [],
                source: Provenance(section: "Random", line: i + 1, text: "clause \(i)"))
        }
        // Narrow rules listed data category by data category, as a policy merged product
        // by product would be: a class's rules then sit in a few words of a wide row.
        let listed = density > 0.9 ? rules.sorted { ($0.scope.data ?? []).lexicographicallyPrecedes($1.scope.data ?? []) } : rules
        return PolicyDocument(policy: PolicyMetadata(id: "random"), terms: terms, rules: listed)
    }

    mutating func operation() -> Operation {
        func maybe(_ p: Double, _ dimension: Dimension) -> String? {
            guard rng.chance(p) else { return nil }
            return rng.chance(0.85) ? rng.pick(pools[dimension] ?? []) : rng.pick(taxonomy[dimension].nodes).key
        }
        var data = keys(.data)
        if rng.chance(0.1) { data = ["registration_data"] }
        if rng.chance(0.03) { data.append("user.no_such_thing") }
        let action = maybe(1, .action) ?? "use"
        // A retention belongs to a retain; now and then one on another act, which is refused.
        let keeps = taxonomy[.action].covers("retain", action)
        return Operation(
            action: action, data: data, recipient: maybe(0.7, .recipient), purpose: maybe(0.6, .purpose),
            identifiability: maybe(0.5, .identifiability),
            context: (0..<Int.random(in: 0...2, using: &rng)).map { _ in rng.pick(pools[.context] ?? []) },
            retention: rng.chance(keeps ? 0.5 : 0.05) ? rng.pick(durations) : nil)
    }
}
