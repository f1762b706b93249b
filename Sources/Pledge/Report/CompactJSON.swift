/// Compact JSON written straight into a string, for the JSON Lines report: no encoder, no
/// intermediate values, keys in the order written (callers write them sorted, as the
/// pretty-printed reports do). Strings are escaped as RFC 8259 requires.
struct CompactJSON {
    private(set) var text = ""
    private var needsComma = false

    mutating func beginObject() { open("{") }
    mutating func endObject() { close("}") }
    mutating func beginArray() { open("[") }
    mutating func endArray() { close("]") }

    /// A key; the value follows.
    mutating func key(_ name: String) {
        comma()
        quote(name)
        text += ":"
        needsComma = false
    }

    mutating func string(_ value: String) {
        comma()
        quote(value)
        needsComma = true
    }

    mutating func number(_ value: Int) {
        comma()
        text += String(value)
        needsComma = true
    }

    mutating func bool(_ value: Bool) {
        comma()
        text += value ? "true" : "false"
        needsComma = true
    }

    mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    mutating func strings(_ name: String, _ values: [String]) {
        key(name)
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    private mutating func open(_ bracket: String) {
        comma()
        text += bracket
        needsComma = false
    }

    private mutating func close(_ bracket: String) {
        text += bracket
        needsComma = true
    }

    /// Whether a string holds a quote, a backslash or a control character: one pass over
    /// its bytes, in place for native strings.
    private static func needsEscaping(_ value: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for b in bytes where b < 0x20 || b == 0x22 || b == 0x5C { return true }
            return false
        }
        var value = value
        return value.withUTF8(scan)
    }

    private mutating func comma() {
        if needsComma { text += "," }
    }

    private mutating func quote(_ value: String) {
        text += "\""
        guard Self.needsEscaping(value) else {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{8}": text += "\\b"
            case "\u{C}": text += "\\f"
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16, uppercase: false)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
