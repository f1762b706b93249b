/// Checks one policy for conflicting, redundant, vacuous and unmapped clauses.
///
/// The checks are a list of named passes (``checks``), each with a description,
/// a rationale and example policies that are also its tests.
public struct Linter: Sendable {
    /// The vocabulary the policies' rules speak.
    public let taxonomy: Taxonomy

    /// A linter for policies over `taxonomy`.
    public init(taxonomy: Taxonomy = .standard) {
        self.taxonomy = taxonomy
    }

    package static let checks: [any LintCheck] = [
        UndefinedTermCheck(), UnusedTermCheck(), OverriddenAllowCheck(), DutyContradictionCheck(),
        DuplicateRuleCheck(), ShadowedRuleCheck(), VacuousRuleCheck(), CoverageGapCheck(), VagueWordingCheck(),
    ]

    /// What each check looks for and why, in the order they run.
    public static var descriptors: [LintCheckDescriptor] { checks.map(\.descriptor) }

    /// Every finding of every check, ordered by place, then by severity (errors first).
    public func lint(_ document: PolicyDocument) -> [Finding] {
        let context = LintContext(document: document, taxonomy: taxonomy)
        let findings = Self.checks.flatMap { $0.findings(in: context) }
        return findings.enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
            return a.offset < b.offset
        }.map(\.element)
    }
}
