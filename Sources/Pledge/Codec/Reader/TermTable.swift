import Foundation

/// Every term an operation may name (the taxonomy's keys, the policy's defined terms),
/// found by its bytes: the dimensions it belongs to and one shared `String` for it, so
/// that reading a term allocates nothing and hashes its bytes once (open addressing). It may also hold words of no dimension (a file's key names), only to
/// share their `String`. The terms' bytes are kept side by side, so that a lookup
/// compares bytes and touches no `String` until it finds one. Immutable once built, so
/// threads share it.
package struct TermTable: Sendable {
    /// Per slot, the entry in it, or -1.
    private var slots: [Int32]
    private let mask: Int
    /// Per entry, its bytes: `bytes[start[e]..<start[e + 1]]`.
    private var bytes: [UInt8] = []
    private var start: [Int] = [0]
    private var terms: [String] = []
    private var dimensions: [UInt8] = []

    init(_ vocabulary: Vocabulary, words: [String] = []) {
        let trees = Dimension.allCases.map { vocabulary.taxonomy[$0] }
        let count = words.count + trees.reduce(0) { $0 + $1.nodes.count } + vocabulary.terms.count
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for word in words { add(word, 0) }
        for tree in trees {
            // By index: a copy of a node retains its label and phrases too.
            for n in tree.nodes.indices { add(tree.nodes[n].key, Self.bit(tree.dimension)) }
        }
        for term in vocabulary.terms { add(term, Self.bit(.data)) }
    }

    /// Adds a term with these dimensions, or adds the dimensions to it when it is there already.
    private mutating func add(_ term: String, _ bits: UInt8) {
        var text = term
        let isNew = text.withUTF8 { utf8 in
            if let e = entry(utf8) {
                dimensions[e] |= bits
                return false
            }
            var i = Self.hash(utf8) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(terms.count)
            bytes.append(contentsOf: utf8)
            start.append(bytes.count)
            return true
        }
        guard isNew else { return }
        terms.append(term)
        dimensions.append(bits)
    }

    /// The dimension's bit: its place in `Dimension.allCases`.
    static func bit(_ dimension: Dimension) -> UInt8 {
        switch dimension {
        case .action: return 1 << 0
        case .data: return 1 << 1
        case .purpose: return 1 << 2
        case .recipient: return 1 << 3
        case .identifiability: return 1 << 4
        case .context: return 1 << 5
        }
    }

    /// The term spelled by `bytes` when it belongs to `dimension`.
    func term(_ bytes: UnsafeBufferPointer<UInt8>, in dimension: UInt8) -> String? {
        guard let e = entry(bytes), dimensions[e] & dimension != 0 else { return nil }
        return terms[e]
    }

    /// The term or word spelled by `bytes`, with the dimensions it belongs to (bits of ``bit(_:)``; 0 for a word).
    func term(_ bytes: UnsafeBufferPointer<UInt8>) -> (term: String, dimensions: UInt8)? {
        guard let e = entry(bytes) else { return nil }
        return (terms[e], dimensions[e])
    }

    private func entry(_ input: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = Self.hash(input) & mask
        return bytes.withUnsafeBufferPointer { known in
            while slots[i] >= 0 {
                let e = Int(slots[i])
                let from = start[e]
                if start[e + 1] - from == input.count, input.isEmpty || memcmp(known.baseAddress! + from, input.baseAddress!, input.count) == 0 {
                    return e
                }
                i = (i + 1) & mask
            }
            return nil
        }
    }

    /// The length and, past seven bytes, the first and last eight bytes as two words, mixed:
    /// a few instructions whatever the length (terms differ at one end or the other, and a
    /// collision costs only one more probe, never a wrong match).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = bytes.count
        var h = UInt64(n) &* 0x9E37_79B9_7F4A_7C15
        if n >= 8 {
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            h ^= raw.loadUnaligned(as: UInt64.self)
            h = (h ^ (h >> 31)) &* 0xBF58_476D_1CE4_E5B9
            h ^= raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        } else {
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01B3 }
        }
        h = (h ^ (h >> 29)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
