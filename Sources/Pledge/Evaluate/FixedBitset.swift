/// A set of small integers (rule, exception or fact numbers) held inline, so that
/// evaluating an operation allocates nothing. The engine picks the narrowest width that
/// holds every rule of a policy (``CompiledRules``).
protocol FixedBitset: Sendable, Equatable {
    /// How many members the type can hold: members are `0..<capacity`.
    static var capacity: Int { get }
    static var empty: Self { get }
    var isEmpty: Bool { get }
    func contains(_ member: Int) -> Bool
    mutating func insert(_ member: Int)
    static func & (a: Self, b: Self) -> Self
    static func | (a: Self, b: Self) -> Self
    static prefix func ~ (a: Self) -> Self
    /// Calls `body` with each member, ascending.
    func forEach(_ body: (Int) -> Void)
}

extension FixedBitset {
    static var full: Self { ~empty }

    static func &= (a: inout Self, b: Self) { a = a & b }
    static func |= (a: inout Self, b: Self) { a = a | b }
}

/// Up to 64 members in one machine word: the common case (policies state a few dozen promises).
struct Bitset64: FixedBitset {
    var word: UInt64

    static var capacity: Int { 64 }
    static var empty: Bitset64 { Bitset64(word: 0) }
    var isEmpty: Bool { word == 0 }
    func contains(_ member: Int) -> Bool { word & (1 << UInt64(member)) != 0 }
    mutating func insert(_ member: Int) { word |= 1 << UInt64(member) }
    static func & (a: Bitset64, b: Bitset64) -> Bitset64 { Bitset64(word: a.word & b.word) }
    static func | (a: Bitset64, b: Bitset64) -> Bitset64 { Bitset64(word: a.word | b.word) }
    static prefix func ~ (a: Bitset64) -> Bitset64 { Bitset64(word: ~a.word) }

    func forEach(_ body: (Int) -> Void) {
        var rest = word
        while rest != 0 {
            body(rest.trailingZeroBitCount)
            rest &= rest &- 1
        }
    }
}

/// Several words as one SIMD vector, for larger policies: 256, 1024 or 4096 members.
struct WideBitset<Words: SIMD & Sendable>: FixedBitset where Words.Scalar == UInt64 {
    var words: Words

    static var capacity: Int { Words.scalarCount * 64 }
    static var empty: WideBitset { WideBitset(words: Words()) }
    var isEmpty: Bool { words == Words() }
    func contains(_ member: Int) -> Bool { words[member >> 6] & (1 << UInt64(member & 63)) != 0 }
    mutating func insert(_ member: Int) { words[member >> 6] |= 1 << UInt64(member & 63) }
    static func & (a: WideBitset, b: WideBitset) -> WideBitset { WideBitset(words: a.words & b.words) }
    static func | (a: WideBitset, b: WideBitset) -> WideBitset { WideBitset(words: a.words | b.words) }
    static prefix func ~ (a: WideBitset) -> WideBitset { WideBitset(words: ~a.words) }

    func forEach(_ body: (Int) -> Void) {
        for i in words.indices {
            var rest = words[i]
            while rest != 0 {
                body(i * 64 + rest.trailingZeroBitCount)
                rest &= rest &- 1
            }
        }
    }
}
