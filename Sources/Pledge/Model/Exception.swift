/// An `unless:` entry: a sub-scope carved out of a rule. When an operation falls in it
/// and its `when` facts hold, the rule does not apply. An exception to a prohibition is
/// a permission (DESIGN.md, decision semantics 3).
public struct Exception: Sendable, Hashable {
    /// The operations carved out of the rule.
    public var scope: Scope
    /// Context facts that must all hold for the exception to apply.
    public var when: [String]
    /// The clause the exception was read from, when it is not the rule's own.
    public var source: Provenance?

    public init(scope: Scope = Scope(), when: [String] = [], source: Provenance? = nil) {
        self.scope = scope
        self.when = when
        self.source = source
    }
}
