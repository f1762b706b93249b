/// The rules of a policy too large for one-word rows (``RuleTable``), at any size: rows
/// as many words wide as the rules and exceptions need, each with the list of its words
/// that are not zero. A decision first gathers the operation's candidates (the rules
/// that touch it in every dimension) from its narrowest rows, settles a deny that a
/// candidate surely makes, and otherwise walks the atoms over the candidates alone:
/// intersecting two rows walks the shorter list, so the cost follows the rules that can
/// match, not every rule. Rules are numbered inside the table by the data they cover,
/// then by action, so that the rules of one data class sit in few words and its row is
/// short. `when` facts are settled once per operation for the candidates that name one; retention
/// bounds, which few rules carry, are checked rule by rule on the atoms such a rule
/// reaches.
final class LargeRuleTable: Sendable {
    /// Words per row: one bit per rule (scope and breaking rows) or exception.
    let width: Int
    /// Per dimension, where its classes start in the global class numbering; then the
    /// number of classes.
    let classOffset: [Int]
    /// Per global class, three rows of `width` words: scopes, duties' breaking scopes,
    /// exceptions that cover the class. Then one more class per dimension, all its
    /// classes together (the rules that cover something of it), for an operation that
    /// touches every class of a dimension (an omitted purpose).
    let rowWords: [UInt64]
    /// Per dimension, the choice that stands for all its classes: its row is the one
    /// after the classes, numbered from the dimension's offset.
    let everyClass: [ClassChoice]
    /// The broad subtrees whose classes' rows are also kept ORed together, one global
    /// class each after the `everyClass` ones.
    let subtrees: SubtreeRows
    /// The choice that stands for each kept subtree, in the order of ``SubtreeRows/entries``.
    let subtreeChoices: [ClassChoice]
    /// Per global class (and kept union): whether its three rows hold every rule, duty's
    /// breaking scope and exception that any row holds, so that ANDing with it narrows
    /// nothing (a dimension no rule names, an omitted purpose).
    let coversAll: [Bool]
    /// Per global class g, the words where one of its rows is not zero:
    /// `liveWords[liveStart[g]..<liveStart[g + 1]]`.
    let liveWords: [Int32]
    let liveStart: [Int]
    /// `width` words each, in this order: deny rules, allow rules, require rules, rules
    /// whose scope holds only under a condition (a `when` fact or a retention bound), the
    /// same for breaking scopes, exceptions that hold only under a condition, rules that
    /// have exceptions; then rules whose scope has a retention bound, the same for
    /// breaking scopes and for exceptions; then the *plain* deny rules and duties (no
    /// condition, no exception), whose scope or breaking scope alone denies: deny rules
    /// that are neither conditional nor have exceptions, and rules whose breaking scope
    /// is neither.
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
    /// The first candidates of an operation naming few action and data classes; nil when
    /// the policy's pairs would take more words than its rows.
    let pairs: ActionDataIndex?
    /// Working memory kept between evaluations.
    let scratchPool: ScratchPool

