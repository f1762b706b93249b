/// The broad nodes of each dimension whose rows ``LargeRuleTable`` keeps ORed together: an
/// operation naming such a node (a data root, `share`) touches dozens of classes, and
/// ANDing its candidates with each class's row in turn cost more than all the rest of a
/// decision. With the subtree's row precomputed, the dimension costs one row, as a
/// dimension of one class does. Which node an operation named is not known here, only
/// its classes: a class set is found by a signature of its classes and confirmed member
/// by member, so a set that is no subtree's (several data keys) simply finds nothing.
struct SubtreeRows: Sendable {
    /// A subtree is kept when it touches at least this many classes; fewer are ANDed one by one.
    static let minimumClasses = 6
    /// Rows narrower than this many words are ANDed class by class: finding the subtree
    /// would cost more than it saves (measured: 100 rules, two words, lost a tenth).
    static let minimumWidth = 8

    /// One kept subtree: its dimension, its classes and the choice that stands for them
    /// (the class number after the dimension's own, so that `classOffset[d] + classID` is
    /// its row; the node is the subtree's first node, for a witness).
    struct Entry: Sendable {
        var dimension: Int
        var classes: [Int32]
        var choice: ClassChoice
    }

    /// In the order of their rows.
    let entries: [Entry]
    /// Per dimension, the signatures of its kept subtrees' classes, ascending, and the
    /// entry of each (a binary search costs less than hashing the signature).
    private let signatures: [[UInt64]]
    private let entryOfSignature: [[Int]]
    /// Per entry, its classes as a bitset of the dimension's classes, to confirm a match.
    private let members: [[UInt64]]

    /// - Parameters:
    ///   - trees: the dimensions' vocabularies, in ``Dimension/scoped`` order.
    ///   - firstRow: the global class number of the first kept subtree's row.
    ///   - classOffset: where each dimension's classes start in the global numbering.
    ///   - budget: the most subtrees kept (each costs three rows); the broadest are kept first.
    init(trees: [TaxonomyTree], partitions: [DimensionPartition], firstRow: Int, classOffset: [Int], budget: Int) {
        var found: [(dimension: Int, classes: [Int32], node: Int32)] = []
        for (d, partition) in partitions.enumerated() {
            var distinct = Set<UInt64>()
            for node in trees[d].nodes.indices {
                let choices = partition.choices(ofSubtree: node)
                // The whole dimension has its own row already.
                guard choices.count >= Self.minimumClasses, choices.count < partition.classCount else { continue }
                let classes = choices.map(\.classID).sorted()
                guard distinct.insert(Self.signature(classes)).inserted else { continue }
                found.append((d, classes, Int32(node)))
            }
        }
        found.sort { $0.classes.count != $1.classes.count ? $0.classes.count > $1.classes.count : ($0.dimension, $0.node) < ($1.dimension, $1.node) }
        found = Array(found.prefix(max(0, budget)))
        var entries: [Entry] = []
        var members: [[UInt64]] = []
        var bySignature: [[(UInt64, Int)]] = Array(repeating: [], count: partitions.count)
        for (e, subtree) in found.enumerated() {
            let d = subtree.dimension
            entries.append(Entry(dimension: d, classes: subtree.classes,
                                 choice: ClassChoice(classID: Int32(firstRow + e - classOffset[d]), node: subtree.node)))
            var bits = [UInt64](repeating: 0, count: (partitions[d].classCount + 63) / 64)
            for c in subtree.classes { bits[Int(c) >> 6] |= 1 << UInt64(c & 63) }
            members.append(bits)
            bySignature[d].append((Self.signature(subtree.classes), e))
        }
        self.entries = entries
        self.members = members
        let sorted = bySignature.map { $0.sorted { $0.0 < $1.0 } }
        signatures = sorted.map { $0.map(\.0) }
        entryOfSignature = sorted.map { $0.map(\.1) }
    }

    /// The kept subtree whose classes are exactly `choices`, if any.
    func entry(_ dimension: Int, _ choices: UnsafeBufferPointer<ClassChoice>) -> Int? {
        guard choices.count >= Self.minimumClasses, !signatures[dimension].isEmpty else { return nil }
        var sum = UInt64(choices.count)
        for choice in choices { sum &+= Self.mix(choice.classID) }
        let kept = signatures[dimension]
        var low = 0, high = kept.count
        while low < high {
            let middle = (low + high) / 2
            if kept[middle] < sum { low = middle + 1 } else { high = middle }
        }
        guard low < kept.count, kept[low] == sum else { return nil }
        let e = entryOfSignature[dimension][low]
        guard entries[e].classes.count == choices.count else { return nil }
        let bits = members[e]
        for choice in choices where bits[Int(choice.classID) >> 6] & (1 << UInt64(choice.classID & 63)) == 0 { return nil }
        return e
    }

    /// Independent of order: the sum of each class's mixed number, plus their count.
    private static func signature(_ classes: [Int32]) -> UInt64 {
        classes.reduce(UInt64(classes.count)) { $0 &+ mix($1) }
    }

    private static func mix(_ c: Int32) -> UInt64 {
        var x = UInt64(UInt32(bitPattern: c)) &+ 0x9E37_79B9_7F4A_7C15
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }
}
