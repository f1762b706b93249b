/// The checks on raw bytes that come before any parsing, so a huge, binary or non-UTF-8
/// file is refused in one linear pass with a clear message instead of reaching libyaml.
enum InputScreen {
    /// The first problem with the bytes, or nil when they are UTF-8 text within `limit` bytes.
    /// Tab, line feed and carriage return are the only control characters text may hold.
    static func problem(in bytes: UnsafeBufferPointer<UInt8>, file: String, limit: Int) -> Diagnostic? {
        if bytes.count > limit { return Diagnostic(.tooLarge(bytes: bytes.count, limit: limit), file: file) }
        var line = 1
        var column = 1
        var i = 0
        let n = bytes.count
        while i < n {
            // Eight bytes at once when they are printable ASCII or line feeds (most of any Pledge
            // file): only the lines and the column to count.
            if i &+ 8 <= n {
                let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if isPrintableASCII(word) {
                    i &+= 8
                    column &+= 8
                    continue
                }
                if let feeds = lineFeeds(inPrintable: word) {
                    line &+= feeds.nonzeroBitCount
                    // Columns restart after the last line feed: the bytes past it are columns 1, 2, …
                    column = 8 &- (63 &- feeds.leadingZeroBitCount) / 8
                    i &+= 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                switch b {
                case 0x0A: line += 1; column = 1; i += 1; continue
                case 0x09, 0x0D: break
                case 0x00..<0x20, 0x7F:
                    return Diagnostic(.binary(byte: b, offset: i), file: file, line: line, column: column)
                default: break
                }
                i += 1
                column += 1
                continue
            }
            let length = sequenceLength(bytes, at: i)
            guard length > 0 else { return Diagnostic(.invalidUTF8(offset: i), file: file, line: line, column: column) }
            i += length
            column += 1
        }
        return nil
    }

    /// Whether all eight bytes of `word` are in 0x20...0x7E: none with the high bit, none
    /// below 0x20 (a byte-wise subtraction borrows into the high bit exactly when one is,
    /// given no high bits), none 0x7F (adding one carries into the high bit only there).
    static func isPrintableASCII(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        guard word & high == 0 else { return false }
        let below = (word &- 0x20 &* ones) & ~word & high
        let delete = (word &+ ones) & high
        return below | delete == 0
    }

    /// The high bit of each byte of `word` that is a line feed, when every other byte is
    /// printable ASCII (0x20...0x7E); nil otherwise. Each test is exact per byte: with no high
    /// bit set, adding 0x60 or 0x01 to a byte, or 0x7F to one masked to seven bits, carries
    /// into no other byte.
    static func lineFeeds(inPrintable word: UInt64) -> UInt64? {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101, low = ~high
        guard word & high == 0 else { return nil }
        let printable = (word &+ 0x60 &* ones) & ~(word &+ ones) & high
        let other = word ^ (0x0A &* ones)
        let feeds = ~((other & low) &+ low | other) & high
        guard feeds != 0, printable | feeds == high else { return nil }
        return feeds
    }

    /// The length of the well-formed UTF-8 sequence starting at `i` (a non-ASCII lead
    /// byte), or 0 when it is ill-formed (overlong, surrogate, out of range, truncated).
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard i + length <= bytes.count else { return 0 }
        guard (low...high).contains(bytes[i + 1]) else { return 0 }
        for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return 0 }
        return length
    }
}
