/// Finds the first byte of a text that a report writer must escape (or that ends a plain
/// JSON string for the operation reader), eight bytes at a
/// time: a word in which no byte can be one is skipped whole (SWAR tests on a `UInt64`),
/// and only a word that may hold one is looked at byte by byte. The word tests may say
/// "maybe" where there is none, never "none" where there is one, so the answer is the
/// byte-by-byte one.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Some byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    private static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// Some byte of `word` is `value`.
    @inline(__always)
    private static func hasByte(_ value: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (ones &* UInt64(value)))
    }

    /// The index of the first byte from `start` that ``TextEscaping/terminalField`` may
    /// replace (a C0 control but the tab, DEL, any byte of a non-ASCII scalar), or the count.
    static func terminalSpecial(_ text: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        scan(text, from: start, mayHold: { $0 & highs != 0 || hasByte(below: 0x20, in: $0) || hasByte(0x7F, in: $0) },
             holds: { ($0 < 0x20 && $0 != 0x09) || $0 >= 0x7F })
    }

    /// The index of the first byte from `start` that JSON escapes (a quote, a backslash,
    /// a C0 control), or the count.
    static func jsonSpecial(_ text: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        scan(text, from: start, mayHold: { hasByte(below: 0x20, in: $0) || hasByte(0x22, in: $0) || hasByte(0x5C, in: $0) },
             holds: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C })
    }

    /// The index of the first byte from `start` that ends or spoils a plain JSON string
    /// (a quote, a backslash, a C0 control, DEL, any byte of a non-ASCII scalar), or the count.
    static func plainStringEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        scan(text, from: start,
             mayHold: { $0 & highs != 0 || hasByte(below: 0x20, in: $0) || hasByte(0x22, in: $0) || hasByte(0x5C, in: $0) || hasByte(0x7F, in: $0) },
             holds: { $0 < 0x20 || $0 >= 0x7F || $0 == 0x22 || $0 == 0x5C })
    }

    @inline(__always)
    private static func scan(_ text: UnsafeBufferPointer<UInt8>, from start: Int,
                             mayHold: (UInt64) -> Bool, holds: (UInt8) -> Bool) -> Int {
        guard let base = text.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let count = text.count
        var i = start
        while i + 8 <= count {
            if mayHold(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                for j in i..<i + 8 where holds(base[j]) { return j }
            }
            i += 8
        }
        while i < count {
            if holds(base[i]) { return i }
            i += 1
        }
        return count
    }
}
