/// A streamed format that writes a result's shape straight from a decision by numbers
/// (``NumberedDecision``) and the bytes it wrote once for the run (``ExplanationBytes``,
/// from ``CheckStreamingReporter/prepare(_:engine:)``): `pledge check` on operations never
/// seen before builds no ``Decision``. The bytes are those ``CheckStreamingReporter/shape(of:_:)``
/// writes for the ``Decision`` the numbers word (`NumberedShapeTests` compares them).
protocol NumberedShapeWriter: CheckStreamingReporter {
    func shape(of decision: NumberedDecision<Bitset64>, _ operation: Operation, _ run: CheckRun,
               _ bytes: ExplanationBytes) -> CheckEntryShape
}
