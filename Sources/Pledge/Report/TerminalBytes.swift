/// Text for a terminal appended straight to bytes, with the escaping of
/// ``TextEscaping/terminalField`` on each field: plain printable ASCII (the common case)
/// is copied as it stands; a field holding anything else goes through the scalar table,
/// so both ways print the same.
struct TerminalBytes {
    var bytes: [UInt8] = []

    /// Text of the report's own, copied as it is.
    mutating func literal(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A field that may hold anything: an id, a path, a clause.
    mutating func field(_ text: String) {
        var text = text
        let plain = text.withUTF8 { utf8 in
            guard ByteScan.terminalSpecial(utf8) == utf8.count else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !plain { escaped(text) }
    }

    /// A field with a byte to look at: printable ASCII copied, every other scalar replaced
    /// as ``TextEscaping/terminalField``'s table says (whose scalars are all controls or
    /// beyond ASCII) or copied.
    private mutating func escaped(_ text: String) {
        let table = TextEscaping.terminalField.replacements
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x20 && scalar.value < 0x7F {
                bytes.append(UInt8(scalar.value))
            } else if let replacement = table[scalar] {
                bytes += replacement.utf8
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
    }

    mutating func number(_ value: Int) {
        JSONWriter.appendDecimal(value, to: &bytes)
    }

    /// `file:line:column`, as ``SourceLocation/description`` gives it, the file escaped.
    mutating func location(_ place: SourceLocation) {
        field(place.file)
        guard place.line > 0 else { return }
        literal(":")
        number(place.line)
        guard place.column > 0 else { return }
        literal(":")
        number(place.column)
    }
}
