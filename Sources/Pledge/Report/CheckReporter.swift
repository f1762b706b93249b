/// Writes a ``CheckReport`` in one format. One file per format.
public protocol CheckReporter: Sendable {
    /// The whole output, ending with a newline.
    func render(_ report: CheckReport) -> String
}

/// A format written one result at a time, so that `pledge check` streams it: memory stays
/// flat and results appear as operations are decided. The whole output is the head, the
/// entries with the separator between them, and the tail.
///
/// An entry is written as bytes in two steps, so that the costly part can be kept and
/// reused: its ``CheckEntryShape`` (everything that follows from the operation's terms and
/// its decision: the clauses, the explanation, the operation as decided) and the
/// operation's own id and place written between the shape's two parts.
public protocol CheckStreamingReporter: CheckReporter {
    func head(_ run: CheckRun) -> String
    /// Written between two entries.
    var separator: String { get }
    /// The parts of an entry that depend only on the operation's terms (not its id or
    /// place) and on its decision.
    func shape(of entry: CheckReport.Entry, _ run: CheckRun) -> CheckEntryShape
    /// Appends one entry: `shape` (made by ``shape(of:_:)`` for an entry with the same terms
    /// and decision, whose outcome is `outcome`) around this entry's id and place. `terms` is
    /// the operation; its own id and place are not read (an operation kept without them
    /// serves every entry of its terms).
    func write(_ terms: Operation, id: String?, location: SourceLocation, outcome: Outcome,
               shape: CheckEntryShape, into out: inout [UInt8])
    /// After the last entry; `tally` counts every entry written.
    func tail(_ run: CheckRun, _ tally: CheckTally) -> String
    /// The run as the entries of a stream are written for it: with whatever the format
    /// writes once per run rather than once per entry. The same bytes either way.
    func prepare(_ run: CheckRun, engine: Engine) -> CheckRun
}

/// The bytes of a result that do not depend on the operation's id or place: what comes
/// before them and what comes after.
public struct CheckEntryShape: Sendable {
    package var before: [UInt8]
    package var after: [UInt8]

    package init(before: [UInt8] = [], after: [UInt8]) {
        self.before = before
        self.after = after
    }

    /// The bytes the shape holds, for bounding a cache of shapes.
    package var byteCount: Int { before.count + after.count }

    /// The same bytes in buffers of their own, no larger than the bytes: what a cache keeps
    /// of a shape written in a buffer that is written again.
    var ownCopy: CheckEntryShape {
        CheckEntryShape(before: before.withUnsafeBufferPointer { Array($0) }, after: after.withUnsafeBufferPointer { Array($0) })
    }
}

extension CheckStreamingReporter {
    public func prepare(_ run: CheckRun, engine: Engine) -> CheckRun { run }

    /// Appends one entry: `shape` (made by ``shape(of:_:)`` for an entry with the same terms
    /// and decision) around this entry's id and place.
    public func write(_ entry: CheckReport.Entry, shape: CheckEntryShape, into out: inout [UInt8]) {
        write(entry.operation, id: entry.operation.id, location: entry.location, outcome: entry.decision.outcome,
              shape: shape, into: &out)
    }

    /// One entry as text, without separator.
    public func entry(_ entry: CheckReport.Entry, _ run: CheckRun) -> String {
        var out: [UInt8] = []
        write(entry, shape: shape(of: entry, run), into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public func render(_ report: CheckReport) -> String {
        String(decoding: bytes(report), as: UTF8.self)
    }

    /// The whole output as UTF-8 (what the decision API sends).
    package func bytes(_ report: CheckReport) -> [UInt8] {
        let run = report.run
        var out = Array(head(run).utf8)
        for (i, entry) in report.entries.enumerated() {
            if i > 0 { out += separator.utf8 }
            write(entry, shape: shape(of: entry, run), into: &out)
        }
        out += tail(run, report.tally).utf8
        return out
    }
}

/// The formats `pledge check --format` offers.
public enum CheckFormat: String, Sendable, CaseIterable {
    /// For people (the default).
    case text
    case json
    /// JSON Lines: one result a line, then the summary; for machines and large runs.
    case jsonl
    /// SARIF 2.1.0, for code scanning.
    case sarif
    /// GitHub Actions workflow commands: an annotation on each failing operation's line.
    case github

    /// The reporter that writes this format.
    public var reporter: any CheckReporter {
        switch self {
        case .text: return CheckTextReporter()
        case .json: return CheckJSONReporter()
        case .jsonl: return CheckJSONLinesReporter()
        case .sarif: return CheckSARIFReporter()
        case .github: return CheckGitHubReporter()
        }
    }

    /// The reporter, when this format is written as operations are decided; SARIF and
    /// GitHub annotations need every result first.
    public var streamingReporter: (any CheckStreamingReporter)? { reporter as? any CheckStreamingReporter }
}
