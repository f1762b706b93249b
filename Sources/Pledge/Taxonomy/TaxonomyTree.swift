/// The vocabulary of one dimension: a forest of nodes, each covering its descendants.
public struct TaxonomyTree: Sendable, Hashable {
    /// The dimension this tree is the vocabulary of.
    public let dimension: Dimension
    /// The nodes in file order; a parent always comes before its children.
    public let nodes: [TaxonomyNode]
    private let indexByKey: [String: Int]
    private let childIndices: [[Int]]

    /// Builds the tree; the caller has checked that every parent exists and precedes its child.
    init(dimension: Dimension, nodes: [TaxonomyNode]) {
        self.dimension = dimension
        self.nodes = nodes
        var index: [String: Int] = [:]
        for (i, node) in nodes.enumerated() { index[node.key] = i }
        var children = Array(repeating: [Int](), count: nodes.count)
        for (i, node) in nodes.enumerated() {
            if let parent = node.parent, let p = index[parent] { children[p].append(i) }
        }
        self.indexByKey = index
        self.childIndices = children
    }

    /// Whether `key` is a node of this tree.
    public func contains(_ key: String) -> Bool { indexByKey[key] != nil }

    /// The node with this key, if any.
    public func node(_ key: String) -> TaxonomyNode? { indexByKey[key].map { nodes[$0] } }

    /// The position of a key in ``nodes``: the integer id the engine compiles to.
    public func index(of key: String) -> Int? { indexByKey[key] }

    /// The keys of the nodes with no parent.
    public var roots: [String] { nodes.filter { $0.parent == nil }.map(\.key) }

    /// The keys of the node's direct children, in file order.
    public func children(of key: String) -> [String] {
        guard let i = indexByKey[key] else { return [] }
        return childIndices[i].map { nodes[$0].key }
    }

    /// The node itself and all its descendants, by index into ``nodes``.
    public func subtreeIndices(of key: String) -> [Int] {
        guard let root = indexByKey[key] else { return [] }
        var result: [Int] = []
        var stack = [root]
        while let i = stack.popLast() {
            result.append(i)
            stack.append(contentsOf: childIndices[i].reversed())
        }
        return result
    }

    /// What a permission naming `key` covers: the node and its descendants, except the
    /// acts under it that are permitted only by name (`permitted_by_name`) and theirs.
    public func permittedIndices(of key: String) -> [Int] {
        guard let root = indexByKey[key] else { return [] }
        var result: [Int] = []
        var stack = [root]
        while let i = stack.popLast() {
            result.append(i)
            stack.append(contentsOf: childIndices[i].reversed().filter { !nodes[$0].permittedByName })
        }
        return result
    }

    /// The node itself and all its descendants.
    public func subtree(of key: String) -> [String] { subtreeIndices(of: key).map { nodes[$0].key } }

    /// Whether `ancestor` is `key` or one of its ancestors.
    public func covers(_ ancestor: String, _ key: String) -> Bool {
        var current: String? = key
        while let k = current {
            if k == ancestor { return true }
            current = node(k)?.parent
        }
        return false
    }

    /// The node's ancestors, nearest first, not including itself.
    public func ancestors(of key: String) -> [String] {
        var result: [String] = []
        var current = node(key)?.parent
        while let k = current {
            result.append(k)
            current = node(k)?.parent
        }
        return result
    }
}

extension TaxonomyTree {
    /// The node in plain words: its label, else its key's last part with spaces for
    /// underscores (a term the policy defines itself has no label).
    public func label(of key: String) -> String {
        if let label = node(key)?.label { return label }
        return (key.split(separator: ".").last ?? Substring(key)).split(separator: "_").joined(separator: " ")
    }
}
