/// A scope with its keys resolved to taxonomy node indices, per dimension in
/// ``Dimension/scoped`` order: the node sets it covers (nil: any).
struct ResolvedScope: Sendable {
    var covered: [Set<Int>?]
    var retention: RetentionLimit?
}

/// One `unless:` entry, resolved.
struct ResolvedException: Sendable {
    var scope: ResolvedScope
    /// Each fact of `when`, as a context node index.
    var when: [Int]
    var source: Provenance?
}

/// One rule with every key resolved: the first step of compiling. A `require` rule
/// permits its own scope and forbids, over the same data, recipients and purposes, the
/// actions that break it (`broken_by` in the taxonomy); its retention bound applies to
/// the breaking operations.
struct ResolvedRule: Sendable {
    var rule: Rule
    var scope: ResolvedScope
    /// For `require`: the operations that break the duty.
    var breaking: ResolvedScope?
    var when: [Int]
    var unless: [ResolvedException]

    /// Resolves every rule of a document; throws ``PledgeError/invalid(_:)`` listing every
    /// key that names no node and no defined term.
    static func resolve(_ document: PolicyDocument, taxonomy: Taxonomy) throws -> [ResolvedRule] {
        var diagnostics: [Diagnostic] = []
        let file = document.policy.source ?? document.policy.id
        func complain(_ rule: Rule, _ message: String) {
            diagnostics.append(Diagnostic("rule '\(rule.id)': \(message)", at: SourceLocation(file: file, line: rule.source.line)))
        }
        func scope(_ scope: Scope, of rule: Rule) -> ResolvedScope {
            let covered: [Set<Int>?] = Dimension.scoped.map { dimension in
                guard let keys = scope[dimension] else { return nil }
                var set = Set<Int>()
                for key in keys {
                    for k in dimension == .data ? (document.terms[key] ?? [key]) : [key] {
                        let nodes = taxonomy[dimension].subtreeIndices(of: k)
                        if nodes.isEmpty { complain(rule, "unknown \(dimension.rawValue) '\(k)'") }
                        set.formUnion(nodes)
                    }
                }
                return set
            }
            return ResolvedScope(covered: covered, retention: scope.retention)
        }
        func facts(_ keys: [String], of rule: Rule) -> [Int] {
            keys.compactMap { key in
                guard let node = taxonomy[.context].index(of: key) else {
                    complain(rule, "unknown context fact '\(key)'")
                    return nil
                }
                return node
            }
        }
        let actions = taxonomy[.action]
        let resolved = document.rules.map { rule in
            let own = scope(rule.scope, of: rule)
            var breaking: ResolvedScope? = nil
            if rule.effect == .require {
                var broken = Set<Int>()
                for key in rule.scope.action ?? actions.roots {
                    for k in actions.subtree(of: key) {
                        for b in actions.node(k)?.brokenBy ?? [] { broken.formUnion(actions.subtreeIndices(of: b)) }
                    }
                }
                var covered = own.covered
                covered[0] = broken
                breaking = ResolvedScope(covered: covered, retention: own.retention)
            }
            return ResolvedRule(
                rule: rule,
                scope: rule.effect == .require ? ResolvedScope(covered: own.covered, retention: nil) : own,
                breaking: breaking,
                when: facts(rule.when, of: rule),
                unless: rule.unless.map { ResolvedException(scope: scope($0.scope, of: rule), when: facts($0.when, of: rule), source: $0.source) })
        }
        if !diagnostics.isEmpty { throw PledgeError.invalid(diagnostics) }
        return resolved
    }
}
