/// Where flow brackets (`[`, `{`) first nest deeper than a limit. On a very deep flow
/// collection libyaml's scanner runs ahead of its parser and reports its own nesting limit
/// at the start of the input; this finds the bracket that crosses ours instead. It only
/// places an error already found, so quoting is followed roughly (no block scalars).
enum FlowNesting {
    /// The line and column (in characters, from 1) of the first bracket deeper than `limit`.
    static func place(deeperThan limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)? {
        var depth = 0, line = 1, column = 0
        var quote: UInt8? = nil
        var escaped = false, comment = false
        var previous: UInt8 = 0x0A
        for b in bytes {
            defer { previous = b }
            if b & 0xC0 != 0x80 { column += 1 }
            if b == 0x0A { line += 1; column = 0; comment = false; continue }
            if comment { continue }
            if let q = quote {
                if escaped { escaped = false } else if q == UInt8(ascii: "\""), b == UInt8(ascii: "\\") { escaped = true } else if b == q { quote = nil }
                continue
            }
            let separated = [0x0A, 0x20, 0x09, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":")].contains(previous)
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): if separated { quote = b }
            case UInt8(ascii: "#"): if previous == 0x20 || previous == 0x09 || previous == 0x0A { comment = true }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return (line, column) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return nil
    }
}
