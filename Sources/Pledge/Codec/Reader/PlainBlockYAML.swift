/// The block YAML that Pledge writes, read straight into ``YAMLNode``s without libyaml:
/// mappings of `key: value` lines and `- ` lists, indented by spaces, whose values are plain
/// scalars on one line, double-quoted scalars on one line, or `[…]` lists of such scalars
/// on one line; blank and comment-only lines between them.
///
/// Anything else — a tab, a carriage return, a multi-line scalar, a trailing comment, a
/// single quote, an empty value, an anchor, a tag, a flow mapping, a list at its key's
/// indentation, a duplicate key, nesting past the limit, characters libyaml treats apart
/// (C1 controls, line and paragraph separators, byte-order marks, non-characters) — gives
/// nil, and the text is read by libyaml (``YAMLReader``), which says what is wrong and
/// where. The two ways give the same tree, places included, on every text this one takes
/// (a property test holds them to it).
struct PlainBlockYAML {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let maxDepth: Int
    private let lineOffset: Int
    /// The start of the current line and its number (0-based).
    private var lineStart = 0
    private var lineNumber = 0
    /// Where reading is on the current line.
    private var position = 0

    /// The root node of `bytes` (screened UTF-8 without a byte-order mark), or nil when the
    /// text needs libyaml.
    static func root(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int, lineOffset: Int) -> YAMLNode? {
        guard hasOnlyPlainCharacters(bytes) else { return nil }
        var reader = PlainBlockYAML(bytes: bytes, maxDepth: maxDepth, lineOffset: lineOffset)
        guard reader.skipBlankLines() else { return nil }
        guard let root = reader.blockNode(depth: 1) else { return nil }
        // Everything after the root is blank.
        return reader.skipBlankLines() ? nil : root
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int, lineOffset: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        self.lineOffset = lineOffset
    }

    private static let space = UInt8(ascii: " ")
    private static let newline = UInt8(ascii: "\n")

