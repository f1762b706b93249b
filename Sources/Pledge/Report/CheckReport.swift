/// The result of `pledge check`: every operation with its decision, and whether the run
/// passes (every operation allowed; not covered too, when uncovered operations are let through).
public struct CheckReport: Sendable {
    /// One checked operation.
    public struct Entry: Sendable {
        /// The operation as read, with its place.
        public var operation: Operation
        /// What the engine decided, and why.
        public var decision: Decision

        /// Whether this entry fails the run.
        public func fails(allowingUncovered: Bool) -> Bool {
            switch decision.outcome {
            case .allow: return false
            case .deny: return true
            case .notCovered: return !allowingUncovered
            }
        }
    }

    /// The rule file (or policy text) the operations were checked against, as named.
    public var rulesFile: String
    /// The policy the rules were read from.
    public var policy: PolicyMetadata
    /// The operations in the order they were read.
    public var entries: [Entry]
    /// `--allow-uncovered`: not_covered does not fail the run.
    public var allowsUncovered: Bool

    /// Evaluates every operation with the engine, in order.
    public init(engine: Engine, operations: [Operation], rulesFile: String, allowsUncovered: Bool = false) {
        self.rulesFile = rulesFile
        self.policy = engine.document.policy
        self.entries = operations.map { Entry(operation: $0, decision: engine.evaluate($0)) }
        self.allowsUncovered = allowsUncovered
    }

    /// The rules, the policy and `--allow-uncovered`, as every result refers to them.
    public var run: CheckRun { CheckRun(rulesFile: rulesFile, policy: policy, allowsUncovered: allowsUncovered) }

    /// How many operations got each outcome.
    public var tally: CheckTally {
        var tally = CheckTally()
        for entry in entries { tally.add(entry.decision.outcome) }
        return tally
    }

    /// True when no operation fails the run.
    public var passes: Bool { tally.passes(allowingUncovered: allowsUncovered) }

    /// How many operations got this outcome.
    public func count(_ outcome: Outcome) -> Int { entries.filter { $0.decision.outcome == outcome }.count }

    /// "3 operations: 1 allowed, 1 denied, 1 not covered".
    public var summary: String { tally.summary(run) }

    /// The policy text file that clauses are quoted from: the policy's source, else the rule file.
    public var policyFile: String { run.policyFile }

    /// Where the policy text states a rule's clause.
    public func clauseLocation(_ reference: RuleReference) -> SourceLocation { run.clauseLocation(reference) }
}

extension CheckReport {
    /// Where an operation was read from, as its result names it.
    static func location(of operation: Operation) -> SourceLocation {
        operation.location ?? SourceLocation(file: operation.id ?? "operation")
    }
}

extension CheckReport.Entry {
    /// Where the operation was read from.
    public var location: SourceLocation { CheckReport.location(of: operation) }

    /// The operation's name for messages: its id, or its action and data.
    public var name: String {
        operation.id ?? "\(operation.action) \(operation.data.joined(separator: ", "))"
    }
}
