/// What ``PlainOperationLine`` reads a line into besides its terms' numbers
/// (``TermNumbers``): a whole ``Operation``, or only where the line's id and brace are
/// (``NumberedLine``), for a stream whose writers work from the numbers and no string or
/// list is made for the line.
protocol PlainLineTarget {
    /// Forgets the last line's id and terms.
    mutating func clear()
    /// The id's value, at `range` of the line.
    mutating func id(_ value: UnsafeBufferPointer<UInt8>, at range: Range<Int>)
    /// A term the line names for `key` (a data key or context fact adds to its list): number `n` of `table`.
    mutating func term(_ key: PlainOperationLine.Key, _ n: Int32, _ table: TermTable)
    /// The object's end, with its retention's text if it has one and its place; false when
    /// the line needs another reading (a retention the target cannot take, or that
    /// `vocabulary` does not let the action keep).
    mutating func end(retention: UnsafeBufferPointer<UInt8>?, _ vocabulary: Vocabulary, file: String, line: Int, column: Int) -> Bool
}

extension Operation: PlainLineTarget {
    mutating func clear() {
        id = nil
        recipient = nil
        purpose = nil
        identifiability = nil
        // Emptied in their own room: a stream reads each line into the same operation, and
        // the lists' buffers serve the next line unless a cache still holds them.
        data.removeAll(keepingCapacity: true)
        context.removeAll(keepingCapacity: true)
    }

    mutating func id(_ value: UnsafeBufferPointer<UInt8>, at range: Range<Int>) {
        id = String(decoding: value, as: UTF8.self)
    }

    mutating func term(_ key: PlainOperationLine.Key, _ n: Int32, _ table: TermTable) {
        let term = table.terms[Int(n)]
        switch key {
        case .action: action = term
        case .recipient: recipient = term
        case .purpose: purpose = term
        case .identifiability: identifiability = term
        case .context:
            // Room for the usual few terms at once, not grown one append at a time.
            if context.isEmpty { context.reserveCapacity(4) }
            context.append(term)
        default:
            if data.isEmpty { data.reserveCapacity(4) }
            data.append(term)
        }
    }

    mutating func end(retention text: UnsafeBufferPointer<UInt8>?, _ vocabulary: Vocabulary, file: String, line: Int, column: Int) -> Bool {
        retention = nil
        if let text {
            guard let parsed = ISODuration(String(decoding: text, as: UTF8.self)), vocabulary.mayRetain(action) else { return false }
            retention = parsed
        }
        location = SourceLocation(file: file, line: line, column: column)
        return true
    }
}

/// A plain line read as its terms' numbers only: where its id's value is and the column of
/// its brace. Holds no string, so reading a line into it retains and allocates nothing;
/// declines a line with a retention (read into an ``Operation`` instead).
struct NumberedLine: PlainLineTarget {
    /// The id's value in the line; nil when the line names no id.
    var id: Range<Int>?
    var column = 0

    mutating func clear() { id = nil }

    mutating func id(_ value: UnsafeBufferPointer<UInt8>, at range: Range<Int>) { id = range }

    mutating func term(_ key: PlainOperationLine.Key, _ n: Int32, _ table: TermTable) {}

    mutating func end(retention: UnsafeBufferPointer<UInt8>?, _ vocabulary: Vocabulary, file: String, line: Int, column: Int) -> Bool {
        self.column = column
        return retention == nil
    }
}
