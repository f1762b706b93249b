/// A scope with its keys resolved to taxonomy node indices, per dimension in
/// ``Dimension/scoped`` order: the node sets it covers (nil: any). The engine compiles
/// these sets into bit rows; the linter and the diff compare them as sets.
struct ResolvedScope: Sendable, Hashable {
    var covered: [Set<Int>?]
    var retention: RetentionLimit?

    /// Whether the scope covers a node of the dimension at `dimension` in ``Dimension/scoped``.
    func contains(dimension: Int, node: Int) -> Bool { covered[dimension]?.contains(node) ?? true }

    /// True when some dimension lists no node at all: the scope matches nothing.
    var isEmpty: Bool { covered.contains { $0?.isEmpty == true } }

    /// Whether every atom this scope matches is matched by `wider` too (retention included).
    func isInside(_ wider: ResolvedScope) -> Bool {
        for (mine, theirs) in zip(covered, wider.covered) {
            guard let theirs else { continue }
            guard let mine, mine.isSubset(of: theirs) else { return false }
        }
        switch (retention, wider.retention) {
        case (_, nil): return true
        case (nil, _?): return false
        case (.atMost(let a)?, .atMost(let b)?): return a <= b
        case (.longerThan(let a)?, .longerThan(let b)?): return a >= b
        default: return false
        }
    }
}
