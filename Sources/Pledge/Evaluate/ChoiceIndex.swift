/// Where the classes of every node, every dimension and every defined term sit in one
/// flat store, so resolving an operation's keys is table lookups (``KeyTable``) and ranges, no copying.
struct ChoiceIndex: Sendable {
    let store: [ClassChoice]
    /// Per dimension (``Dimension/scoped`` order), per node key: the classes an operation
    /// naming it touches. An action is one act: itself and its plain kinds (a disclosure
    /// may be a sharing), never an act permitted only by name (a sale says `sell`); in the
    /// other dimensions a node stands for its whole subtree (`user` is all personal data).
    let named: [KeyTable<Range<Int>>]
    /// Per dimension: all its classes.
    let every: [Range<Int>]
    /// Per data term the policy defines: the classes of the data it stands for.
    let terms: KeyTable<Range<Int>>

    init(trees: [TaxonomyTree], partitions: [DimensionPartition], terms: [String: [Int]]) {
        var store: [ClassChoice] = []
        func append(_ choices: some Collection<ClassChoice>) -> Range<Int> {
            let start = store.count
            store.append(contentsOf: choices)
            return start..<store.count
        }
        named = zip(trees, partitions).map { tree, partition in
            var ranges: [String: Range<Int>] = [:]
            for (node, entry) in tree.nodes.enumerated() {
                ranges[entry.key] = tree.dimension == .action
                    ? append(partition.choices(ofNodes: tree.permittedIndices(of: entry.key)))
                    : append(partition.choices(ofSubtree: node))
            }
            return KeyTable(ranges)
        }
        every = partitions.map { append($0.everyClass) }
        self.terms = KeyTable(terms.mapValues { append(partitions[1].choices(ofSubtrees: $0)) })
        self.store = store
    }
}
