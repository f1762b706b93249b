/// Where a deny, or a broken duty, overrides a permission: per pair of overridden rule
/// and deciding rule, the regions it happens in, and whether that is everywhere the
/// permission applies.
struct Override: Sendable {
    var overridden: RuleReference
    var deciding: RuleReference
    var regions: [Int]
    /// True when the permission applies nowhere else: it is overridden wholly.
    var whole: Bool
    /// A re-checked operation showing it, when one of the regions yields one.
    var witness: Operation?
}

extension LintContext {
    /// The overrides whose deciding rule has `effect` (deny: prohibitions; require: duties).
    func overrides(decidedBy effect: Effect) -> [Override] {
        guard let regions, let engine else { return [] }
        var applies: [String: Set<Int>] = [:]
        var pairs: [[String]: Override] = [:]
        var order: [[String]] = []
        for (i, decision) in regions.decisions.enumerated() {
            let permissions = decision.outcome == .deny ? decision.overridden : decision.outcome == .allow ? decision.deciding : []
            for p in permissions { applies[p.ruleID, default: []].insert(i) }
            guard decision.outcome == .deny else { continue }
            for over in decision.overridden {
                for deciding in decision.deciding where deciding.effect == effect && deciding.ruleID != over.ruleID {
                    let key = [over.ruleID, deciding.ruleID]
                    if pairs[key] == nil {
                        order.append(key)
                        pairs[key] = Override(overridden: over, deciding: deciding, regions: [], whole: false)
                    }
                    pairs[key]?.regions.append(i)
                }
            }
        }
        var cache = WitnessCache()
        return order.compactMap { key -> Override? in
            guard var o = pairs[key] else { return nil }
            o.whole = Set(o.regions) == applies[o.overridden.ruleID]
            o.witness = witness(for: o, regions: regions, engine: engine, cache: &cache)
            return o
        }
    }

    /// What confirming witnesses costs, computed once however many pairs share it: many
    /// pairs share regions, and evaluating a broad witness is the dearest step of `lint`
    /// (once per pair, it made linting 1,000 rules take minutes).
    private struct WitnessCache {
        /// Per region: its witness and how the whole policy decides it.
        var decided: [Int: (Operation, Decision)] = [:]
        /// Engines for the policy less some denying rules, built once each.
        var without: [Set<String>: Engine] = [:]
        /// Per set of denying rules and region: whether the witness is allowed without them.
        var allowedWithout: [Set<String>: [Int: Bool]] = [:]
    }

    /// The first region's witness that the engine confirms: denied by the deciding rule
    /// as a whole operation, and allowed once the rules that deny it are taken away.
    private func witness(for o: Override, regions: PolicyRegions, engine: Engine, cache: inout WitnessCache) -> Operation? {
        let candidates = o.regions.filter { regions.partition.regions[$0].isolated } + o.regions.filter { !regions.partition.regions[$0].isolated }
        for i in candidates.prefix(8) {
            if cache.decided[i] == nil {
                let op = regions.partition.regions[i].witness(in: taxonomy)
                cache.decided[i] = (op, engine.evaluate(op))
            }
            guard let (op, decision) = cache.decided[i],
                  decision.outcome == .deny, decision.deciding.contains(where: { $0.ruleID == o.deciding.ruleID }) else { continue }
            let denying = Set(decision.deciding.map(\.ruleID))
            if cache.allowedWithout[denying]?[i] == nil {
                if cache.without[denying] == nil {
                    var rest = document
                    rest.rules.removeAll { denying.contains($0.id) }
                    cache.without[denying] = try? Engine(document: rest, taxonomy: taxonomy)
                }
                cache.allowedWithout[denying, default: [:]][i] = cache.without[denying]?.evaluate(op).outcome == .allow
            }
            if cache.allowedWithout[denying]?[i] == true { return op }
        }
        return nil
    }
}
