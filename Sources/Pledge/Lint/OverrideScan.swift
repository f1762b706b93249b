/// Where a deny, or a broken duty, overrides a permission: per pair of overridden rule
/// and deciding rule, how many regions it happens in, and whether that is everywhere the
/// permission applies.
struct Override: Sendable {
    var overridden: RuleReference
    var deciding: RuleReference
    /// The regions (number and region) whose witnesses may show it: up to eight, isolated
    /// ones first, each kind in the order cut. Only these are ever tried as witnesses.
    var candidates: [(index: Int, region: Region)]
    /// How many regions it happens in.
    var regionCount: Int
    /// True when the permission applies nowhere else: it is overridden wholly.
    var whole: Bool
    /// A re-checked operation showing it, when one of the regions yields one.
    var witness: Operation?
}

/// Every override of a permission, by a deny or by a duty, gathered in one pass as the
/// partition cuts the regions: each region is decided once and then dropped, keeping per
/// permission the number of regions it applies in and per pair its count and the few
/// regions its witness is chosen from (before, every region's whole decision was held,
/// which near the region limit took gigabytes).
struct OverrideScan: RegionVisitor {
    /// How many regions of each kind a pair keeps as witness candidates.
    static let candidateLimit = 8

    let engine: Engine
    let taxonomy: Taxonomy
    /// Per permission (rule id): the regions it applies in (allows, or is overridden), and the last one counted.
    private var applies: [String: (count: Int, last: Int)] = [:]
    /// Pairs in the order the regions first show them, found by key.
    private var pairs: [Override] = []
    private var pairIndex: [[String]: Int] = [:]
    /// Per pair: the last region counted, and its candidates of each kind (isolated, not).
    private var progress: [(last: Int, isolated: [(index: Int, region: Region)], other: [(index: Int, region: Region)])] = []

    init(engine: Engine, taxonomy: Taxonomy) {
        self.engine = engine
        self.taxonomy = taxonomy
    }

    mutating func visit(_ region: Region, index i: Int) {
        let decision = engine.evaluate(atom: region.atom(in: taxonomy), context: region.contextKeys(in: taxonomy),
                                       retention: region.retains ? region.retention : nil)
        let permissions = decision.outcome == .deny ? decision.overridden : decision.outcome == .allow ? decision.deciding : []
        for p in permissions {
            let seen = applies[p.ruleID] ?? (0, -1)
            if seen.last != i { applies[p.ruleID] = (seen.count + 1, i) }
        }
        guard decision.outcome == .deny else { return }
        for over in decision.overridden {
            // An allow decides a deny through its exception, the promise it makes ("unless you opt out"): it overrides too.
            for deciding in decision.deciding where deciding.ruleID != over.ruleID {
                let key = [over.ruleID, deciding.ruleID, deciding.effect.rawValue]
                let k = pairIndex[key] ?? pairs.count
                if k == pairs.count {
                    pairIndex[key] = k
                    pairs.append(Override(overridden: over, deciding: deciding, candidates: [], regionCount: 0, whole: false))
                    progress.append((-1, [], []))
                }
                guard progress[k].last != i else { continue }
                progress[k].last = i
                pairs[k].regionCount += 1
                if region.isolated {
                    if progress[k].isolated.count < Self.candidateLimit { progress[k].isolated.append((i, region)) }
                } else if progress[k].other.count < Self.candidateLimit {
                    progress[k].other.append((i, region))
                }
            }
        }
    }

    /// The overrides found, in the order the regions first showed them, each with its
    /// witness confirmed by the engine of the rules it meets.
    func overrides(of policy: ResolvedPolicy) -> [Override] {
        var witnesses = OverrideWitness(policy: policy, engine: engine)
        return zip(pairs, progress).map { o, found in
            var o = o
            o.candidates = Array((found.isolated + found.other).prefix(Self.candidateLimit))
            // A pair's regions are among those where its permission applies: as many means the same.
            o.whole = o.regionCount == applies[o.overridden.ruleID]?.count
            o.witness = witnesses.witness(for: o)
            return o
        }
    }
}

extension LintContext {
    /// The overrides whose deciding rule has `effect` (deny: prohibitions, and the promises of permissions' exceptions,
    /// which forbid as a prohibition does; require: duties).
    func overrides(decidedBy effect: Effect) -> [Override] {
        allOverrides.filter { ($0.deciding.effect == .allow ? .deny : $0.deciding.effect) == effect }
    }
}
