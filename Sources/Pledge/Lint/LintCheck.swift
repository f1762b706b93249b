/// What a check looks for and why, with example policies that trigger it and that do
/// not. The examples are the check's tests: every triggering example must yield a
/// finding of this check, and no non-triggering example may.
public struct LintCheckDescriptor: Sendable {
    public let id: String
    public let summary: String
    public let rationale: String
    public let triggering: [PolicyDocument]
    public let nonTriggering: [PolicyDocument]
}

/// One named pass of the linter, collecting findings from one policy.
package protocol LintCheck: Sendable {
    var descriptor: LintCheckDescriptor { get }
    func findings(in context: LintContext) -> [Finding]
}
