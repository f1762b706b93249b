/// A scalar's text and whether it was quoted: a plain `1` is a number, a quoted `"1"` a string.
package struct YAMLScalar: Sendable, Hashable {
    /// The scalar's value, escapes resolved.
    package var text: String
    /// False for a plain (unquoted) scalar; true for quoted and block scalars.
    package var isQuoted: Bool
    /// The dimensions whose taxonomy tree has `text` as a key (bits of ``TermTable/bit(_:)``),
    /// when the reader was given a ``TermTable``; 0 when it was not, or the text is no key.
    /// Only a shortcut for the decoder: equality and hashing ignore it.
    package var dimensions: UInt8

    package init(_ text: String, isQuoted: Bool, dimensions: UInt8 = 0) {
        self.text = text
        self.isQuoted = isQuoted
        self.dimensions = dimensions
    }

    package static func == (a: YAMLScalar, b: YAMLScalar) -> Bool { a.text == b.text && a.isQuoted == b.isQuoted }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(isQuoted)
    }

    /// The value a scalar stands for under the YAML 1.2 core schema, which is what
    /// editors and JSON Schema validators read; only plain scalars can be non-strings.
    package enum Resolved: Sendable, Hashable {
        case null
        case bool(Bool)
        case int(Int)
        case float
        case string(String)
    }

    package var resolved: Resolved {
        guard !isQuoted else { return .string(text) }
        // Most plain scalars are words: one that starts with no digit, sign, dot, `~` or the
        // first letter of a boolean or null is a string, whatever follows.
        guard let first = text.utf8.first else { return .null }
        if !Self.mayStartNonString(first) { return .string(text) }
        // A digit starts no null, boolean or named float: only a number or a string.
        if first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") {
            if let value = Self.integer(text) { return .int(value) }
            return Self.isFloat(text) ? .float : .string(text)
        }
        // A letter starts no number: past five letters (`false`) no null or boolean either.
        let isLetter = (first | 0x20) >= UInt8(ascii: "a") && (first | 0x20) <= UInt8(ascii: "z")
        if isLetter, text.utf8.count > 5 { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
            return .float
        default: break
        }
        if isLetter { return .string(text) }
        if let value = Self.integer(text) { return .int(value) }
        if Self.isFloat(text) { return .float }
        return .string(text)
    }

    /// The value of a plain decimal integer (`[-+]?[0-9]+`) that fits an `Int`; nil for
    /// anything else, hexadecimal, octal and out-of-range numbers included. Versions and
    /// line numbers are read with this: `0x1` and `99…9` are mistakes, not numbers.
    package var decimalInteger: Int? {
        guard !isQuoted else { return nil }
        var digits = text.utf8[...]
        let sign = digits.first
        if sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        // Accumulated negatively, so that Int.min fits.
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.subtractingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !o1, !o2 else { return nil }
            value = sum
        }
        if sign == UInt8(ascii: "-") { return value }
        return value == .min ? nil : -value
    }

    /// Decimal, `0o` octal or `0x` hexadecimal, as in the core schema. Out-of-range
    /// numbers still count as numbers (never silently as strings), clamped.
    private static func integer(_ text: String) -> Int? {
        let u = text.utf8
        func digits(_ s: Substring.UTF8View, radix: Int) -> Int? {
            guard !s.isEmpty else { return nil }
            var value = 0
            var saturated = false
            for byte in s {
                guard let d = digitValue(byte), d < radix else { return nil }
                let (times, o1) = value.multipliedReportingOverflow(by: radix)
                let (sum, o2) = times.addingReportingOverflow(d)
                if o1 || o2 { saturated = true } else { value = sum }
            }
            return saturated ? Int.max : value
        }
        let all = u[...]
        var bytes = u.makeIterator()
        if bytes.next() == UInt8(ascii: "0"), u.count > 2 {
            switch bytes.next() {
            case UInt8(ascii: "o"): return digits(all.dropFirst(2), radix: 8)
            case UInt8(ascii: "x"): return digits(all.dropFirst(2), radix: 16)
            default: break
            }
        }
        if let sign = u.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            guard let magnitude = digits(all.dropFirst(), radix: 10) else { return nil }
            return sign == UInt8(ascii: "-") ? -magnitude : magnitude
        }
        return digits(all, radix: 10)
    }

    private static func mayStartNonString(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "~"),
             UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return true
        default:
            return false
        }
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    private static func isFloat(_ text: String) -> Bool {
        var u = Substring(text).utf8[...]
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        func takeDigits() -> Int {
            var n = 0
            while let b = u.first, isDigit(b) { u.removeFirst(); n += 1 }
            return n
        }
        if let b = u.first, b == UInt8(ascii: "-") || b == UInt8(ascii: "+") { u.removeFirst() }
        let whole = takeDigits()
        var fraction = 0
        var sawDot = false
        if u.first == UInt8(ascii: ".") {
            u.removeFirst()
            sawDot = true
            fraction = takeDigits()
        }
        guard whole > 0 || (sawDot && fraction > 0) else { return false }
        if let b = u.first, b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
            u.removeFirst()
            if let s = u.first, s == UInt8(ascii: "-") || s == UInt8(ascii: "+") { u.removeFirst() }
            guard takeDigits() > 0 else { return false }
        }
        return u.isEmpty
    }
}
