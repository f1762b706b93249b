/// One class of a dimension that an operation touches, with the first node of the
/// operation's own nodes that falls in it (named in a witness).
struct ClassChoice: Sendable, Hashable {
    var classID: Int32
    var node: Int32
}

/// A dimension's nodes cut into classes that every rule scope, duty and exception treats
/// alike: two nodes share a class when each scope covers both or neither. An operation
/// naming a big node (`user`, every purpose) then costs one atom per class it touches,
/// not one per node.
struct DimensionPartition: Sendable {
    /// The class of each node.
    let classOfNode: [Int32]
    let classCount: Int
    /// Per node, the classes of its subtree (node and descendants), each with its first
    /// node, ascending by node: `choices[choiceStart[n]..<choiceStart[n + 1]]`.
    let choiceStart: [Int]
    let choices: [ClassChoice]
    /// The classes of the whole dimension, as for an omitted purpose.
    let everyClass: [ClassChoice]

    /// - Parameters:
    ///   - tree: the dimension's vocabulary.
    ///   - cuts: the node sets that scopes of this dimension cover (a nil scope covers
    ///     everything and cuts nothing, so it is left out).
    init(tree: TaxonomyTree, cuts: [Set<Int>]) {
        let count = tree.nodes.count
        let words = (cuts.count + 63) / 64
        // Each node's signature (the cuts that hold it), `words` words each, side by side in one array.
        var signatures = [UInt64](repeating: 0, count: count * words)
        for c in cuts.indices {
            let bit: UInt64 = 1 << UInt64(c & 63)
            for node in cuts[c] where node < count { signatures[node * words + c >> 6] |= bit }
        }
        var classOfSignature: [ArraySlice<UInt64>: Int32] = [:]
        var classOfNode: [Int32] = []
        classOfNode.reserveCapacity(count)
        for node in 0..<count {
            let signature = signatures[node * words..<(node + 1) * words]
            let next = Int32(classOfSignature.count)
            let id = classOfSignature[signature] ?? next
            if id == next { classOfSignature[signature] = id }
            classOfNode.append(id)
        }
        self.classOfNode = classOfNode
        self.classCount = classOfSignature.count

        var start: [Int] = [0]
        var flat: [ClassChoice] = []
        for node in tree.nodes {
            flat.append(contentsOf: Self.choices(ofNodes: tree.subtreeIndices(of: node.key), classOfNode: classOfNode))
            start.append(flat.count)
        }
        self.choiceStart = start
        self.choices = flat
        self.everyClass = Self.choices(ofNodes: 0..<count, classOfNode: classOfNode)
    }

    /// The classes of one node's subtree.
    func choices(ofSubtree node: Int) -> ArraySlice<ClassChoice> {
        choices[choiceStart[node]..<choiceStart[node + 1]]
    }

    /// The classes of these nodes (not their subtrees), each with its first node, ascending by node.
    func choices(ofNodes nodes: some Sequence<Int>) -> [ClassChoice] {
        Self.choices(ofNodes: nodes, classOfNode: classOfNode)
    }

    private static func choices(ofNodes nodes: some Sequence<Int>, classOfNode: [Int32]) -> [ClassChoice] {
        var seen = Set<Int32>()
        var result: [ClassChoice] = []
        for node in nodes.sorted() where seen.insert(classOfNode[node]).inserted {
            result.append(ClassChoice(classID: classOfNode[node], node: Int32(node)))
        }
        return result
    }

    /// The classes of several subtrees together, each with its first node, ascending by node.
    func choices(ofSubtrees nodes: some Sequence<Int>) -> [ClassChoice] {
        var first: [Int32: Int32] = [:]
        for node in nodes {
            for choice in choices(ofSubtree: node) {
                first[choice.classID] = min(first[choice.classID] ?? choice.node, choice.node)
            }
        }
        return first.map { ClassChoice(classID: $0.key, node: $0.value) }.sorted { $0.node < $1.node }
    }
}
