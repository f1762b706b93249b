import Foundation

/// Every term an operation may name (the taxonomy's keys, the policy's defined terms),
/// found by its bytes: the dimensions it belongs to and one shared `String` for it, so
/// that reading a term allocates nothing and hashes its bytes once (FNV-1a, open
/// addressing). Immutable once built, so threads share it.
struct TermTable: Sendable {
    private struct Slot {
        var term: String
        var dimensions: UInt8
    }

    private var slots: [Slot?]
    private let mask: Int

    init(_ vocabulary: Vocabulary) {
        var dimensions: [String: UInt8] = [:]
        for dimension in Dimension.allCases {
            for node in vocabulary.taxonomy[dimension].nodes { dimensions[node.key, default: 0] |= Self.bit(dimension) }
        }
        for term in vocabulary.terms { dimensions[term, default: 0] |= Self.bit(.data) }
        var capacity = 16
        while capacity < dimensions.count * 2 { capacity *= 2 }
        slots = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (term, bits) in dimensions {
            var term = term
            var i = term.withUTF8 { Self.hash($0) } & mask
            while slots[i] != nil { i = (i + 1) & mask }
            slots[i] = Slot(term: term, dimensions: bits)
        }
    }

    static func bit(_ dimension: Dimension) -> UInt8 { 1 << UInt8(Dimension.allCases.firstIndex(of: dimension)!) }

    /// The term spelled by `bytes` when it belongs to `dimension`.
    func term(_ bytes: UnsafeBufferPointer<UInt8>, in dimension: UInt8) -> String? {
        var i = Self.hash(bytes) & mask
        while let slot = slots[i] {
            var known = slot.term
            if known.withUTF8({ $0.count == bytes.count && (bytes.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0) }) {
                return slot.dimensions & dimension != 0 ? slot.term : nil
            }
            i = (i + 1) & mask
        }
        return nil
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
