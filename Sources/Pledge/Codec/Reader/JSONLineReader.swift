/// One line of JSON Lines read as strict JSON (RFC 8259) into a ``YAMLNode``, so that
/// the operation decoder reads it as it reads any operation: no YAML reader, no copy of
/// the line, one pass. Places are 1-based columns in Unicode scalars, as the YAML reader
/// gives them. A syntax error stops the line; duplicate keys are reported and reading
/// goes on, as in YAML files.
package struct JSONLineReader {
    /// What reading a line gives: the value when its syntax is sound, and every problem.
    package struct Line {
        package var root: YAMLNode?
        package var diagnostics: [Diagnostic]
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private let lineNumber: Int
    /// Where the line starts in its file, for byte offsets in messages.
    private let fileOffset: Int
    private let maxDepth: Int
    private var position = 0
    private var diagnostics: [Diagnostic] = []
    private let isASCII: Bool

    private struct Stop: Error {}

    /// - Parameters:
    ///   - line: the line's bytes, without its line feed.
    ///   - number: the line's 1-based number in its file.
    ///   - offset: the byte offset of the line's start in its file.
    package static func read(_ line: UnsafeBufferPointer<UInt8>, file: String, number: Int, offset: Int, maxDepth: Int) -> Line {
        var reader = JSONLineReader(bytes: line, file: file, lineNumber: number, fileOffset: offset, maxDepth: maxDepth,
                                    isASCII: !line.contains { $0 >= 0x80 })
        do {
            reader.skipSpace()
            let root = try reader.value(depth: 1)
            reader.skipSpace()
            if reader.position < line.count { try reader.fail("unexpected \(reader.describeCurrent()) after the value") }
            return Line(root: root, diagnostics: reader.diagnostics)
        } catch {
            return Line(root: nil, diagnostics: reader.diagnostics)
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, file: String, lineNumber: Int, fileOffset: Int, maxDepth: Int, isASCII: Bool) {
        self.bytes = bytes
        self.file = file
        self.lineNumber = lineNumber
        self.fileOffset = fileOffset
        self.maxDepth = maxDepth
        self.isASCII = isASCII
    }

    /// The 1-based column of a byte position, in Unicode scalars.
    private func column(_ at: Int) -> Int {
        if isASCII { return at + 1 }
        var scalars = 0
        for i in 0..<min(at, bytes.count) where bytes[i] & 0xC0 != 0x80 { scalars += 1 }
        return scalars + 1
    }

    private mutating func report(_ problem: CodecProblem, at: Int) {
        diagnostics.append(Diagnostic(problem, file: file, line: lineNumber, column: column(at)))
    }

    private mutating func fail(_ problem: String, at: Int? = nil) throws -> Never {
        report(.malformedJSON(problem), at: at ?? position)
        throw Stop()
    }

    /// A control byte is binary content (as the byte screen says of files), anything else
    /// is a syntax error.
    private mutating func unexpected(_ expectation: String) throws -> Never {
        if position < bytes.count {
            let b = bytes[position]
            if b < 0x20 || b == 0x7F {
                report(.binary(byte: b, offset: fileOffset + position), at: position)
                throw Stop()
            }
        }
        try fail("expected \(expectation), found \(describeCurrent())")
    }

    private func describeCurrent() -> String {
        guard position < bytes.count else { return "the end of the line" }
        let b = bytes[position]
        if b >= 0x20, b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "the byte 0x\(String(b, radix: 16, uppercase: true))"
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): position += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws -> YAMLNode {
        guard position < bytes.count else { try unexpected("a value") }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "{"):
            if depth > maxDepth { report(.tooDeep(limit: maxDepth), at: start); throw Stop() }
            return try object(depth: depth)
        case UInt8(ascii: "["):
            if depth > maxDepth { report(.tooDeep(limit: maxDepth), at: start); throw Stop() }
            return try array(depth: depth)
        case UInt8(ascii: "\""):
            let text = try string()
            return YAMLNode(.scalar(YAMLScalar(text, isQuoted: true)), line: lineNumber, column: column(start))
        case UInt8(ascii: "t"): return try literal("true", start)
        case UInt8(ascii: "f"): return try literal("false", start)
        case UInt8(ascii: "n"): return try literal("null", start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number(start)
        default: try unexpected("a value")
        }
    }

    private mutating func literal(_ word: StaticString, _ start: Int) throws -> YAMLNode {
        let count = word.utf8CodeUnitCount
        guard start + count <= bytes.count,
              (0..<count).allSatisfy({ bytes[start + $0] == word.utf8Start[$0] })
        else { try fail("expected a value, found \(describeCurrent())") }
        position = start + count
        return YAMLNode(.scalar(YAMLScalar(word.description, isQuoted: false)), line: lineNumber, column: column(start))
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as text: a plain
    /// scalar, so that it reads as a number and a string field refuses it.
    private mutating func number(_ start: Int) throws -> YAMLNode {
        func digits() -> Int {
            let from = position
            while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") { position += 1 }
            return position - from
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let leadingZero = position < bytes.count && bytes[position] == UInt8(ascii: "0")
        let whole = digits()
        guard whole > 0 else { try unexpected("a digit") }
        if leadingZero, whole > 1 { try fail("a number may not start with 0", at: start) }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { try unexpected("a digit") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { try unexpected("a digit") }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        return YAMLNode(.scalar(YAMLScalar(text, isQuoted: false)), line: lineNumber, column: column(start))
    }

    private mutating func object(depth: Int) throws -> YAMLNode {
        let start = position
        position += 1
        var pairs: [YAMLPair] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return YAMLNode(.mapping(pairs), line: lineNumber, column: column(start))
        }
        while true {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { try unexpected("a key in double quotes") }
            let keyStart = position
            let name = try string()
            let key = YAMLNode(.scalar(YAMLScalar(name, isQuoted: true)), line: lineNumber, column: column(keyStart))
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { try unexpected("':' after a key") }
            position += 1
            skipSpace()
            let item = try value(depth: depth + 1)
            if let first = pairs.first(where: { $0.name == name }) {
                report(.duplicateKey(name, first: SourceLocation(file: file, line: first.key.line, column: first.key.column)), at: keyStart)
            } else {
                pairs.append(YAMLPair(key: key, value: item))
            }
            skipSpace()
            guard position < bytes.count else { try unexpected("',' or '}'") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; break }
            try unexpected("',' or '}'")
        }
        return YAMLNode(.mapping(pairs), line: lineNumber, column: column(start))
    }

    private mutating func array(depth: Int) throws -> YAMLNode {
        let start = position
        position += 1
        var items: [YAMLNode] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return YAMLNode(.sequence(items), line: lineNumber, column: column(start))
        }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard position < bytes.count else { try unexpected("',' or ']'") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; break }
            try unexpected("',' or ']'")
        }
        return YAMLNode(.sequence(items), line: lineNumber, column: column(start))
    }

    /// A string's value, escapes resolved; the position is on its opening quote.
    private mutating func string() throws -> String {
        position += 1
        let start = position
        // The common case: no escape, ASCII or well-formed UTF-8, taken as it stands.
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return text
            }
            if b == UInt8(ascii: "\\") || b >= 0x80 || b < 0x20 || b == 0x7F { break }
            position += 1
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self).unicodeScalars)
        while true {
            guard position < bytes.count else { try fail("a string is not closed before the end of the line") }
            let b = bytes[position]
            switch b {
            case UInt8(ascii: "\""):
                position += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                scalars.append(try escape())
            case 0x7F:
                report(.binary(byte: b, offset: fileOffset + position), at: position)
                throw Stop()
            case 0..<0x20:
                try fail("a control character in a string must be escaped (\\n, \\t, \\u00XX)")
            case 0x80...:
                let length = InputScreen.sequenceLength(bytes, at: position)
                guard length > 0 else {
                    report(.invalidUTF8(offset: fileOffset + position), at: position)
                    throw Stop()
                }
                scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self).unicodeScalars)
                position += length
            default:
                scalars.append(Unicode.Scalar(b))
                position += 1
            }
        }
    }

    /// One escape sequence, `\u` surrogate pairs joined; the position is on the backslash.
    private mutating func escape() throws -> Unicode.Scalar {
        let start = position
        position += 1
        guard position < bytes.count else { try fail("an escape is cut short by the end of the line", at: start) }
        let b = bytes[position]
        position += 1
        switch b {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hex4(start)
            if (0xD800..<0xDC00).contains(high) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
                else { try fail("a high surrogate \\u escape must be followed by a low one", at: start) }
                position += 2
                let low = try hex4(start)
                guard (0xDC00..<0xE000).contains(low) else { try fail("a high surrogate \\u escape must be followed by a low one", at: start) }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(high) else { try fail("a lone low surrogate \\u escape", at: start) }
            return scalar
        default:
            try fail("unknown escape '\\\(Character(Unicode.Scalar(b)))'", at: start)
        }
    }

    private mutating func hex4(_ start: Int) throws -> UInt32 {
        guard position + 4 <= bytes.count else { try fail("\\u needs four hexadecimal digits", at: start) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A")) + 10
            default: try fail("\\u needs four hexadecimal digits", at: start)
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }
}
