/// A streamed format that writes a result's shape straight from a decision by numbers
/// (``NumberedDecision``) and the bytes it wrote once for the run (``ExplanationBytes``,
/// from ``CheckStreamingReporter/prepare(_:engine:)``): `pledge check` on operations never
/// seen before builds no ``Decision``. The bytes are those ``CheckStreamingReporter/shape(of:_:)``
/// writes for the ``Decision`` the numbers word (`NumberedShapeTests` compares them).
protocol NumberedShapeWriter: CheckStreamingReporter {
    /// Writes the shape into `shape`, replacing its bytes: their room is reused where no
    /// one else holds them (``CheckShapeCache`` hands the same shape back for each
    /// operation it does not keep, so writing one allocates nothing). `plainTerms`: every
    /// term of the operation is printable ASCII with no quote or backslash (``PlainOperationLine``
    /// read it so), and none needs an escape in any format.
    func shape(of decision: NumberedDecision<Bitset64>, _ operation: Operation, _ run: CheckRun,
               _ bytes: ExplanationBytes, plainTerms: Bool, into shape: inout CheckEntryShape)
}

extension NumberedShapeWriter {
    /// The shape in new bytes.
    func shape(of decision: NumberedDecision<Bitset64>, _ operation: Operation, _ run: CheckRun,
               _ bytes: ExplanationBytes) -> CheckEntryShape {
        var shape = CheckEntryShape(after: [])
        self.shape(of: decision, operation, run, bytes, plainTerms: false, into: &shape)
        return shape
    }
}
