/// What a check looks for and why, with example policies that trigger it and that do
/// not. The examples are the check's tests: every triggering example must yield a
/// finding of this check, and no non-triggering example may.
public struct LintCheckDescriptor: Sendable {
    /// The id findings carry (`overridden-allow`).
    public let id: String
    /// What the check looks for, in one sentence.
    public let summary: String
    /// Why it matters to the policy's readers.
    public let rationale: String
    /// Policies that must yield a finding of this check.
    public let triggering: [PolicyDocument]
    /// Policies that must not.
    public let nonTriggering: [PolicyDocument]
}

/// One named pass of the linter, collecting findings from one policy.
package protocol LintCheck: Sendable {
    var descriptor: LintCheckDescriptor { get }
    func findings(in context: LintContext) -> [Finding]
}
