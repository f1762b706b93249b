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
        var without: [Set<String>: Engine] = [:]
        return order.compactMap { key -> Override? in
            guard var o = pairs[key] else { return nil }
            o.whole = Set(o.regions) == applies[o.overridden.ruleID]
            o.witness = witness(for: o, regions: regions, engine: engine, without: &without)
            return o
        }
    }

    /// The first region's witness that the engine confirms: denied by the deciding rule
    /// as a whole operation, and allowed once the rules that deny it are taken away.
    /// - Parameter without: engines for the policy less some denying rules, built once each.
    private func witness(for o: Override, regions: PolicyRegions, engine: Engine, without: inout [Set<String>: Engine]) -> Operation? {
        let candidates = o.regions.filter { regions.partition.regions[$0].isolated } + o.regions.filter { !regions.partition.regions[$0].isolated }
        for i in candidates.prefix(8) {
            let op = regions.partition.regions[i].witness(in: taxonomy)
            let decision = engine.evaluate(op)
            guard decision.outcome == .deny, decision.deciding.contains(where: { $0.ruleID == o.deciding.ruleID }) else { continue }
            let denying = Set(decision.deciding.map(\.ruleID))
            if without[denying] == nil {
                var rest = document
                rest.rules.removeAll { denying.contains($0.id) }
                without[denying] = try? Engine(document: rest, taxonomy: taxonomy)
            }
            if let other = without[denying], other.evaluate(op).outcome == .allow { return op }
        }
        return nil
    }
}
