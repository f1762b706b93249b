/// What each term of a ``TermTable`` stands for in one compiled policy, found once per
/// run: per scoped dimension the classes it touches (where ``CompiledPolicy/withSpace(of:_:)``
/// finds them by the term's string), and the context node. An operation read as
/// ``TermNumbers`` is then resolved by indexing, not by hashing its terms a second time.
/// A term the policy does not know in a dimension has no classes there: such an operation
/// is resolved by its strings, which word the problem.
final class TermClasses: Sendable {
    /// Per term number, per scoped dimension: its range of the index's store; `unknown` when none.
    private let ranges: [Range<Int>]
    /// Per term number: its context node, or -1.
    private let contextNodes: [Int32]
    /// The classes of the recipient and the identifiability an operation names none of.
    let defaultRecipient: Range<Int>?, defaultIdentifiability: Range<Int>?
    static let unknown = -1 ..< -1
    private static let dimensions = 5

    init(_ policy: CompiledPolicy, _ table: TermTable) {
        var ranges: [Range<Int>] = [], contextNodes: [Int32] = []
        ranges.reserveCapacity(table.terms.count * Self.dimensions)
        for term in table.terms {
            for d in 0..<Self.dimensions {
                ranges.append(Self.range(policy, d, term) ?? Self.unknown)
            }
            contextNodes.append(policy.contextNodes[term] ?? -1)
        }
        self.ranges = ranges
        self.contextNodes = contextNodes
        defaultRecipient = Self.range(policy, 3, Operation.defaultRecipient)
        defaultIdentifiability = Self.range(policy, 4, Operation.defaultIdentifiability)
    }

    /// As ``CompiledPolicy/withSpace(of:_:)`` resolves `key` without a problem; nil where it has one.
    private static func range(_ policy: CompiledPolicy, _ d: Int, _ key: String) -> Range<Int>? {
        guard d == 1 else { return policy.index.named[d][key] }
        if let term = policy.index.terms[key] { return term }
        if policy.terms[key] != nil { return nil }
        return policy.index.named[1][key]
    }

    /// The classes of term `number` in scoped dimension `d`; nil when it has none there.
    @inline(__always)
    func range(_ d: Int, _ number: Int32) -> Range<Int>? {
        guard number >= 0 else { return nil }
        let range = ranges[Int(number) * Self.dimensions + d]
        return range.lowerBound < 0 ? nil : range
    }

    /// The context node of term `number`; nil when it is none.
    @inline(__always)
    func contextNode(_ number: Int32) -> Int32? {
        guard number >= 0 else { return nil }
        let node = contextNodes[Int(number)]
        return node < 0 ? nil : node
    }
}
