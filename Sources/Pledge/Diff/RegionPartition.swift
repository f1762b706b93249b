/// The operation space cut into ``Region``s, exactly: no sampling.
///
/// The cut is hierarchical (action, data, purpose, recipient, identifiability, then
/// retention for `retain`, then context facts). At each level the tree's nodes are
/// grouped by which of the still-applicable scopes contain them, and the scopes that
/// cannot contain the region any more are dropped, so later levels only cut at the nodes
/// that matter there. Every region is therefore treated alike by every rule, every duty
/// and every exception of every policy given.
///
/// The regions are handed to a ``RegionVisitor`` as they are cut, not kept: near the
/// limit they took most of the memory of `diff` and `lint`, which need only what each
/// region decides. What the partition keeps, when asked to, is the tree that finds an
/// atom's region (``region(of:retention:context:)``): a few words per region.
struct RegionPartition: Sendable {
    let taxonomy: Taxonomy
    /// How many regions were cut (handed to the visitor).
    private(set) var count = 0
    /// The most regions cut before giving up: exactness forbids sampling, so hostile
    /// input (dozens of independent context facts) is refused rather than left to hang.
    static let regionLimit = 1_000_000
    /// The limit this partition was cut with.
    let limit: Int
    /// True when the space needed more than `limit` regions; the partition is then incomplete.
    private(set) var exceeded = false
    /// Whether the tree finds the region of every atom (else only its upper levels are kept).
    let findsRegions: Bool
    private var steps: [Step] = []
    private let components: [Component]
    /// Per scoped dimension, per node: what an operation naming it stands for (its
    /// subtree; for an action, the act and its kinds but no act permitted only by name).
    let subtrees: [[[Int]]]
    let contextSubtrees: [[Int]]
    /// Per context node, its subtree: the facts that make it hold.
    private let contextSubtreeSets: [Set<Int>]
    private let retainNodes: Set<Int>

    /// A level of the tree. A child is a step (its index, 0 or more) or a region (number
    /// `r` written as `-1 - r`), so no step is spent on a region.
    private enum Step: Sendable {
        case dimension(Int, [Int])  // node → child
        case retention([ISODuration], [Int])  // ascending thresholds; one child more (longer or indefinite)
        case context([Int], [FactBits: Int])  // facts (context nodes) → which hold → child
    }

    /// A scope that takes part in decisions: a rule's own, a duty's breaking scope, or an exception.
    private struct Component: Sendable {
        var owner: Int
        var isException: Bool
        var scope: ResolvedScope
        var when: [Int]
    }

    /// Cuts the space of `policies`, handing each region to `visitor`; `findsRegions`
    /// keeps what ``region(of:retention:context:)`` needs.
    init<V: RegionVisitor>(
        _ policies: [ResolvedPolicy], taxonomy: Taxonomy, limit: Int = RegionPartition.regionLimit, findsRegions: Bool = true, visitor: inout V
    ) {
        self.taxonomy = taxonomy
        self.limit = limit
        self.findsRegions = findsRegions
        var components: [Component] = []
        var owner = 0
        for policy in policies {
            for rule in policy.rules {
                components.append(Component(owner: owner, isException: false, scope: rule.scope, when: rule.when))
                if let breaking = rule.breaking {
                    components.append(Component(owner: owner, isException: false, scope: breaking, when: rule.when))
                }
                for e in rule.unless {
                    components.append(Component(owner: owner, isException: true, scope: e.scope, when: e.when))
                }
                owner += 1
            }
        }
        self.components = components
        func subtreeTable(_ tree: TaxonomyTree) -> [[Int]] { tree.nodes.map { tree.subtreeIndices(of: $0.key) } }
        let actions = taxonomy[.action]
        subtrees = Dimension.scoped.map { $0 == .action ? actions.nodes.map { actions.permittedIndices(of: $0.key) } : subtreeTable(taxonomy[$0]) }
        contextSubtrees = subtreeTable(taxonomy[.context])
        contextSubtreeSets = contextSubtrees.map(Set.init)
        retainNodes = Set(taxonomy[.action].subtreeIndices(of: "retain"))
        _ = build(level: 0, live: Array(components.indices), classes: [], retention: nil, visitor: &visitor)
    }

    /// The region holding an atom (node index per scoped dimension) with a retention and
    /// the context facts that hold (each already expanded to its subtree).
    func region(of atom: [Int], retention: ISODuration?, context: Set<Int>) -> Int? {
        precondition(findsRegions, "a partition cut without its lookup finds no region")
        var child = 0
        while child >= 0 {
            switch steps[child] {
            case .dimension(let d, let children):
                child = children[atom[d]]
            case .retention(let thresholds, let children):
                let bucket = retention.flatMap { r in thresholds.firstIndex { r <= $0 } } ?? thresholds.count
                child = children[bucket]
            case .context(let facts, let children):
                guard let next = children[FactBits(facts.map { !contextSubtreeSets[$0].isDisjoint(with: context) })] else { return nil }
                child = next
            }
        }
        return -1 - child
    }

    /// The first node of `members` whose subtree stays inside them, else the first node.
    private static func witness(_ members: [Int], subtrees: [[Int]]) -> (Int, Bool) {
        let set = Set(members)
        if let n = members.first(where: { subtrees[$0].allSatisfy(set.contains) }) { return (n, true) }
        return (members[0], false)
    }

    /// Drops exceptions whose rule no longer applies anywhere in the region.
    private func pruned(_ live: [Int]) -> [Int] {
        let owners = Set(live.lazy.filter { !self.components[$0].isException }.map { self.components[$0].owner })
        return live.filter { owners.contains(components[$0].owner) }
    }

