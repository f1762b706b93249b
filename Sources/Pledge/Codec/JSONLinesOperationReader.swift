/// Reads one line of JSON Lines as one operation: strict JSON (``JSONLineReader``), then
/// the same checks as any operation file (unknown keys, wrong types, unknown terms), each
/// problem at its line and column. Immutable, so the lines of a batch can be read on
/// several threads at once.
package struct JSONLinesOperationReader: Sendable {
    package let file: String
    private let vocabulary: Vocabulary

    package init(file: String, taxonomy: Taxonomy, terms: [String: [String]]) {
        self.file = file
        vocabulary = Vocabulary(taxonomy: taxonomy, terms: terms.keys)
    }

    /// The operation on the line, or nil, with every problem found.
    package func operation(_ line: UnsafeBufferPointer<UInt8>, number: Int, offset: Int) -> (operation: Operation?, diagnostics: [Diagnostic]) {
        let read = JSONLineReader.read(line, file: file, number: number, offset: offset, maxDepth: YAMLReader.Limits.operations.maxDepth)
        guard let root = read.root else { return (nil, read.diagnostics) }
        var input = NodeDecoder(file: file, diagnostics: read.diagnostics)
        guard root.mapping != nil else {
            input.report(.jsonLine, root)
            return (nil, input.diagnostics)
        }
        let operation = OperationFile.decodeOperation(root, &input, vocabulary)
        return input.diagnostics.isEmpty ? (operation, []) : (nil, input.diagnostics)
    }
}
