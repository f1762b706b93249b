import Foundation

/// The common line of an operations log read straight into an ``Operation``: one JSON
/// object of the operation keys, each once, with string values (lists of strings for
/// `data` and `context`), ASCII without escapes, every term known. No node tree, no
/// dictionary: one pass over the bytes, each term found by its bytes in a ``TermTable``. A request body of the
/// decision API on one line, one such object or a list of them, is read the same way.
///
/// Anything else — a syntax error, an escape, a byte over 0x7F, a number, an unknown key
/// or term, a duplicate — gives nil, and the line is read again by ``JSONLineReader`` and
/// the operation decoder, which say what is wrong and where. The two ways agree on every
/// line this one takes (a property test holds them to it).
struct PlainOperationLine {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    /// The keys, in `RuleFileKeys.operation` order, as bits of the keys seen.
    enum Key: Int {
        case id, action, data, recipient, purpose, identifiability, context, retention
    }

    /// The operation on `line`, at `number` of `file`; nil when the line needs the full reader.
    static func operation(_ line: UnsafeBufferPointer<UInt8>, file: String, number: Int, terms: OperationTerms) -> Operation? {
        var operation = Operation(action: "", data: [])
        var numbers = TermNumbers()
        return read(line, file: file, number: number, terms: terms, into: &operation, numbers: &numbers) ? operation : nil
    }

    /// Reads the operation on `line` into `operation`, every field of it, and its terms'
    /// numbers into `numbers`; false (and both left unspecified) when the line needs the
    /// full reader. A stream reads each line into the same values: no optional operation
    /// to wrap, unwrap and destroy. With a ``NumberedLine`` for `operation`, no string or
    /// list is made: only the numbers and where the id and the brace are.
    static func read<Target: PlainLineTarget>(_ line: UnsafeBufferPointer<UInt8>, file: String, number: Int, terms: OperationTerms,
                                              into operation: inout Target, numbers: inout TermNumbers) -> Bool {
        var reader = PlainOperationLine(bytes: line)
        reader.skipSpace()
        numbers = TermNumbers()
        guard reader.object(file: file, number: number, terms: terms, into: &operation, &numbers) else { return false }
        reader.skipSpace()
        return reader.position == line.count
    }

    /// The operations of a one-line operation file: one object, or a list of at least one;
    /// nil when the text needs the full reader.
    static func operations(_ text: UnsafeBufferPointer<UInt8>, file: String, terms: OperationTerms) -> [Operation]? {
        guard let start = text.baseAddress, memchr(start, 0x0A, text.count) == nil else { return nil }
        var reader = PlainOperationLine(bytes: text)
        reader.skipSpace()
        var operations: [Operation] = []
        if reader.take(UInt8(ascii: "[")) {
            repeat {
                reader.skipSpace()
                var operation = Operation(action: "", data: []), numbers = TermNumbers()
                guard reader.object(file: file, number: 1, terms: terms, into: &operation, &numbers) else { return nil }
                operations.append(operation)
                reader.skipSpace()
            } while reader.take(UInt8(ascii: ","))
            guard reader.take(UInt8(ascii: "]")) else { return nil }
        } else {
            var operation = Operation(action: "", data: []), numbers = TermNumbers()
            guard reader.object(file: file, number: 1, terms: terms, into: &operation, &numbers) else { return nil }
            operations.append(operation)
        }
        reader.skipSpace()
        return reader.position == text.count ? operations : nil
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The object at the position into `target` and `numbers` (empty before), its place
    /// the column of its brace; false when the line needs the full reader.
    private mutating func object<Target: PlainLineTarget>(file: String, number: Int, terms: OperationTerms,
                                                          into target: inout Target, _ numbers: inout TermNumbers) -> Bool {
        let column = position + 1
        guard take(UInt8(ascii: "{")) else { return false }
        var seen = 0
        var retention: UnsafeBufferPointer<UInt8>?
        target.clear()
        skipSpace()
        if !take(UInt8(ascii: "}")) {
            repeat {
                skipSpace()
                guard let key = key() else { return false }
                guard seen & (1 << key.rawValue) == 0 else { return false }
                seen |= 1 << key.rawValue
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return false }
                skipSpace()
                switch key {
                case .data, .context:
                    guard strings(key, terms.table, into: &target, &numbers) else { return false }
                case .id:
                    let start = position + 1
                    guard let value = string() else { return false }
                    target.id(value, at: start..<position - 1)
                case .retention:
                    guard let value = string() else { return false }
                    retention = value
                case .action, .recipient, .purpose, .identifiability:
                    let dimension: Dimension = key == .action ? .action : key == .recipient ? .recipient : key == .purpose ? .purpose : .identifiability
                    guard let n = term(terms.table, in: TermTable.bit(dimension)) else { return false }
                    switch key {
                    case .action: numbers.action = n
                    case .recipient: numbers.recipient = n
                    case .purpose: numbers.purpose = n
                    default: numbers.identifiability = n
                    }
                    target.term(key, n, terms.table)
                }
                skipSpace()
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return false }
        }
        guard numbers.action != TermNumbers.none, numbers.dataCount > 0 else { return false }
        return target.end(retention: retention, terms.vocabulary, file: file, line: number, column: column)
    }

