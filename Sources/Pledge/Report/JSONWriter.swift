/// JSON written straight into bytes: no encoder, no intermediate values, keys in the order
/// written (callers write them sorted). One writer for every check result, so that
/// `pledge check --format json`, `--format jsonl`, the decision API and its decision log
/// agree byte for byte where they show the same thing.
///
/// Compact, or pretty-printed exactly as Foundation's `JSONEncoder` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two spaces a level, `" : "`
/// after a key, an empty list or object as an opening line, an empty line and a closing
/// line. Strings are escaped as that encoder escapes them (RFC 8259: the quote, the
/// backslash and C0 controls; `\b \t \n \f \r` by name, the others as lowercase
/// `\u00xx`); everything else, DEL and U+2028 included, is copied as UTF-8.
package struct JSONWriter {
    /// The JSON written so far, after whatever the buffer held when it was handed over.
    package var bytes: [UInt8]
    private let pretty: Bool
    /// How deep the next element sits; values at `topDepth` get no comma or new line.
    private var depth: Int
    private let topDepth: Int
    /// No element has been written yet in the innermost open list or object.
    private var first = true
    /// A key was just written: its value follows on the same line.
    private var afterKey = false

    /// - Parameters:
    ///   - pretty: indented as `JSONEncoder`'s pretty printing; else compact.
    ///   - depth: the nesting depth the first value is written at (pretty printing indents
    ///     the lines inside it by two spaces a level beyond that).
    ///   - bytes: a buffer to append to (hand one over with `swap` to avoid a copy).
    package init(pretty: Bool = false, depth: Int = 0, appendingTo bytes: [UInt8] = []) {
        self.pretty = pretty
        self.depth = depth
        topDepth = depth
        self.bytes = bytes
    }

    /// A writer that goes on inside a list or object already open, whose elements sit at
    /// `depth` and which holds at least one: it writes the rest of a result whose first
    /// part was written (and kept) before.
    package init(pretty: Bool = false, insideAt depth: Int, appendingTo bytes: [UInt8] = []) {
        self.init(pretty: pretty, depth: depth - 1, appendingTo: bytes)
        self.depth = depth
        first = false
    }

    /// The JSON written so far, as text.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    package mutating func beginObject() { open(UInt8(ascii: "{")) }
    package mutating func endObject() { close(UInt8(ascii: "}")) }
    package mutating func beginArray() { open(UInt8(ascii: "[")) }
    package mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A key; its value follows.
    package mutating func key(_ name: StaticString) {
        element()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        colon()
    }

    /// A value written before, whole, by a writer of the same layout at this depth
    /// (`JSONWriter(pretty:depth:)`): the separator before it, then its bytes.
    package mutating func value(written: [UInt8]) {
        element()
        bytes += written
    }

    package mutating func string(_ value: String) {
        element()
        quote(value)
    }

    package mutating func number(_ value: Int) {
        element()
        JSONWriter.appendDecimal(value, to: &bytes)
    }

    package mutating func bool(_ value: Bool) {
        element()
        if value { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
    }

    /// A key and its string value.
    package mutating func field(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    /// A key and its number value.
    package mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        number(value)
    }

    /// A key and a list of strings.
    package mutating func strings(_ name: StaticString, _ values: [String]) {
        key(name)
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Decimal digits of an integer, without going through `String`.
    package static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            repeat {
                digits[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }

    private mutating func colon() {
        if pretty { bytes.append(contentsOf: [0x20, 0x3A, 0x20]) } else { bytes.append(UInt8(ascii: ":")) }
        afterKey = true
    }

    /// What comes before a value or key: nothing after a key or at the top, else a comma
    /// after an earlier element and, pretty printed, a new line and the indentation.
    private mutating func element() {
        if afterKey {
            afterKey = false
            return
        }
        guard depth > topDepth else { return }
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        if pretty { newLine(depth) }
    }

    private mutating func open(_ bracket: UInt8) {
        element()
        bytes.append(bracket)
        depth += 1
        first = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            if first { bytes.append(0x0A) }
            newLine(depth)
        }
        bytes.append(bracket)
        first = false
    }

    private mutating func newLine(_ level: Int) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// A string value written in parts (``stringPart(_:)``, then ``endString()``): JSON
    /// escapes byte by byte, so the parts come out as their whole would.
    package mutating func beginString() {
        element()
        bytes.append(UInt8(ascii: "\""))
    }

    package mutating func stringPart(_ value: String) { escaped(value) }

    /// Bytes of the layout, copied as they are: for a writer that lays out a compact result
    /// itself (the writer's own layout state is not kept up to date).
    package mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A part of the report's own words that JSON writes as it stands (no quote, backslash
    /// or control), copied without looking for an escape.
    package mutating func stringPart(literal text: StaticString) {
        text.withUTF8Buffer { part in
            assert(ByteScan.jsonSpecial(part) == part.count, "\(text) needs an escape")
            bytes.append(contentsOf: part)
        }
    }

    /// A part escaped before (``escapedPart(_:)``), copied as it is.
    package mutating func stringPart(escaped: [UInt8]) { bytes += escaped }

    /// A key and a string value escaped before (``escapedPart(_:)``).
    package mutating func field(_ name: StaticString, escaped value: ArraySlice<UInt8>) {
        key(name)
        beginString()
        bytes += value
        endString()
    }

    /// `value` as ``stringPart(_:)`` writes it: JSON escapes byte by byte, so the bytes
    /// stand for the value wherever it sits inside a string.
    package static func escapedPart(_ value: String) -> [UInt8] {
        var json = JSONWriter()
        json.escaped(value)
        return json.bytes
    }

    package mutating func endString() { bytes.append(UInt8(ascii: "\"")) }

    private mutating func quote(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        escaped(value)
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escaped(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            var clean = 0
            while true {
                let i = ByteScan.jsonSpecial(utf8, from: clean)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<i]))
                guard i < utf8.count else { break }
                escape(utf8[i])
                clean = i + 1
            }
        }
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22: bytes.append(UInt8(ascii: "\""))
        case 0x5C: bytes.append(UInt8(ascii: "\\"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            let hex: StaticString = "0123456789abcdef"
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hex.utf8Start[Int(byte >> 4)], hex.utf8Start[Int(byte & 0xF)]])
        }
    }
}
