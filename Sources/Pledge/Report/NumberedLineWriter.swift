/// A streamed format that writes the result of a JSON Lines line read as its terms'
/// numbers only (``NumberedLine``): its shape from the decision by numbers and the terms'
/// spellings (``TermSpellings``), its first part from the bytes of the line's own id. No
/// ``Operation`` is built for such a line; the bytes are those the operation's result has.
protocol NumberedLineWriter: NumberedShapeWriter {
    /// ``NumberedShapeWriter/shape(of:_:_:_:plainTerms:into:)`` for the operation `numbers`
    /// name (complete, with no retention), its terms spelled by `spellings`.
    func shape(of decision: NumberedDecision<Bitset64>, _ numbers: TermNumbers, _ spellings: TermSpellings, _ run: CheckRun,
               _ bytes: ExplanationBytes, into shape: inout CheckEntryShape)
    /// Whether the format writes a file of this name as it stands: checked once per input,
    /// so that ``write(id:file:line:column:outcome:shape:into:)`` need not check it per line.
    func writesAsItStands(file: UnsafeBufferPointer<UInt8>) -> Bool
    /// Appends one entry, `shape` around this id and place, when they fit; false (nothing
    /// written) otherwise. Neither needs an escape: the id is printable ASCII with no quote
    /// or backslash (the plain reader read it), and the file is one the format writes as it stands.
    func write(id: UnsafeBufferPointer<UInt8>, file: UnsafeBufferPointer<UInt8>, line: Int, column: Int, outcome: Outcome,
               shape: CheckEntryShape, into out: inout [UInt8]) -> Bool
    /// The entry ``write(id:file:line:column:outcome:shape:into:)`` appends around the shape
    /// ``shape(of:_:_:_:_:into:)`` writes, appended straight from the decision: no shape is
    /// written first and then copied. Gives where the shape's two parts sit in `out` (for a
    /// cache to keep a copy of them); nil (nothing written) when the id and place do not fit.
    /// `room`: the thread's room (``ResultRoom/capacity`` bytes), where a format may write
    /// the whole entry before appending it at once.
    func write(_ decision: NumberedDecision<Bitset64>, _ numbers: TermNumbers, _ spellings: TermSpellings, _ bytes: ExplanationBytes,
               id: UnsafeBufferPointer<UInt8>, file: UnsafeBufferPointer<UInt8>, line: Int, column: Int,
               room: UnsafeMutableBufferPointer<UInt8>, into out: inout [UInt8]) -> (before: Range<Int>, after: Range<Int>)?
}
