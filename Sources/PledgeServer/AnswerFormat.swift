import Pledge

/// How `/v1/check` writes its answer, result by result, as `pledge check`'s streaming
/// reporters do: a head, the results with a separator between them, a tail. A result is its
/// shape (what follows from its terms and decision, kept in the policy's ``AnswerCache``)
/// around the operation's own id and place.
protocol AnswerFormat: Sendable {
    func head(_ run: CheckRun) -> String
    var separator: String { get }
    func shape(of entry: CheckReport.Entry, _ run: CheckRun) -> CheckEntryShape
    /// Appends what a result adds to its shape: the operation's own id and place. `decided`
    /// is the result the shape was made from (an operation with the same terms).
    func writeOwnParts(of operation: Pledge.Operation, decided: CheckReport.Entry, into out: inout [UInt8])
    func tail(_ run: CheckRun, _ tally: CheckTally) -> String
}

/// The default answer: exactly `pledge check --format json`.
extension CheckJSONReporter: AnswerFormat {
    /// The reporter writes an entry's id and place between the parts of the shape it is
    /// given; given none, it writes them alone.
    func writeOwnParts(of operation: Pledge.Operation, decided: CheckReport.Entry, into out: inout [UInt8]) {
        var entry = decided
        entry.operation = operation
        write(entry, shape: Self.noShape, into: &out)
    }

    private static let noShape = CheckEntryShape(after: [])
}
