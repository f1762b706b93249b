import Foundation

/// Finds the first byte of a text that a report writer must escape (or that ends a plain
/// JSON string for the operation reader), eight bytes at a
/// time: a word in which no byte can be one is skipped whole (SWAR tests on a `UInt64`),
/// and only a word that may hold one is looked at byte by byte, from its first byte the
/// tests flag. The word tests may flag a byte that is none, never miss one that is (and
/// flag none before the first that is), so the answer is the byte-by-byte one.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` below `limit` (at most 0x80), and maybe of bytes
    /// above the first such one (a borrow runs upward), never of one before it.
    @inline(__always)
    private static func bytes(below limit: UInt8, in word: UInt64) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }

    /// The high bit of each byte of `word` that is `value` (as ``bytes(below:in:)``).
    @inline(__always)
    private static func bytes(_ value: UInt8, in word: UInt64) -> UInt64 {
        bytes(below: 1, in: word ^ (ones &* UInt64(value)))
    }

    /// The index of the first byte from `start` that ``TextEscaping/terminalField`` may
    /// replace (a C0 control but the tab, DEL, any byte of a non-ASCII scalar), or the count.
    static func terminalSpecial(_ text: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        scan(text, from: start, mayHold: { $0 & highs | bytes(below: 0x20, in: $0) | bytes(0x7F, in: $0) },
             holds: { ($0 < 0x20 && $0 != 0x09) || $0 >= 0x7F })
    }

    /// The index of the first byte from `start` that JSON escapes (a quote, a backslash,
    /// a C0 control), or the count.
    static func jsonSpecial(_ text: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        scan(text, from: start, mayHold: { bytes(below: 0x20, in: $0) | bytes(0x22, in: $0) | bytes(0x5C, in: $0) },
             holds: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C })
    }

    /// The index of the first byte from `start` that ends or spoils a plain JSON string
    /// (a quote, a backslash, a C0 control, DEL, any byte of a non-ASCII scalar), or the count.
    static func plainStringEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        scan(text, from: start,
             mayHold: { $0 & highs | bytes(below: 0x20, in: $0) | bytes(0x22, in: $0) | bytes(0x5C, in: $0) | bytes(0x7F, in: $0) },
             holds: { $0 < 0x20 || $0 >= 0x7F || $0 == 0x22 || $0 == 0x5C })
    }

    /// The index of the first quote from `start`, or the count: where a string ends when
    /// what it holds is checked otherwise (a term is found by its bytes among terms that
    /// need no escape, so one with an escape or another special byte is found among none).
    /// `memchr`: a short string's end in one vector compare, where the word scan took a
    /// few words and a look at the flagged byte.
    static func quote(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = text.baseAddress, start < text.count, let found = memchr(base + start, 0x22, text.count &- start)
        else { return text.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    @inline(__always)
    private static func scan(_ text: UnsafeBufferPointer<UInt8>, from start: Int,
                             mayHold: (UInt64) -> UInt64, holds: (UInt8) -> Bool) -> Int {
        guard let base = text.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let count = text.count
        var i = start
        while i + 8 <= count {
            // Little-endian: the lowest flagged bit is in the first flagged byte.
            let flagged = mayHold(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            if flagged != 0 {
                for j in i + flagged.trailingZeroBitCount >> 3..<i + 8 where holds(base[j]) { return j }
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
