import Foundation

/// Every term an operation may name (the taxonomy's keys, the policy's defined terms),
/// found by its bytes (``KeyTable``): the dimensions it belongs to and one shared `String`
/// for it, so that reading a term allocates nothing and hashes its bytes once, and its
/// number (``TermNumbers``), by which an engine finds its classes without hashing it again
/// (``TermClasses``). It may also hold words of no dimension (a file's key names), only to
/// share their `String`. Immutable once built, so threads share it.
package struct TermTable: Sendable {
    private struct Entry: Sendable {
        let term: String
        let dimensions: UInt8
        let number: Int32
    }
    private let table: KeyTable<Entry>
    /// Every term and word, by number.
    let terms: [String]
    /// The same as bytes, for writers of an operation read as numbers.
    let spellings: TermSpellings

    init(_ vocabulary: Vocabulary, words: [String] = []) {
        // Each term once, with every dimension it belongs to, in the order first met.
        var order: [String] = [], bits: [String: UInt8] = [:]
        func add(_ term: String, _ bit: UInt8) {
            if bits[term] == nil { order.append(term) }
            bits[term, default: 0] |= bit
        }
        for word in words { add(word, 0) }
        for dimension in Dimension.allCases {
            let tree = vocabulary.taxonomy[dimension]
            // By index: a copy of a node retains its label and phrases too.
            for n in tree.nodes.indices { add(tree.nodes[n].key, Self.bit(dimension)) }
        }
        for term in vocabulary.terms { add(term, Self.bit(.data)) }
        table = KeyTable(order.enumerated().map { n, term in
            let plain = term.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }
            return (key: term, value: Entry(term: term, dimensions: bits[term]! | (plain ? Self.plainSpelling : 0), number: Int32(n)))
        })
        terms = order
        spellings = TermSpellings(order)
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

    /// The bit set with the dimensions of a term spelled in printable ASCII with no quote
    /// or backslash: one a JSON string holds as it stands, with no escape.
    static let plainSpelling: UInt8 = 1 << 7

    /// The term spelled by `bytes` when it belongs to `dimension`.
    func term(_ bytes: UnsafeBufferPointer<UInt8>, in dimension: UInt8) -> String? {
        guard let e = table[bytes], e.dimensions & dimension != 0 else { return nil }
        return e.term
    }

    /// The number of the term spelled by `bytes` when it belongs to `dimension` and is
    /// spelled with no escape (``plainSpelling``): `bytes` may be a JSON string's up to its
    /// closing quote, unchecked — bytes that need an escape or hold one spell no such term.
    func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>, in dimension: UInt8) -> Int32? {
        guard let e = table[bytes], e.dimensions & dimension != 0, e.dimensions & Self.plainSpelling != 0 else { return nil }
        return e.number
    }

    /// The term or word spelled by `bytes`, with the dimensions it belongs to (bits of ``bit(_:)``; 0 for a word).
    func term(_ bytes: UnsafeBufferPointer<UInt8>) -> (term: String, dimensions: UInt8)? {
        table[bytes].map { ($0.term, $0.dimensions & ~Self.plainSpelling) }
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