    /// The key at the position, quotes and all, matched whole against each key's bytes: no
    /// scan for the string's end. A name spelled any other way — another word, an escape —
    /// is none of the keys, and the line needs the full reader.
    private mutating func key() -> Key? {
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        switch bytes[position + 1] {
        case UInt8(ascii: "i"): return take("\"id\"") ? .id : take("\"identifiability\"") ? .identifiability : nil
        case UInt8(ascii: "a"): return take("\"action\"") ? .action : nil
        case UInt8(ascii: "d"): return take("\"data\"") ? .data : nil
        case UInt8(ascii: "p"): return take("\"purpose\"") ? .purpose : nil
        case UInt8(ascii: "c"): return take("\"context\"") ? .context : nil
        case UInt8(ascii: "r"): return take("\"recipient\"") ? .recipient : take("\"retention\"") ? .retention : nil
        default: return nil
        }
    }

    /// Steps over `word` when the bytes at the position spell it (a comparison of a few
    /// words once inlined: its length and bytes are constants).
    @inline(__always)
    private mutating func take(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard bytes.count - position >= n, memcmp(bytes.baseAddress! + position, word.utf8Start, n) == 0 else { return false }
        position += n
        return true
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// The number of the string at the position as a term of `table` in `dimension`: its
    /// bytes up to the next quote, found among the terms spelled with no escape
    /// (``TermTable/plainNumber(_:in:)``), so they need no check of their own — bytes
    /// with an escape, a control or a non-ASCII byte spell none of those. nil when the
    /// string is no such term.
    private mutating func term(_ table: TermTable, in dimension: UInt8) -> Int32? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        position = ByteScan.quote(bytes, from: start)
        guard position < bytes.count else { return nil }
        position += 1
        return table.plainNumber(UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), in: dimension)
    }

    /// Spaces, tabs and carriage returns, as ``JSONLineReader`` skips them.
    private mutating func skipSpace() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0D { position += 1 }
    }

    /// The inside of a string of printable ASCII with no escape; nil for any other.
    private mutating func string() -> UnsafeBufferPointer<UInt8>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        position = ByteScan.plainStringEnd(bytes, from: start)
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        position += 1
        return UnsafeBufferPointer(rebasing: bytes[start..<position - 1])
    }

    /// One term of `key`'s dimension (data or context), or a list of them, into `target`
    /// (which has none of them before) and their numbers.
    private mutating func strings<Target: PlainLineTarget>(_ key: Key, _ table: TermTable, into target: inout Target,
                                                           _ numbers: inout TermNumbers) -> Bool {
        let isContext = key == .context
        let bit = TermTable.bit(isContext ? .context : .data)
        guard take(UInt8(ascii: "[")) else {
            guard let n = term(table, in: bit) else { return false }
            target.term(key, n, table)
            numbers.add(n, context: isContext)
            return true
        }
        skipSpace()
        if take(UInt8(ascii: "]")) { return true }
        repeat {
            skipSpace()
            guard let n = term(table, in: bit) else { return false }
            target.term(key, n, table)
            numbers.add(n, context: isContext)
            skipSpace()
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }
}
