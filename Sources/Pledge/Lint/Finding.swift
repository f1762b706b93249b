/// One problem the linter found in a policy.
public struct Finding: Sendable, Hashable {
    /// How much a finding matters. `pledge lint` fails on errors (and on warnings with `--strict`).
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        case info, warning, error

        /// info < warning < error.
        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// How much it matters.
    public var severity: Severity
    /// The id of the check that found it (`overridden-allow`, …).
    public var check: String
    /// What is wrong, naming the rules concerned.
    public var message: String
    /// The rules concerned, in the order the message names them.
    public var ruleIDs: [String]
    /// The clauses concerned, quoted with their places.
    public var clauses: [QuotedClause]
    /// An operation that shows the problem, re-checked with the engine, where one exists.
    public var witness: Operation?
    /// Where the finding points: its first clause, else the policy file.
    public var location: SourceLocation

    /// A finding; `location` should be its first clause's place.
    public init(
        severity: Severity, check: String, message: String, ruleIDs: [String] = [], clauses: [QuotedClause] = [],
        witness: Operation? = nil, location: SourceLocation
    ) {
        self.severity = severity
        self.check = check
        self.message = message
        self.ruleIDs = ruleIDs
        self.clauses = clauses
        self.witness = witness
        self.location = location
    }
}