    init(rules policyRules: [ResolvedRule], partitions: [DimensionPartition], taxonomy: Taxonomy) {
        let policyExceptions = RuleCatalog.exceptions(of: policyRules)
        catalog = RuleCatalog(rules: policyRules, exceptions: policyExceptions, taxonomy: taxonomy)
        // The data a rule covers, then its actions, as numbers: its least node and how many.
        let key = policyRules.indices.map { r -> (Int, Int, Int, Int) in
            let data = policyRules[r].scope.covered[1], action = policyRules[r].scope.covered[0]
            return (data?.min() ?? -1, data?.count ?? 0, action?.min() ?? -1, action?.count ?? 0)
        }
        let order = policyRules.indices.sorted { a, b in key[a] != key[b] ? key[a] < key[b] : a < b }
        // The rules in the table's order, read in place: a copy of a rule retains every string and set it holds.
        let rules = TableOrder(policyRules, order)
        var firstException = [Int](repeating: 0, count: policyRules.count + 1)
        for r in policyRules.indices { firstException[r + 1] = firstException[r] + policyRules[r].unless.count }
        ruleNumber = order.map(Int32.init)
        // The exceptions in the table's order (their rules' order), read in place from the catalog's list.
        var exceptionOrder: [Int] = [], owner: [Int32] = []
        exceptionOrder.reserveCapacity(policyExceptions.count)
        owner.reserveCapacity(policyExceptions.count)
        var first = [Int32(0)]
        first.reserveCapacity(order.count + 1)
        for (r, policyRule) in order.enumerated() {
            for e in firstException[policyRule]..<firstException[policyRule + 1] {
                exceptionOrder.append(e)
                owner.append(Int32(r))
            }
            first.append(Int32(exceptionOrder.count))
        }
        let exceptions = TableOrder(policyExceptions, exceptionOrder)
        exceptionNumber = exceptionOrder.map(Int32.init)
        exceptionOwner = owner
        exceptionStart = first
        let width = max(1, (max(rules.count, exceptions.count) + 63) / 64)
        self.width = width
        scratchPool = ScratchPool(wordCount: LargeScratch.wordCount(width), liveCount: LargeScratch.liveCount(width))
        var offset: [Int] = []
        var classes = 0
        for partition in partitions {
            offset.append(classes)
            classes += partition.classCount
        }
        classOffset = offset + [classes]
        everyClass = partitions.indices.map { d in ClassChoice(classID: Int32(classes + d - offset[d]), node: 0) }
        let subtrees = SubtreeRows(trees: Dimension.scoped.map { taxonomy[$0] }, partitions: partitions,
                                   firstRow: classes + partitions.count, classOffset: offset,
                                   budget: width < SubtreeRows.minimumWidth ? 0 : classes)
        self.subtrees = subtrees
        subtreeChoices = subtrees.entries.map(\.choice)
        let rowCount = classes + partitions.count + subtrees.entries.count

        var words = [UInt64](repeating: 0, count: rowCount * 3 * width)
        // Rules and exceptions are read in place (a copy of one retains every string and set it holds).
        func mark(_ scope: ResolvedScope, part: Int, member: Int) {
            let bit: UInt64 = 1 << UInt64(member & 63)
            for d in partitions.indices {
                let base = offset[d] * 3 + part
                if let covered = scope.covered[d] {
                    for node in covered { words[(base + Int(partitions[d].classOfNode[node]) * 3) * width + member >> 6] |= bit }
                } else {
                    for c in 0..<partitions[d].classCount { words[(base + c * 3) * width + member >> 6] |= bit }
                }
            }
        }
        for r in rules.indices {
            mark(rules[r].scope, part: 0, member: r)
            if let breaking = rules[r].breaking { mark(breaking, part: 1, member: r) }
        }
        for e in exceptions.indices { mark(exceptions[e].exception.scope, part: 2, member: e) }
        for (d, partition) in partitions.enumerated() {
            let every = (classes + d) * 3 * width
            for c in 0..<partition.classCount {
                let row = (offset[d] + c) * 3 * width
                for w in 0..<3 * width { words[every + w] |= words[row + w] }
            }
        }
        for (e, entry) in subtrees.entries.enumerated() {
            let union = (classes + partitions.count + e) * 3 * width
            for c in entry.classes {
                let row = (offset[entry.dimension] + Int(c)) * 3 * width
                for w in 0..<3 * width { words[union + w] |= words[row + w] }
            }
        }
        var members = [UInt64](repeating: 0, count: 3 * width)
        for d in partitions.indices {
            let every = (classes + d) * 3 * width
            for w in 0..<3 * width { members[w] |= words[every + w] }
        }
        coversAll = (0..<rowCount).map { g in
            let base = g * 3 * width
            return (0..<3 * width).allSatisfy { w in words[base + w] & members[w] == members[w] }
        }
        var live: [Int32] = []
        var liveStart = [0]
        for g in 0..<rowCount {
            let base = g * 3 * width
            for w in 0..<width where words[base + w] | words[base + width + w] | words[base + 2 * width + w] != 0 {
                live.append(Int32(w))
            }
            liveStart.append(live.count)
        }
        rowWords = words
        liveWords = live
        self.liveStart = liveStart

        var masks = [UInt64](repeating: 0, count: 12 * width)
        func insert(_ part: Int, _ member: Int) { masks[part * width + member >> 6] |= 1 << UInt64(member & 63) }
        for r in rules.indices {
            switch rules[r].rule.effect {
            case .deny: insert(0, r)
            case .allow: insert(1, r)
            case .require: insert(2, r)
            }
            let hasWhen = !rules[r].when.isEmpty, scopeBound = rules[r].scope.retention != nil
            let breakingBound = rules[r].breaking?.retention != nil
            if hasWhen || scopeBound { insert(3, r) }
            if hasWhen || breakingBound { insert(4, r) }
            if !rules[r].unless.isEmpty { insert(6, r) }
            if scopeBound { insert(7, r) }
            if breakingBound { insert(8, r) }
        }
        for e in exceptions.indices {
            let bounded = exceptions[e].exception.scope.retention != nil
            if !exceptions[e].exception.when.isEmpty || bounded { insert(5, e) }
            if bounded { insert(9, e) }
        }
        for w in 0..<width {
            masks[10 * width + w] = masks[w] & ~masks[3 * width + w] & ~masks[6 * width + w]
            masks[11 * width + w] = ~masks[4 * width + w] & ~masks[6 * width + w]
        }
        self.masks = masks

        let retain = Set(taxonomy[.action].subtreeIndices(of: "retain"))
        var isRetain = Array(repeating: false, count: partitions[0].classCount)
        for (node, c) in partitions[0].classOfNode.enumerated() where retain.contains(node) { isRetain[Int(c)] = true }
        actionIsRetain = isRetain

        ruleFacts = rules.indices.map { rules[$0].when.map(Int32.init) }
        exceptionFacts = exceptions.indices.map { exceptions[$0].exception.when.map(Int32.init) }
        scopeBound = rules.indices.map { rules[$0].scope.retention.map(RetentionBound.init) }
        breakingBound = rules.indices.map { rules[$0].breaking?.retention.map(RetentionBound.init) }
        exceptionBound = exceptions.indices.map { exceptions[$0].exception.scope.retention.map(RetentionBound.init) }
        let contextTree = taxonomy[.context]
        contextLineage = contextTree.nodes.enumerated().map { node, entry in
            [Int32(node)] + contextTree.ancestors(of: entry.key).compactMap { contextTree.index(of: $0).map(Int32.init) }
        }
        actionSpeaks = (0..<partitions[0].classCount).map { c in
            let base = c * 3 * width
            return (0..<width).contains { w in words[base + w] | (words[base + width + w] & masks[2 * width + w]) != 0 }
        }
        pairs = ActionDataIndex(
            rows: words, live: live, liveStart: liveStart, actionClasses: offset[0]..<offset[0] + partitions[0].classCount,
            dataClasses: offset[1]..<offset[1] + partitions[1].classCount, width: width,
            require: masks[2 * width..<3 * width], withExceptions: masks[6 * width..<7 * width], exceptionStart: exceptionStart,
            budget: max(1 << 16, words.count / 3))
    }
}

/// A policy's rules or exceptions in the table's order, read in place through the order
/// (none is copied).
private struct TableOrder<Element> {
    let elements: [Element]
    let order: [Int]

    init(_ elements: [Element], _ order: [Int]) {
        self.elements = elements
        self.order = order
    }

    var indices: Range<Int> { order.indices }
    var count: Int { order.count }
    subscript(i: Int) -> Element { _read { yield elements[order[i]] } }
}
