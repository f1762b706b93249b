/// How the encoder writes one string: plain when no YAML reader (1.1 or 1.2) could take
/// it for anything but that string, double-quoted with escapes otherwise.
enum YAMLScalarText {
    /// - Parameter inFlow: inside `[…]`, where a comma would end the item.
    static func render(_ text: String, inFlow: Bool = false) -> String {
        isPlainSafe(text, inFlow: inFlow) ? text : quoted(text)
    }

    /// Words some YAML reader takes for a boolean or null (YAML 1.1 included), compared lower-cased.
    private static let specialWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]

    /// A conservative whitelist: starts with a letter or `_` (so never a number, date,
    /// indicator or `.inf`), holds only letters, digits, spaces and harmless punctuation,
    /// no `: `, ` #`, quotes or brackets, and does not end in a space.
    private static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last, isLetter(first) || first == UInt8(ascii: "_"),
              last != UInt8(ascii: " "), bytes.count > 5 || !specialWords.contains(text.lowercased())
        else { return false }
        for b in bytes {
            if isLetter(b) || (48...57).contains(b) { continue }
            switch b {
            case UInt8(ascii: " "), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"),
                 UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "'"), UInt8(ascii: ";"), UInt8(ascii: "?"),
                 UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "+"):
                continue
            case UInt8(ascii: ","):
                if inFlow { return false }
            default:
                return false
            }
        }
        return true
    }

    private static func isLetter(_ b: UInt8) -> Bool { (65...90).contains(b) || (97...122).contains(b) }

    /// A double-quoted scalar on one line: every character libyaml would not accept raw
    /// (controls, line breaks, BOM, non-characters) is escaped, so it reads back exactly.
    static func quoted(_ text: String) -> String {
        // Most clauses need no escape: copy them whole.
        guard text.unicodeScalars.contains(where: needsEscape) else { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\0": out += "\\0"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) {
                    out += "\\x" + hex(v, digits: 2)
                } else if v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF {
                    out += "\\u" + hex(v, digits: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x22 || v == 0x5C || (0x7F...0x9F).contains(v)
            || v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
