/// The rules whose scope may hold a given scope, found through the nodes they cover rather
/// than by comparing every pair of rules (which made the shadowed-rule check grow with the
/// square of the rules). A scope lies inside another only if, in every dimension the other
/// lists, it lists nodes all of which the other covers: so the other covers its first node.
struct EnclosingScopes: Sendable {
    /// Per scoped dimension, per node: the rules (ascending) whose scope covers the node.
    private let covering: [[[Int]]]
    /// Per scoped dimension: the rules (ascending) whose scope leaves the dimension open.
    private let open: [[Int]]
    /// Every rule indexed, ascending.
    private let all: [Int]

    /// An index of `rules` (index and scope, ascending by index) over `taxonomy`'s trees.
    init(_ rules: [(index: Int, scope: ResolvedScope)], taxonomy: Taxonomy) {
        all = rules.map(\.index)
        var covering = Dimension.scoped.map { Array(repeating: [Int](), count: taxonomy[$0].nodes.count) }
        var open = Array(repeating: [Int](), count: Dimension.scoped.count)
        for (index, scope) in rules {
            for (d, covered) in scope.covered.enumerated() {
                guard let covered else { open[d].append(index); continue }
                for node in covered { covering[d][node].append(index) }
            }
        }
        self.covering = covering
        self.open = open
    }

    /// The rules (ascending) that may enclose `scope`: every rule whose scope holds it is
    /// among them; the caller still checks each.
    func candidates(enclosing scope: ResolvedScope) -> [Int] {
        var best: [Int]? = nil
        for (d, covered) in scope.covered.enumerated() {
            // An empty list matches nothing and lies inside anything; an open dimension only in another open one.
            if covered?.isEmpty == true { continue }
            let some = covered.map { covering[d][$0.min()!] } ?? []
            guard (best?.count ?? Int.max) > some.count + open[d].count else { continue }
            best = Self.merged(some, open[d])
        }
        return best ?? all
    }

    /// Two ascending lists of distinct rules (no rule in both) as one ascending list.
    private static func merged(_ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) { result.append(a[i]); i += 1 } else { result.append(b[j]); j += 1 }
        }
        return result
    }
}
