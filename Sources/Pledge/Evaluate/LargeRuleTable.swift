/// The rules of a policy too large for one-word rows (``RuleTable``), at any size: rows
/// as many words wide as the rules and exceptions need, each with the list of its words
/// that are not zero. Intersecting two rows walks the shorter list, so an atom costs what
/// the rules that can still match it cost, not what every rule costs. Rules are numbered
/// inside the table by the data they cover, then by action, so that the rules of one data
/// class sit in few words and its row is short. Conditions that few rules carry (a
/// `when` fact, a retention bound) are checked rule by rule on the atoms such a rule
/// reaches, instead of as rows.
final class LargeRuleTable: Sendable {
    /// Words per row: one bit per rule (scope and breaking rows) or exception.
    let width: Int
    /// Per dimension, where its classes start in the global class numbering.
    let classOffset: [Int]
    /// Per global class, three rows of `width` words: scopes, duties' breaking scopes,
    /// exceptions that cover the class.
    let rowWords: [UInt64]
    /// Per global class g, the words where one of its rows is not zero:
    /// `liveWords[liveStart[g]..<liveStart[g + 1]]`.
    let liveWords: [Int32]
    let liveStart: [Int]
    /// `width` words each, in this order: deny rules, allow rules, require rules, rules
    /// whose scope holds only under a condition, the same for breaking scopes,
    /// exceptions that hold only under a condition, and rules that have exceptions.
    let masks: [UInt64]
    /// Per action class: whether it is a `retain`, to which retention bounds apply.
    let actionIsRetain: [Bool]
    /// The `when` facts (context nodes) of each rule and of each exception.
    let ruleFacts: [[Int32]], exceptionFacts: [[Int32]]
    /// Retention bounds of rule scopes, duties' breaking scopes and exceptions.
    let scopeBound: [RetentionBound?], breakingBound: [RetentionBound?], exceptionBound: [RetentionBound?]
    /// Per context node, itself and its ancestors: the facts it satisfies.
    let contextLineage: [[Int32]]
    /// Per action class: whether some rule or duty covers it at all.
    let actionSpeaks: [Bool]
    /// The policy's number of each rule and each exception, by the table's number.
    let ruleNumber: [Int32], exceptionNumber: [Int32]
    /// The table's number of the rule each exception (by the table's number) belongs to.
    let exceptionOwner: [Int32]
    /// Per rule (by the table's number), where its exceptions start in the table's
    /// numbering: rule r has `exceptionStart[r]..<exceptionStart[r + 1]`.
    let exceptionStart: [Int32]
    /// Explains decisions in the policy's numbering.
    let catalog: RuleCatalog

    init(rules policyRules: [ResolvedRule], partitions: [DimensionPartition], taxonomy: Taxonomy) {
        catalog = RuleCatalog(rules: policyRules, exceptions: RuleCatalog.exceptions(of: policyRules), taxonomy: taxonomy)
        let order = policyRules.indices.sorted { a, b in
            let x = policyRules[a].rule.scope, y = policyRules[b].rule.scope
            let dx = x.data ?? [], dy = y.data ?? []
            if dx != dy { return dx.lexicographicallyPrecedes(dy) }
            let ax = x.action ?? [], ay = y.action ?? []
            if ax != ay { return ax.lexicographicallyPrecedes(ay) }
            return a < b
        }
        let rules = order.map { policyRules[$0] }
        var firstException = [Int](repeating: 0, count: policyRules.count + 1)
        for (r, rule) in policyRules.enumerated() { firstException[r + 1] = firstException[r] + rule.unless.count }
        ruleNumber = order.map(Int32.init)
        exceptionNumber = order.flatMap { r in (firstException[r]..<firstException[r + 1]).map(Int32.init) }
        let exceptions = RuleCatalog.exceptions(of: rules)
        exceptionOwner = exceptions.map { Int32($0.owner) }
        var first = [Int32(0)]
        for rule in rules { first.append(first[first.count - 1] + Int32(rule.unless.count)) }
        exceptionStart = first
        let width = max(1, (max(rules.count, exceptions.count) + 63) / 64)
        self.width = width
        var offset: [Int] = []
        var classes = 0
        for partition in partitions {
            offset.append(classes)
            classes += partition.classCount
        }
        classOffset = offset

        var words = [UInt64](repeating: 0, count: classes * 3 * width)
        for (d, partition) in partitions.enumerated() {
            func mark(_ scope: ResolvedScope?, part: Int, member: Int) {
                guard let scope else { return }
                let bit: UInt64 = 1 << UInt64(member & 63)
                func set(_ c: Int) { words[((offset[d] + c) * 3 + part) * width + member >> 6] |= bit }
                if let covered = scope.covered[d] {
                    for node in covered { set(Int(partition.classOfNode[node])) }
                } else {
                    for c in 0..<partition.classCount { set(c) }
                }
            }
            for (r, rule) in rules.enumerated() {
                mark(rule.scope, part: 0, member: r)
                mark(rule.breaking, part: 1, member: r)
            }
            for (e, entry) in exceptions.enumerated() { mark(entry.exception.scope, part: 2, member: e) }
        }
        var live: [Int32] = []
        var liveStart = [0]
        for g in 0..<classes {
            let base = g * 3 * width
            for w in 0..<width where words[base + w] | words[base + width + w] | words[base + 2 * width + w] != 0 {
                live.append(Int32(w))
            }
            liveStart.append(live.count)
        }
        rowWords = words
        liveWords = live
        self.liveStart = liveStart

        var masks = [UInt64](repeating: 0, count: 7 * width)
        func insert(_ part: Int, _ member: Int) { masks[part * width + member >> 6] |= 1 << UInt64(member & 63) }
        for (r, rule) in rules.enumerated() {
            switch rule.rule.effect {
            case .deny: insert(0, r)
            case .allow: insert(1, r)
            case .require: insert(2, r)
            }
            if !rule.when.isEmpty || rule.scope.retention != nil { insert(3, r) }
            if !rule.when.isEmpty || rule.breaking?.retention != nil { insert(4, r) }
            if !rule.unless.isEmpty { insert(6, r) }
        }
        for (e, entry) in exceptions.enumerated() where !entry.exception.when.isEmpty || entry.exception.scope.retention != nil {
            insert(5, e)
        }
        self.masks = masks

        let retain = Set(taxonomy[.action].subtreeIndices(of: "retain"))
        var isRetain = Array(repeating: false, count: partitions[0].classCount)
        for (node, c) in partitions[0].classOfNode.enumerated() where retain.contains(node) { isRetain[Int(c)] = true }
        actionIsRetain = isRetain

        ruleFacts = rules.map { $0.when.map(Int32.init) }
        exceptionFacts = exceptions.map { $0.exception.when.map(Int32.init) }
        scopeBound = rules.map { $0.scope.retention.map(RetentionBound.init) }
        breakingBound = rules.map { $0.breaking?.retention.map(RetentionBound.init) }
        exceptionBound = exceptions.map { $0.exception.scope.retention.map(RetentionBound.init) }
        let contextTree = taxonomy[.context]
        contextLineage = contextTree.nodes.enumerated().map { node, entry in
            [Int32(node)] + contextTree.ancestors(of: entry.key).compactMap { contextTree.index(of: $0).map(Int32.init) }
        }
        actionSpeaks = (0..<partitions[0].classCount).map { c in
            let base = c * 3 * width
            return (0..<width).contains { w in words[base + w] | (words[base + width + w] & masks[2 * width + w]) != 0 }
        }
    }
}
