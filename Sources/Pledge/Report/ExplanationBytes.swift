/// What a report writes for the rules, exceptions and taxonomy nodes a decision by numbers
/// (``NumberedDecision``) names, written once per run: each rule's reference as the report
/// writes it (the text report's clause line, a JSON result's rule object), the same
/// reference quoting each of the rule's exceptions, each rule's id and each node's key
/// escaped as the report escapes a part of its text. A result of an operation never seen
/// before is then copies of these; the same bytes as writing the ``Decision`` they word,
/// since the same code wrote them (each part escaped alone: both escapings work scalar by
/// scalar, and the literal words between parts are printable ASCII that neither escapes).
final class ExplanationBytes: Sendable {
    /// Per rule number: its reference, quoting no exception.
    private let rules: [[UInt8]]
    /// Per exception number: its rule's reference quoting it.
    private let quoting: [[UInt8]]
    /// Per rule number: its id, escaped.
    let ids: [[UInt8]]
    /// Every node's key, escaped, one after another, then "any purpose" (a witness's
    /// purpose when the operation named none); in one buffer, so that a witness is written
    /// with one reference count.
    private let keys: [UInt8]
    /// Where each node's key ends in `keys`, dimension after dimension; the last: "any purpose".
    private let keyEnds: [Int32]
    /// Where each scoped dimension's nodes start in `keyEnds`.
    private let firstNode: [Int]
    /// A witness's keys and words fit in ``GatheredBytes`` whatever its nodes.
    let witnessGathers: Bool

    /// - Parameters:
    ///   - reference: writes one reference, with the exception it quotes if any.
    ///   - part: escapes one part of a text.
    init(_ catalog: RuleCatalog, reference: (RuleReference) -> [UInt8], part: (String) -> [UInt8]) {
        rules = catalog.references.indices.map { reference(catalog.reference($0, quoting: nil)) }
        quoting = catalog.exceptionOwner.indices.map { reference(catalog.reference(Int(catalog.exceptionOwner[$0]), quoting: $0)) }
        ids = catalog.references.map { part($0.ruleID) }
        var keys: [UInt8] = [], keyEnds: [Int32] = [], firstNode: [Int] = []
        for dimension in catalog.keys {
            firstNode.append(keyEnds.count)
            for key in dimension {
                keys += part(key)
                keyEnds.append(Int32(keys.count))
            }
        }
        keys += part("any purpose")
        keyEnds.append(Int32(keys.count))
        (self.keys, self.keyEnds, self.firstNode) = (keys, keyEnds, firstNode)
        var longest = 0, end: Int32 = 0
        for e in keyEnds {
            longest = max(longest, Int(e - end))
            end = e
        }
        witnessGathers = GatheredBytes.fits(5 * longest + 64)
    }

    /// Rule `rule`'s reference, quoting exception `exception` when given.
    func reference(_ rule: Int, quoting exception: Int?) -> [UInt8] {
        if let exception { return quoting[exception] }
        return rules[rule]
    }

    /// The key of `node` in scoped dimension `d`.
    func key(_ d: Int, _ node: Int32) -> ArraySlice<UInt8> {
        let i = firstNode[d] + Int(node)
        return keys[(i == 0 ? 0 : Int(keyEnds[i - 1]))..<Int(keyEnds[i])]
    }

    /// Lends `body` every node's key as bytes (``Keys``).
    @inline(__always)
    func withKeys<R>(_ body: (Keys) -> R) -> R {
        keys.withUnsafeBufferPointer { keys in
            keyEnds.withUnsafeBufferPointer { ends in
                firstNode.withUnsafeBufferPointer { first in body(Keys(bytes: keys, ends: ends, firstNode: first)) }
            }
        }
    }

    /// The keys lent by ``withKeys(_:)``.
    struct Keys {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let ends: UnsafeBufferPointer<Int32>
        fileprivate let firstNode: UnsafeBufferPointer<Int>

        /// The key of `node` in scoped dimension `d`.
        @inline(__always)
        subscript(d: Int, node: Int32) -> UnsafeBufferPointer<UInt8> { key(firstNode[d] + Int(node)) }

        /// "any purpose": a witness's purpose when the operation named none.
        @inline(__always)
        var anyPurpose: UnsafeBufferPointer<UInt8> { key(ends.count - 1) }

        @inline(__always)
        private func key(_ i: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[(i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i])])
        }
    }

    /// ``describe(_:anyPurpose:lead:end:into:)``'s words (no lead, no end) in a thread's room.
    func describe(_ witness: AtomNodes, anyPurpose: Bool, into room: inout ResultRoom) {
        withKeys { keys in
            room.bytes(keys[0, witness.action])
            room.literal(" ")
            room.bytes(keys[1, witness.data])
            room.literal(" to ")
            room.bytes(keys[3, witness.recipient])
            room.literal(" for ")
            room.bytes(anyPurpose ? keys.anyPurpose : keys[2, witness.purpose])
            room.literal(" (")
            room.bytes(keys[4, witness.identifiability])
            room.literal(")")
        }
    }

    /// The witness as ``Atom/describe(_:)`` words it (`action data to recipient for purpose
    /// (identifiability)`); for any purpose when `anyPurpose`. Between `lead` and `end`,
    /// literal words of the report's.
    func describe(_ witness: AtomNodes, anyPurpose: Bool, lead: StaticString = "", end: StaticString = "",
                  into out: inout [UInt8]) {
        withKeys { keys in
            func key(_ d: Int, _ node: Int32) -> UnsafeBufferPointer<UInt8> { d < 0 ? keys.anyPurpose : keys[d, node] }
            let purpose = anyPurpose ? -1 : 2
            if witnessGathers {
                GatheredBytes.gather(into: &out) { line in
                    line.literal(lead)
                    line.bytes(key(0, witness.action))
                    line.literal(" ")
                    line.bytes(key(1, witness.data))
                    line.literal(" to ")
                    line.bytes(key(3, witness.recipient))
                    line.literal(" for ")
                    line.bytes(key(purpose, witness.purpose))
                    line.literal(" (")
                    line.bytes(key(4, witness.identifiability))
                    line.literal(")")
                    line.literal(end)
                }
                return
            }
            func literal(_ text: StaticString) { text.withUTF8Buffer { out.append(contentsOf: $0) } }
            literal(lead)
            out.append(contentsOf: key(0, witness.action))
            literal(" ")
            out.append(contentsOf: key(1, witness.data))
            literal(" to ")
            out.append(contentsOf: key(3, witness.recipient))
            literal(" for ")
            out.append(contentsOf: key(purpose, witness.purpose))
            literal(" (")
            out.append(contentsOf: key(4, witness.identifiability))
            literal(")")
            literal(end)
        }
    }
}
