/// Reads one line of JSON Lines as one operation: the common line straight from its bytes
/// (``PlainOperationLine``); any other as strict JSON (``JSONLineReader``) with the same
/// checks as any operation file (unknown keys, wrong types, unknown terms), each problem at
/// its line and column. Immutable, so the lines of a batch can be read on several threads at once.
package struct JSONLinesOperationReader: Sendable {
    package let file: String
    private let terms: OperationTerms

    package init(file: String, taxonomy: Taxonomy, terms: [String: [String]]) {
        self.init(file: file, terms: OperationTerms(taxonomy: taxonomy, terms: terms))
    }

    package init(file: String, terms: OperationTerms) {
        self.file = file
        self.terms = terms
    }

    /// The operation on the line, or nil, with every problem found.
    package func operation(_ line: UnsafeBufferPointer<UInt8>, number: Int, offset: Int) -> (operation: Operation?, diagnostics: [Diagnostic]) {
        if let plain = plainOperation(line, number: number) { return (plain, []) }
        return checkedOperation(line, number: number, offset: offset)
    }

    /// The operation when the line is the common one (``PlainOperationLine``); nil when it
    /// needs ``checkedOperation(_:number:offset:)``.
    package func plainOperation(_ line: UnsafeBufferPointer<UInt8>, number: Int) -> Operation? {
        PlainOperationLine.operation(line, file: file, number: number, terms: terms)
    }

    /// ``plainOperation(_:number:)`` read into `operation` (every field), with its terms'
    /// numbers in ``termTable``; false when the line needs ``checkedOperation(_:number:offset:)``.
    /// With a ``NumberedLine`` for `operation`, the line is read as numbers only.
    func readPlain<Target: PlainLineTarget>(_ line: UnsafeBufferPointer<UInt8>, number: Int, into operation: inout Target,
                                            numbers: inout TermNumbers) -> Bool {
        PlainOperationLine.read(line, file: file, number: number, terms: terms, into: &operation, numbers: &numbers)
    }

    /// The table whose numbers ``readPlain(_:number:into:numbers:)`` gives.
    var termTable: TermTable { terms.table }

    /// The operation as the full reader reads it, with every problem: what the plain reading must agree with.
    package func checkedOperation(_ line: UnsafeBufferPointer<UInt8>, number: Int, offset: Int) -> (operation: Operation?, diagnostics: [Diagnostic]) {
        let read = JSONLineReader.read(line, file: file, number: number, offset: offset, maxDepth: YAMLReader.Limits.operations.maxDepth)
        guard let root = read.root else { return (nil, read.diagnostics) }
        var input = NodeDecoder(file: file, diagnostics: read.diagnostics)
        guard root.mapping != nil else {
            input.report(.jsonLine, root)
            return (nil, input.diagnostics)
        }
        let operation = OperationFile.decodeOperation(root, &input, terms.vocabulary)
        return input.diagnostics.isEmpty ? (operation, []) : (nil, input.diagnostics)
    }
}
