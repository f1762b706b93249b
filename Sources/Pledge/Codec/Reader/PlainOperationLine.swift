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
    private enum Key: Int {
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
    /// to wrap, unwrap and destroy.
    static func read(_ line: UnsafeBufferPointer<UInt8>, file: String, number: Int, terms: OperationTerms,
                     into operation: inout Operation, numbers: inout TermNumbers) -> Bool {
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

    /// The object at the position into `op` (`numbers` empty before), its place the column
    /// of its brace; false when the line needs the full reader.
    private mutating func object(file: String, number: Int, terms: OperationTerms, into op: inout Operation,
                                 _ numbers: inout TermNumbers) -> Bool {
        let column = position + 1
        guard take(UInt8(ascii: "{")) else { return false }
        var seen = 0
        var action: String?, retention: String?
        op.id = nil
        op.recipient = nil
        op.purpose = nil
        op.identifiability = nil
        // Emptied in their own room: a stream reads each line into the same operation, and
        // the lists' buffers serve the next line unless a cache still holds them.
        op.data.removeAll(keepingCapacity: true)
        op.context.removeAll(keepingCapacity: true)
        skipSpace()
        if !take(UInt8(ascii: "}")) {
            repeat {
                skipSpace()
                guard let name = string(), let key = Self.key(name) else { return false }
                guard seen & (1 << key.rawValue) == 0 else { return false }
                seen |= 1 << key.rawValue
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return false }
                skipSpace()
                switch key {
                case .data:
                    guard strings(.data, terms.table, into: &op.data, &numbers) else { return false }
                case .context:
                    guard strings(.context, terms.table, into: &op.context, &numbers) else { return false }
                case .id, .retention:
                    guard let value = string() else { return false }
                    if key == .id { op.id = Self.text(value) } else { retention = Self.text(value) }
                case .action, .recipient, .purpose, .identifiability:
                    let dimension: Dimension = key == .action ? .action : key == .recipient ? .recipient : key == .purpose ? .purpose : .identifiability
                    guard let value = string(), let (term, n) = terms.table.numbered(value, in: TermTable.bit(dimension)) else { return false }
                    switch key {
                    case .action: action = term; numbers.action = n
                    case .recipient: op.recipient = term; numbers.recipient = n
                    case .purpose: op.purpose = term; numbers.purpose = n
                    default: op.identifiability = term; numbers.identifiability = n
                    }
                }
                skipSpace()
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return false }
        }
        guard let action, !op.data.isEmpty else { return false }
        op.action = action
        op.retention = nil
        if let retention {
            guard let parsed = ISODuration(retention), terms.vocabulary.mayRetain(action) else { return false }
            op.retention = parsed
        }
        op.location = SourceLocation(file: file, line: number, column: column)
        return true
    }

    private static func key(_ name: UnsafeBufferPointer<UInt8>) -> Key? {
        func equals(_ word: StaticString) -> Bool {
            name.count == word.utf8CodeUnitCount && memcmp(name.baseAddress!, word.utf8Start, name.count) == 0
        }
        switch name.count {
        case 2: return equals("id") ? .id : nil
        case 4: return equals("data") ? .data : nil
        case 6: return equals("action") ? .action : nil
        case 7: return equals("purpose") ? .purpose : equals("context") ? .context : nil
        case 9: return equals("recipient") ? .recipient : equals("retention") ? .retention : nil
        case 15: return equals("identifiability") ? .identifiability : nil
        default: return nil
        }
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
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

    /// One term of `dimension`, or a list of them, into `list` (empty before) and their numbers.
    private mutating func strings(_ dimension: Dimension, _ table: TermTable, into list: inout [String],
                                  _ numbers: inout TermNumbers) -> Bool {
        let bit = TermTable.bit(dimension), isContext = dimension == .context
        guard take(UInt8(ascii: "[")) else {
            guard let item = string(), let (term, n) = table.numbered(item, in: bit) else { return false }
            list.append(term)
            numbers.add(n, context: isContext)
            return true
        }
        skipSpace()
        if take(UInt8(ascii: "]")) { return true }
        // Room for the usual few terms at once, not grown one append at a time.
        list.reserveCapacity(4)
        repeat {
            skipSpace()
            guard let item = string(), let (term, n) = table.numbered(item, in: bit) else { return false }
            list.append(term)
            numbers.add(n, context: isContext)
            skipSpace()
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }
}
