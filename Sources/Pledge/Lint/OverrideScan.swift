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
        allOverrides.filter { $0.deciding.effect == effect }
    }

    /// Every override, by a deny or by a duty, in the order the regions first show it. One
    /// scan for both kinds: a region's witness, and the engine without its denying rules,
    /// serve every pair that region shows, whichever kind its deciding rule is.
    func scanOverrides() -> [Override] {
        guard let regions, let engine else { return [] }
        var applies: [String: Set<Int>] = [:]
        // Pairs in the order the regions first show them, found by key; each pair's regions
        // grow in place (through a dictionary's optional they were copied on every append).
        var pairs: [Override] = []
        var pairIndex: [[String]: Int] = [:]
        for (i, decision) in regions.decisions.enumerated() {
            let permissions = decision.outcome == .deny ? decision.overridden : decision.outcome == .allow ? decision.deciding : []
            for p in permissions { applies[p.ruleID, default: []].insert(i) }
            guard decision.outcome == .deny else { continue }
            for over in decision.overridden {
                for deciding in decision.deciding where (deciding.effect == .deny || deciding.effect == .require) && deciding.ruleID != over.ruleID {
                    let key = [over.ruleID, deciding.ruleID, deciding.effect.rawValue]
                    let k = pairIndex[key] ?? pairs.count
                    if k == pairs.count {
                        pairIndex[key] = k
                        pairs.append(Override(overridden: over, deciding: deciding, regions: [], whole: false))
                    }
                    pairs[k].regions.append(i)
                }
            }
        }
        var cache = WitnessCache(reach: resolved.map(RuleReach.init))
        return pairs.map { o in
            var o = o
            o.whole = Set(o.regions) == applies[o.overridden.ruleID]
            o.witness = witness(for: o, regions: regions, engine: engine, cache: &cache)
            return o
        }
    }

    /// What confirming witnesses costs, computed once however many pairs share it: many
    /// pairs share regions, and evaluating a broad witness is the dearest step of `lint`.
    private struct WitnessCache {
        /// Which rules each witness meets.
        let reach: RuleReach?
        /// Per region: its witness and how the whole policy decides it.
        var decided: [Int: (Operation, Decision)] = [:]
        /// Per region: whether its witness is allowed once the rules that deny it are taken away.
        var allowedWithout: [Int: Bool] = [:]
        /// Engines for the rules (by index) a witness meets less those that deny it, built
        /// once each. Compiling only the rules the witness meets keeps each engine small:
        /// compiling the whole policy less a few rules, once per set of denying rules, made
        /// linting grow with the square of the rule count.
        var engines: [[Int]: Engine] = [:]
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
            if cache.allowedWithout[i] == nil {
                cache.allowedWithout[i] = allowed(op, region: i, without: Set(decision.deciding.map(\.ruleID)), regions: regions, cache: &cache)
            }
            if cache.allowedWithout[i] == true { return op }
        }
        return nil
    }

    /// Whether the policy less the rules named `denying` allows the witness of region `i`.
    private func allowed(_ op: Operation, region i: Int, without denying: Set<String>, regions: PolicyRegions, cache: inout WitnessCache) -> Bool {
        guard let resolved, let reach = cache.reach else { return false }
        let region = regions.partition.regions[i]
        let anyPurpose = region.anyPurpose(in: taxonomy)
        let named = region.classes.enumerated().map { d, nodeClass in d == 2 && anyPurpose ? nil : nodeClass.witness }
        let kept = reach.rules(metBy: named).filter { !denying.contains(resolved.rules[$0].rule.id) }
        if cache.engines[kept] == nil { cache.engines[kept] = try? Engine(resolved.keeping(kept)) }
        return cache.engines[kept]?.evaluate(op).outcome == .allow
    }
}
