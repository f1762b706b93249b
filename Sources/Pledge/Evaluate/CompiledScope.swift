/// A ``Scope`` resolved against the taxonomy: per dimension, the set of node indices it
/// covers (nil: any).
struct CompiledScope: Sendable {
    var covered: [Set<Int>?]  // indexed like Dimension.scoped
    var retention: RetentionLimit?

    func contains(_ atom: [Int], retention duration: ISODuration?, isRetain: Bool) -> Bool {
        for (d, index) in atom.enumerated() {
            if let set = covered[d], !set.contains(index) { return false }
        }
        if let limit = retention, isRetain, !limit.contains(duration) { return false }
        return true
    }
}

/// One `unless:` entry, compiled.
struct CompiledException: Sendable {
    var scope: CompiledScope
    var when: [Set<Int>]  // each fact: the fact and its descendants
    var source: Provenance?
}

/// One rule, compiled. A `require` rule compiles to a permission over its own scope and
/// a prohibition over the actions that break it.
struct CompiledRule: Sendable {
    var index: Int
    var effect: Effect
    var scope: CompiledScope
    /// For `require`: the scope of the operations that break the duty.
    var breaking: CompiledScope?
    var when: [Set<Int>]
    var unless: [CompiledException]
    var reference: RuleReference
    var obligations: [String]
}
