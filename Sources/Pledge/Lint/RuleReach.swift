/// Which rules an operation can meet. An operation naming a node stands for the node's
/// subtree, so it meets a scope in a dimension exactly when the node is, or is an
/// ancestor of, a node the scope covers. A rule it meets neither by its own scope nor by
/// its breaking scope (a duty's) takes no part in its decision, nor do that rule's
/// exceptions: deciding the operation with only the rules it meets decides it exactly.
struct RuleReach: Sendable {
    /// Per rule, per scope (its own, then its breaking scope), per scoped dimension: the
    /// nodes an operation may name and meet it; nil when the scope leaves the dimension open.
    private let reach: [[[Set<Int>?]]]
    /// Per scoped dimension, per node: the rules (ascending) some scope of which an operation
    /// naming the node may meet there, open scopes included. A question looks only at the
    /// rules of its most selective dimension: scanning every rule per witness made linting
    /// grow with the square of the rules even where each witness meets a few.
    private let byNode: [[[Int]]]

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
        let reach = policy.rules.map { rule in
            ([rule.scope] + (rule.breaking.map { [$0] } ?? [])).map { scope in
                scope.covered.enumerated().map { d, covered in covered.map { upward($0, parents[d]) } }
            }
        }
        self.reach = reach
        byNode = parents.indices.map { d in
            var rules = Array(repeating: [Int](), count: parents[d].count)
            for (r, scopes) in reach.enumerated() {
                var nodes = Set<Int>()
                for scope in scopes {
                    guard let reached = scope[d] else { nodes = Set(rules.indices); break }
                    nodes.formUnion(reached)
                }
                for n in nodes { rules[n].append(r) }
            }
            return rules
        }
    }

    /// The rules (indices, ascending) that an operation naming `nodes` meets: one node per
    /// scoped dimension, nil where it names none (any purpose).
    func rules(metBy nodes: [Int?]) -> [Int] {
        let candidates = zip(byNode, nodes).compactMap { rules, node in node.map { rules[$0] } }.min { $0.count < $1.count }
        return (candidates ?? Array(reach.indices)).filter { r in
            reach[r].contains { scope in
                zip(scope, nodes).allSatisfy { reached, node in
                    guard let reached, let node else { return true }
                    return reached.contains(node)
                }
            }
        }
    }
}
