/// The decimal digits of a result's line or column, written straight into a room
/// (``GatheringRoom``): counted by comparisons, then written two at a time from the hundred
/// pairs — one division by a hundred a pair, not a division by ten a digit and a walk of a
/// stride. The same digits as
/// ``JSONWriter/appendDecimal(_:to:)`` writes for a number above zero.
enum DecimalDigits {
    /// "00", "01", … "99", one after another.
    private static let pairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// How many digits `value` (above zero) has: a comparison a digit up to a line's usual
    /// six, then a multiplication too.
    @inline(__always)
    static func count(_ value: Int) -> Int {
        if value < 10 { return 1 }
        if value < 100 { return 2 }
        if value < 1_000 { return 3 }
        if value < 10_000 { return 4 }
        if value < 100_000 { return 5 }
        if value < 1_000_000 { return 6 }
        var digits = 7, power = 10_000_000
        while digits < 19, value >= power {
            digits &+= 1
            power &*= 10
        }
        return digits
    }

    /// Writes the `digits` digits of `value` (above zero; ``count(_:)`` of it) from `start`.
    @inline(__always)
    static func write(_ value: Int, digits: Int, at start: UnsafeMutablePointer<UInt8>) {
        let table = pairs.utf8Start
        var rest = UInt(bitPattern: value), end = digits
        while rest >= 100 {
            let next = rest / 100
            let pair = Int(bitPattern: rest &- next &* 100) &* 2
            end &-= 2
            start[end] = table[pair]
            start[end &+ 1] = table[pair &+ 1]
            rest = next
        }
        if rest >= 10 {
            let pair = Int(bitPattern: rest) &* 2
            start[end &- 2] = table[pair]
            start[end &- 1] = table[pair &+ 1]
        } else {
            start[end &- 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest)
        }
    }
}
