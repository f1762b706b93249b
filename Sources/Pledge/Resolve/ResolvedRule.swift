/// One `unless:` entry, resolved. Its clause stays on the rule's `unless` entry at the
/// same position, so that two exceptions compare by what they cover, not their wording.
struct ResolvedException: Sendable, Hashable {
    var scope: ResolvedScope
    /// Each fact of `when`, as a context node index; a fact holds when the context names
    /// it or one of its descendants.
    var when: [Int]
}

/// One rule with every key resolved. A `require` rule permits its own scope (with no
/// retention bound) and forbids, over the same data, recipients and purposes, the
/// actions that break it (`broken_by` in the taxonomy); its retention bound applies to
/// the breaking operations.
struct ResolvedRule: Sendable {
    var rule: Rule
    var scope: ResolvedScope
    /// For `require`: the operations that break the duty.
    var breaking: ResolvedScope?
    /// Each fact of `when`, as a context node index.
    var when: [Int]
    /// Indexed like `rule.unless`.
    var unless: [ResolvedException]
}