    private mutating func reserve() -> Int {
        steps.append(.dimension(-1, []))
        return steps.count - 1
    }

    private mutating func build<V: RegionVisitor>(level: Int, live: [Int], classes: [NodeClass], retention: ISODuration?, visitor: inout V) -> Int {
        if level < Dimension.scoped.count { return buildDimension(level, live: live, classes: classes, visitor: &visitor) }
        let retains = retainNodes.contains(classes[0].nodes[0])
        if level == Dimension.scoped.count, retains { return buildRetention(live: live, classes: classes, visitor: &visitor) }
        return buildContext(live: live, classes: classes, retains: retains, retention: retention, visitor: &visitor)
    }

    private mutating func buildDimension<V: RegionVisitor>(_ d: Int, live: [Int], classes: [NodeClass], visitor: inout V) -> Int {
        let me = reserve()
        let tree = taxonomy[Dimension.scoped[d]]
        var cuts: [Set<Int>] = []
        for c in live { if let set = components[c].scope.covered[d], !cuts.contains(set) { cuts.append(set) } }
        if d == 0 { cuts.append(retainNodes) }
        var groups: [[Bool]: [Int]] = [:]
        var order: [[Bool]] = []
        for n in tree.nodes.indices {
            let signature = cuts.map { $0.contains(n) }
            if groups[signature] == nil { order.append(signature) }
            groups[signature, default: []].append(n)
        }
        var children = Array(repeating: -1, count: tree.nodes.count)
        for signature in order where !exceeded {
            let members = groups[signature] ?? []
            let (witness, isolated) = Self.witness(members, subtrees: subtrees[d])
            let sample = members[0]
            let next = pruned(live.filter { components[$0].scope.contains(dimension: d, node: sample) })
            let child = build(level: d + 1, live: next, classes: classes + [NodeClass(nodes: members, witness: witness, isolated: isolated)], retention: nil,
                              visitor: &visitor)
            for n in members { children[n] = child }
        }
        steps[me] = .dimension(d, children)
        return me
    }

    private mutating func buildRetention<V: RegionVisitor>(live: [Int], classes: [NodeClass], visitor: inout V) -> Int {
        var thresholds: [ISODuration] = []
        for c in live { if let t = components[c].scope.retention?.threshold, !thresholds.contains(t) { thresholds.append(t) } }
        thresholds.sort()
        let me = reserve()
        var children: [Int] = []
        for sample in thresholds.map(Optional.some) + [nil] {
            let next = pruned(live.filter { components[$0].scope.retention?.contains(sample) ?? true })
            children.append(buildContext(live: next, classes: classes, retains: true, retention: sample, visitor: &visitor))
        }
        steps[me] = .retention(thresholds, children)
        return me
    }

    private mutating func buildContext<V: RegionVisitor>(live: [Int], classes: [NodeClass], retains: Bool, retention: ISODuration?, visitor: inout V) -> Int {
        var facts: [Int] = []
        for c in live { for f in components[c].when where !facts.contains(f) { facts.append(f) } }
        // Group the context nodes by which facts they make hold; combine the groups that
        // make some fact hold into every distinct set of holding facts.
        var groups: [[Bool]: [Int]] = [:]
        var order: [[Bool]] = []
        for n in contextSubtrees.indices {
            let signature = facts.map { contextSubtreeSets[$0].contains(n) }
            guard signature.contains(true) else { continue }
            if groups[signature] == nil { order.append(signature) }
            groups[signature, default: []].append(n)
        }
        var combinations: [[Bool]: [[Bool]]] = [Array(repeating: false, count: facts.count): []]
        var combinationOrder = [Array(repeating: false, count: facts.count)]
        for signature in order {
            for vector in combinationOrder where !exceeded {
                if combinationOrder.count + count > limit { exceeded = true }
                let union = zip(vector, signature).map { $0 || $1 }
                if combinations[union] == nil {
                    combinations[union] = (combinations[vector] ?? []) + [signature]
                    combinationOrder.append(union)
                }
            }
        }
        let me = facts.isEmpty ? -1 : reserve()
        var children: [FactBits: Int] = [:]
        for vector in combinationOrder where !exceeded {
            if count >= limit { exceeded = true; break }
            // Any member of a group makes the same facts hold; the witness prefers one whose subtree is in the group.
            let context = (combinations[vector] ?? []).map { Self.witness(groups[$0] ?? [], subtrees: contextSubtrees).0 }
            visitor.visit(Region(classes: classes, retains: retains, retention: retention, context: context), index: count)
            if findsRegions { children[FactBits(vector)] = -1 - count }
            count += 1
        }
        if me < 0 { return -count }  // no fact matters: the one region just cut
        steps[me] = .context(facts, children)
        return me
    }
}

extension RegionPartition {
    /// The regions that the witness operation of `region` (cut as number `index`) covers
    /// once each named node stands for its subtree (as the engine reads an operation): just
    /// the region itself when its witness is isolated.
    func regions(coveredByWitnessOf region: Region, index: Int) -> Set<Int> {
        if region.isolated { return [index] }
        // The engine reads a named fact as holding with its ancestors, never as its descendants:
        // the witness's facts are exactly the region's.
        let context = Set(region.context)
        var atoms: [[Int]] = [[]]
        for (d, nodeClass) in region.classes.enumerated() {
            let named = d == 2 && region.anyPurpose(in: taxonomy) ? nodeClass.nodes : subtrees[d][nodeClass.witness]
            atoms = atoms.flatMap { prefix in named.map { prefix + [$0] } }
        }
        var result = Set<Int>()
        for atom in atoms {
            if let r = self.region(of: atom, retention: region.retains ? region.retention : nil, context: context) { result.insert(r) }
        }
        return result
    }
}