    /// No tab or carriage return anywhere, and no character that libyaml reads as a line
    /// break, skips or refuses (C1 controls, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF).
    private static func hasOnlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b >= 0x20 || b == newline { i += 1; if b < 0x80 { continue } } else { return false }
            switch b {
            case 0xC2: if i < n, bytes[i] < 0xA0 { return false }
            case 0xE2: if i + 1 < n, bytes[i] == 0x80, bytes[i + 1] == 0xA8 || bytes[i + 1] == 0xA9 { return false }
            case 0xEF:
                if i + 1 < n, bytes[i] == 0xBB, bytes[i + 1] == 0xBF { return false }
                if i + 1 < n, bytes[i] == 0xBF, bytes[i + 1] >= 0xBE { return false }
            default: break
            }
        }
        return true
    }

    // MARK: lines

    private func byte(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : Self.newline }

    /// Moves to the first line at or after the current position's that holds content
    /// (not only spaces, not a comment), at its first non-space byte; false at the end.
    private mutating func skipBlankLines() -> Bool {
        var i = position
        while i < bytes.count {
            let b = bytes[i]
            if b == Self.space { i += 1; continue }
            if b == Self.newline || b == UInt8(ascii: "#") {
                // A comment runs to the end of its line; comments never follow content here.
                guard b == Self.newline || i == lineStart || bytes[i - 1] == Self.space else { return true }
                while i < bytes.count, bytes[i] != Self.newline { i += 1 }
                guard i < bytes.count else { break }
                i += 1
                lineStart = i
                lineNumber += 1
                continue
            }
            position = i
            return true
        }
        position = bytes.count
        return false
    }

    /// Whether the rest of the current line is spaces; if so, moves past it.
    private mutating func endOfLine() -> Bool {
        while byte(position) == Self.space { position += 1 }
        guard byte(position) == Self.newline else { return false }
        if position < bytes.count { position += 1 }
        lineStart = position
        lineNumber += 1
        return true
    }

    private var indent: Int { position - lineStart }

    /// 1-based line and column (in Unicode scalars) of byte `i` of the current line.
    private func place(_ i: Int) -> (line: Int, column: Int) {
        var column = 1
        for k in lineStart..<i where bytes[k] & 0xC0 != 0x80 { column += 1 }
        return (lineNumber + 1 + lineOffset, column)
    }

    private func node(_ content: YAMLNode.Content, at i: Int) -> YAMLNode {
        let (line, column) = place(i)
        return YAMLNode(content, line: line, column: column)
    }

    // MARK: block collections

    /// A block mapping or list starting at the current position (the first content of its line).
    private mutating func blockNode(depth: Int) -> YAMLNode? {
        guard depth <= maxDepth else { return nil }
        if isListEntry { return blockList(depth: depth) }
        return blockMapping(depth: depth)
    }

    private var isListEntry: Bool {
        byte(position) == UInt8(ascii: "-") && (byte(position + 1) == Self.space || byte(position + 1) == Self.newline)
    }

    /// `- item` lines at the current indentation; each item is a mapping begun on the
    /// entry's line or a scalar or flow list.
    private mutating func blockList(depth: Int) -> YAMLNode? {
        let column = indent
        let start = place(position)
        var items: [YAMLNode] = []
        repeat {
            position += 1
            while byte(position) == Self.space { position += 1 }
            if keyEnd() != nil {
                guard depth < maxDepth, let mapping = blockMapping(depth: depth + 1) else { return nil }
                items.append(mapping)
            } else {
                guard byte(position) != Self.newline, let item = inlineValue(depth: depth), endOfLine() else { return nil }
                items.append(item)
            }
            guard skipBlankLines() else { break }
            guard indent <= column else { return nil }
        } while indent == column && isListEntry
        return YAMLNode(.sequence(items), line: start.line, column: start.column)
    }

    /// `key: value` lines at the current position's indentation.
    private mutating func blockMapping(depth: Int) -> YAMLNode? {
        let column = indent
        let start = place(position)
        var pairs: [YAMLPair] = []
        pairs.reserveCapacity(8)
        var names: Set<String> = []
        while true {
            guard let end = keyEnd() else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
            let key = node(.scalar(YAMLScalar(name, isQuoted: false)), at: position)
            // A duplicate is libyaml's to report, with both places.
            if pairs.count < 16 {
                guard !pairs.contains(where: { $0.key.scalar?.text == name }) else { return nil }
                if pairs.count == 15 { names = Set(pairs.map(\.name) + [name]) }
            } else {
                guard names.insert(name).inserted else { return nil }
            }
            position = end + 1
            let value: YAMLNode
            if endOfLine() {
                // The value is a block on the lines below, indented deeper than the key.
                guard skipBlankLines(), indent > column, let nested = blockNode(depth: depth + 1) else { return nil }
                value = nested
            } else {
                guard let inline = inlineValue(depth: depth), endOfLine() else { return nil }
                value = inline
            }
            pairs.append(YAMLPair(key: key, value: value))
            guard skipBlankLines() else { break }
            guard indent <= column else { return nil }
            if indent < column { break }
        }
        return YAMLNode(.mapping(pairs), line: start.line, column: start.column)
    }

    /// The end of a plain key (`[A-Za-z0-9_][A-Za-z0-9_./-]*`, under 1,000 bytes: libyaml
    /// looks no further for a key's colon) at the current position followed by `:` and a
    /// space or the end of the line: the index of the colon.
    private func keyEnd() -> Int? {
        guard Self.isWordByte(byte(position)) else { return nil }
        var i = position + 1
        while i - position < 1_000 {
            let b = byte(i)
            if Self.isWordByte(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "/") || b == UInt8(ascii: "-") { i += 1; continue }
            guard b == UInt8(ascii: ":") else { return nil }
            let next = byte(i + 1)
            return next == Self.space || next == Self.newline ? i : nil
        }
        return nil
    }

    // MARK: values on one line

    /// A scalar or a `[…]` list after a key or a list entry's dash.
    private mutating func inlineValue(depth: Int) -> YAMLNode? {
        switch byte(position) {
        case UInt8(ascii: "\""): return quoted()
        case UInt8(ascii: "["):
            guard depth < maxDepth else { return nil }
            return flowList()
        default: return plain(inFlow: false)
        }
    }

    /// `[a, "b", c]` on one line, of plain and double-quoted scalars.
    private mutating func flowList() -> YAMLNode? {
        let start = position
        position += 1
        var items: [YAMLNode] = []
        while byte(position) == Self.space { position += 1 }
        if byte(position) != UInt8(ascii: "]") {
            while true {
                guard let item = byte(position) == UInt8(ascii: "\"") ? quoted() : plain(inFlow: true) else { return nil }
                items.append(item)
                while byte(position) == Self.space { position += 1 }
                if byte(position) == UInt8(ascii: "]") { break }
                guard byte(position) == UInt8(ascii: ",") else { return nil }
                position += 1
                while byte(position) == Self.space { position += 1 }
            }
        }
        position += 1
        return node(.sequence(items), at: start)
    }

    /// A plain scalar: starts with a letter, digit, `_`, `.` or `/`; in a block, any
    /// printable character after that but `#` and a colon before a space or the line's
    /// end; in a flow list only letters, digits, spaces and `_./-()'+`. Trailing spaces
    /// are not part of it.
    private mutating func plain(inFlow: Bool) -> YAMLNode? {
        let start = position
        let first = byte(position)
        guard Self.isWordByte(first) || first == UInt8(ascii: ".") || first == UInt8(ascii: "/") else { return nil }
        var end = position + 1
        var i = position + 1
        scan: while true {
            let b = byte(i)
            switch b {
            case Self.newline: break scan
            case Self.space: i += 1; continue
            case UInt8(ascii: "#"): return nil
            case UInt8(ascii: ":"):
                guard !inFlow, byte(i + 1) != Self.space, byte(i + 1) != Self.newline else { return nil }
            case UInt8(ascii: ","), UInt8(ascii: "]"):
                if inFlow { break scan }
            default:
                if inFlow, !Self.isFlowPlainByte(b) { return nil }
            }
            i += 1
            end = i
        }
        position = end
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return node(.scalar(YAMLScalar(text, isQuoted: false)), at: start)
    }

    /// A double-quoted scalar closed on its line; the escapes `\"`, `\\`, `\n` and `\t`.
    private mutating func quoted() -> YAMLNode? {
        let start = position
        var i = position + 1
        var escaped = false
        while true {
            let b = byte(i)
            if b == UInt8(ascii: "\"") { break }
            if b == Self.newline { return nil }
            if b == UInt8(ascii: "\\") { escaped = true; i += 1 }
            i += 1
        }
        position = i + 1
        let content = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<i])
        guard escaped else { return node(.scalar(YAMLScalar(String(decoding: content, as: UTF8.self), isQuoted: true)), at: start) }
        var text: [UInt8] = []
        text.reserveCapacity(content.count)
        var k = 0
        while k < content.count {
            var b = content[k]
            k += 1
            if b == UInt8(ascii: "\\") {
                switch content[k] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): b = content[k]
                case UInt8(ascii: "n"): b = Self.newline
                case UInt8(ascii: "t"): b = 0x09
                default: return nil
                }
                k += 1
            }
            text.append(b)
        }
        return node(.scalar(YAMLScalar(String(decoding: text, as: UTF8.self), isQuoted: true)), at: start)
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
    }

    private static func isFlowPlainByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "'"), UInt8(ascii: "+"):
            return true
        default:
            return isWordByte(b)
        }
    }
}
