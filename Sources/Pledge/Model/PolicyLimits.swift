/// How much one policy may hold, defined once and checked alike wherever a policy is
/// read for use: `pledge validate` calls a rule file over them invalid, and the engine
/// (so `pledge check`, `lint` and `diff`) refuses to compile it. The engine has no width
/// limit of its own; these bound its memory, which grows with classes × rules.
public enum PolicyLimits {
    /// The most rules one policy may hold.
    public static let maxRules = 250_000
    /// The most exceptions (`unless:` entries) one policy may hold, over all its rules.
    public static let maxExceptions = 250_000

    /// A diagnostic for a policy over the limits, at its text file; nil when it is within them.
    public static func problem(in document: PolicyDocument, file: String? = nil) -> Diagnostic? {
        let rules = document.rules.count
        let exceptions = document.rules.reduce(0) { $0 + $1.unless.count }
        guard rules > maxRules || exceptions > maxExceptions else { return nil }
        return Diagnostic(
            "a policy may hold at most \(maxRules) rules and \(maxExceptions) exceptions; this one holds \(rules) rules and \(exceptions) exceptions",
            at: SourceLocation(file: file ?? document.policy.textFile))
    }
}
