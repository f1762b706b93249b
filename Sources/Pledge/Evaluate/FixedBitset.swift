/// Rule or exception numbers a decision is explained from.
protocol MemberSet {
    func contains(_ member: Int) -> Bool
    /// Calls `body` with each member, ascending.
    func forEach(_ body: (Int) -> Void)
}

/// A set of small integers (rule, exception or fact numbers) held inline, so that
/// evaluating an operation allocates nothing. Policies that fit take the one-word
/// ``RuleTable``; larger ones take ``LargeRuleTable`` (see ``CompiledRules``).
protocol FixedBitset: Sendable, Equatable, MemberSet {
    /// How many members the type can hold: members are `0..<capacity`.
    static var capacity: Int { get }
    static var empty: Self { get }
    var isEmpty: Bool { get }
    mutating func insert(_ member: Int)
    static func & (a: Self, b: Self) -> Self
    static func | (a: Self, b: Self) -> Self
    static prefix func ~ (a: Self) -> Self
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

/// Members as a run of words that someone else owns (``LargeRuleTable``'s scratch).
struct WordSet: MemberSet {
    let words: UnsafeMutableBufferPointer<UInt64>

    func contains(_ member: Int) -> Bool { words[member >> 6] & (1 << UInt64(member & 63)) != 0 }

    func forEach(_ body: (Int) -> Void) {
        for i in words.indices {
            var rest = words[i]
            while rest != 0 {
                body(i &* 64 &+ rest.trailingZeroBitCount)
                rest &= rest &- 1
            }
        }
    }
}
