/// Which rules an operation can meet. An operation naming a node stands for the node's
/// subtree, so it meets a scope in a dimension exactly when the node is, or is an
/// ancestor of, a node the scope covers. A rule it meets neither by its own scope nor by
/// its breaking scope (a duty's) takes no part in its decision, nor do that rule's
/// exceptions: deciding the operation with only the rules it meets decides it exactly.
struct RuleReach: Sendable {
    /// Per rule, per scope (its own, then its breaking scope), per scoped dimension: the
    /// nodes an operation may name and meet it; nil when the scope leaves the dimension open.
    private let reach: [[[Set<Int>?]]]

    init(_ policy: ResolvedPolicy) {
        let parents: [[Int?]] = Dimension.scoped.map { dimension in
            let tree = policy.taxonomy[dimension]
            return tree.nodes.map { $0.parent.flatMap(tree.index(of:)) }
        }
        // The covered nodes and their ancestors; a walk up stops at a node already reached,
        // whose ancestors are reached already.
        func upward(_ covered: Set<Int>, _ parent: [Int?]) -> Set<Int> {
            var reached = Set<Int>()
            for node in covered {
                var current: Int? = node
                while let n = current, reached.insert(n).inserted { current = parent[n] }
            }
            return reached
        }
        reach = policy.rules.map { rule in
            ([rule.scope] + (rule.breaking.map { [$0] } ?? [])).map { scope in
                scope.covered.enumerated().map { d, covered in covered.map { upward($0, parents[d]) } }
            }
        }
    }

    /// The rules (indices, ascending) that an operation naming `nodes` meets: one node per
    /// scoped dimension, nil where it names none (any purpose).
    func rules(metBy nodes: [Int?]) -> [Int] {
        reach.indices.filter { r in
            reach[r].contains { scope in
                zip(scope, nodes).allSatisfy { reached, node in
                    guard let reached, let node else { return true }
                    return reached.contains(node)
                }
            }
        }
    }
}
