/// What every result of one `pledge check` run refers to: the rules checked against, the
/// policy they came from, and whether not-covered operations are let through.
public struct CheckRun: Sendable {
    /// The rule file (or policy text) the operations are checked against, as named.
    public var rulesFile: String
    /// The policy the rules were read from.
    public var policy: PolicyMetadata
    /// `--allow-uncovered`: not_covered does not fail the run.
    public var allowsUncovered: Bool
    /// What the report writes for each rule's reference, written once for this run
    /// (``CheckStreamingReporter/prepare(_:engine:)``).
    var references: ReferenceBytes?
    /// What the report writes for the rules, exceptions and nodes a decision by numbers
    /// names, written once for this run; nil for a policy too large for one-word rows.
    var explanation: ExplanationBytes?

    public init(rulesFile: String, policy: PolicyMetadata, allowsUncovered: Bool) {
        self.rulesFile = rulesFile
        self.policy = policy
        self.allowsUncovered = allowsUncovered
    }

    /// The policy text file that clauses are quoted from: the policy's source, else the rule file.
    public var policyFile: String { policy.source ?? rulesFile }

    /// Where the policy text states a rule's clause.
    public func clauseLocation(_ reference: RuleReference) -> SourceLocation {
        SourceLocation(file: policyFile, line: reference.source.line)
    }
}

/// How many operations got each outcome; what the summary line and the exit status read.
public struct CheckTally: Sendable, Equatable {
    public var allowed = 0
    public var denied = 0
    public var notCovered = 0

    public init() {}

    public var operations: Int { allowed + denied + notCovered }

    public mutating func add(_ outcome: Outcome) {
        switch outcome {
        case .allow: allowed += 1
        case .deny: denied += 1
        case .notCovered: notCovered += 1
        }
    }

    public mutating func add(_ other: CheckTally) {
        allowed += other.allowed
        denied += other.denied
        notCovered += other.notCovered
    }

    /// True when no operation fails the run.
    public func passes(allowingUncovered: Bool) -> Bool { denied == 0 && (allowingUncovered || notCovered == 0) }

    /// "3 operations checked against RULES: 1 allowed, 1 denied, 1 not covered".
    public func summary(_ run: CheckRun) -> String {
        let n = operations
        return "\(n) operation\(n == 1 ? "" : "s") checked against \(run.rulesFile): \(allowed) allowed, "
            + "\(denied) denied, \(notCovered) not covered"
            + (run.allowsUncovered && notCovered > 0 ? " (allowed through: --allow-uncovered)" : "")
    }
}
