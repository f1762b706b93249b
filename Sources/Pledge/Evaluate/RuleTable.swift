/// The rules of a policy as bit rows: for each class of each dimension, which rules'
/// scopes, which duties' breaking scopes and which exceptions cover it. An atom's
/// applicable rules are the AND of five rows, so a decision is a few word operations per
/// class combination, with no allocation. For policies whose rules, exceptions and facts
/// fit one word each; larger ones take ``LargeRuleTable`` (see ``CompiledRules``).
final class RuleTable<Bits: FixedBitset>: Sendable {
    /// The three rows of one class, ANDed together level by level.
    struct Rows: Sendable {
        var scope: Bits
        var breaking: Bits
        var exceptions: Bits

        static func & (a: Rows, b: Rows) -> Rows {
            Rows(scope: a.scope & b.scope, breaking: a.breaking & b.breaking, exceptions: a.exceptions & b.exceptions)
        }

        /// No rule and no duty covers it: every atom below is not covered.
        var isSilent: Bool { scope.isEmpty && breaking.isEmpty }
    }

    let denyRules: Bits
    let allowRules: Bits
    let requireRules: Bits
    let everyException: Bits
    /// Per dimension (``Dimension/scoped`` order), per class.
    let action: [Rows], data: [Rows], purpose: [Rows], recipient: [Rows], identifiability: [Rows]
    /// Per action class: whether it is a `retain`, to which retention bounds apply.
    let actionIsRetain: [Bool]

    /// The distinct facts that `when` lists name; per context node, those of them it
    /// satisfies (itself and its ancestors: `subpoena` satisfies `legal_process`).
    let factsOfContextNode: [Bits]
    /// Per named fact, the rules and the exceptions whose `when` lists it.
    let rulesNeedingFact: [Bits], exceptionsNeedingFact: [Bits]

    /// Retention bounds of rule scopes, duties' breaking scopes and exceptions.
    let scopeBounds: [(member: Int, bound: RetentionBound)]
    let breakingBounds: [(member: Int, bound: RetentionBound)]
    let exceptionBounds: [(member: Int, bound: RetentionBound)]

    /// For explaining decisions.
    let catalog: RuleCatalog
    /// Per exception, the rule it belongs to: the catalog's list, held here too so that the
    /// walk reads it without going through the catalog.
    let exceptionOwner: [Int32]

    init(rules: [ResolvedRule], partitions: [DimensionPartition], taxonomy: Taxonomy) {
        let exceptions = RuleCatalog.exceptions(of: rules)
        func rows(_ d: Int) -> [Rows] {
            let partition = partitions[d]
            var representative = Array(repeating: -1, count: partition.classCount)
            for (node, c) in partition.classOfNode.enumerated() where representative[Int(c)] < 0 { representative[Int(c)] = node }
            func covers(_ scope: ResolvedScope?, _ node: Int) -> Bool {
                scope?.contains(dimension: d, node: node) ?? false
            }
            return representative.map { node in
                var row = Rows(scope: .empty, breaking: .empty, exceptions: .empty)
                for (r, rule) in rules.enumerated() {
                    if covers(rule.scope, node) { row.scope.insert(r) }
                    if covers(rule.breaking, node) { row.breaking.insert(r) }
                }
                for (e, entry) in exceptions.enumerated() where covers(entry.exception.scope, node) { row.exceptions.insert(e) }
                return row
            }
        }
        action = rows(0); data = rows(1); purpose = rows(2); recipient = rows(3); identifiability = rows(4)

        let retain = Set(taxonomy[.action].subtreeIndices(of: "retain"))
        var isRetain = Array(repeating: false, count: partitions[0].classCount)
        for (node, c) in partitions[0].classOfNode.enumerated() where retain.contains(node) { isRetain[Int(c)] = true }
        actionIsRetain = isRetain

        func members(_ predicate: (ResolvedRule) -> Bool) -> Bits {
            var bits = Bits.empty
            for (r, rule) in rules.enumerated() where predicate(rule) { bits.insert(r) }
            return bits
        }
        denyRules = members { $0.rule.effect == .deny }
        allowRules = members { $0.rule.effect == .allow }
        requireRules = members { $0.rule.effect == .require }
        var all = Bits.empty
        for e in exceptions.indices { all.insert(e) }
        everyException = all

        let named = Array(Set(rules.flatMap { $0.when + $0.unless.flatMap(\.when) })).sorted()
        let contextTree = taxonomy[.context]
        factsOfContextNode = contextTree.nodes.map { node in
            var bits = Bits.empty
            let satisfied = Set([node.key] + contextTree.ancestors(of: node.key))
            for (f, fact) in named.enumerated() where satisfied.contains(contextTree.nodes[fact].key) { bits.insert(f) }
            return bits
        }
        rulesNeedingFact = named.map { fact in members { $0.when.contains(fact) } }
        exceptionsNeedingFact = named.map { fact in
            var bits = Bits.empty
            for (e, entry) in exceptions.enumerated() where entry.exception.when.contains(fact) { bits.insert(e) }
            return bits
        }

        scopeBounds = rules.enumerated().compactMap { r, rule in rule.scope.retention.map { (r, RetentionBound($0)) } }
        breakingBounds = rules.enumerated().compactMap { r, rule in rule.breaking?.retention.map { (r, RetentionBound($0)) } }
        exceptionBounds = exceptions.enumerated().compactMap { e, entry in entry.exception.scope.retention.map { (e, RetentionBound($0)) } }
        catalog = RuleCatalog(rules: rules, exceptions: exceptions, taxonomy: taxonomy)
        exceptionOwner = catalog.exceptionOwner
    }
}
