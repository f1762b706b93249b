/// A ``Scope`` resolved against a taxonomy: per scoped dimension the node indices it
/// covers (nil: any). The linter and the diff reason about scopes as sets, not keys.
struct ScopeCover: Sendable, Hashable {
    /// Indexed like `Dimension.scoped`.
    var sets: [Set<Int>?]
    var retention: RetentionLimit?

    func contains(dimension: Int, node: Int) -> Bool { sets[dimension]?.contains(node) ?? true }

    /// True when some dimension lists no node at all: the scope matches nothing.
    var isEmpty: Bool { sets.contains { $0?.isEmpty == true } }

    /// Whether every atom this scope matches is matched by `wider` too (retention included).
    func isInside(_ wider: ScopeCover) -> Bool {
        for (mine, theirs) in zip(sets, wider.sets) {
            guard let theirs else { continue }
            guard let mine, mine.isSubset(of: theirs) else { return false }
        }
        switch (retention, wider.retention) {
        case (_, nil): return true
        case (nil, _?): return false
        case (.atMost(let a)?, .atMost(let b)?): return a <= b
        case (.longerThan(let a)?, .longerThan(let b)?): return a >= b
        default: return false
        }
    }
}

/// An `unless:` entry resolved: its scope and the fact sets that must all hold.
struct ExceptionCover: Sendable, Hashable {
    var scope: ScopeCover
    /// Each fact as the fact and its descendants; a fact holds when the context meets its set.
    var when: [Set<Int>]
}

/// One rule resolved. A `require` rule has a permission over its own scope (no retention
/// bound) and a prohibition, `breaking`, over the actions that break the duty.
struct RuleCover: Sendable {
    var rule: Rule
    var scope: ScopeCover
    var breaking: ScopeCover?
    var when: [Set<Int>]
    var exceptions: [ExceptionCover]
}

/// A policy's rules resolved against a taxonomy, as the engine reads them (DESIGN.md,
/// decision semantics), so that regions cut from them are exactly the engine's.
struct PolicyCover: Sendable {
    let taxonomy: Taxonomy
    let rules: [RuleCover]

    /// Throws ``PledgeError/invalid(_:)`` for every key that resolves nowhere.
    init(_ document: PolicyDocument, taxonomy: Taxonomy) throws {
        self.taxonomy = taxonomy
        var diagnostics: [Diagnostic] = []
        let file = document.policy.source ?? document.policy.id
        func resolve(_ scope: Scope, _ rule: Rule) -> ScopeCover {
            let sets: [Set<Int>?] = Dimension.scoped.map { dimension in
                guard let keys = scope[dimension] else { return nil }
                var set = Set<Int>()
                for key in keys {
                    for k in dimension == .data ? (document.terms[key] ?? [key]) : [key] {
                        let indices = taxonomy[dimension].subtreeIndices(of: k)
                        if indices.isEmpty {
                            diagnostics.append(Diagnostic("rule '\(rule.id)': unknown \(dimension.rawValue) '\(k)'", at: SourceLocation(file: file, line: rule.source.line)))
                        }
                        set.formUnion(indices)
                    }
                }
                return set
            }
            return ScopeCover(sets: sets, retention: scope.retention)
        }
        func facts(_ keys: [String], _ rule: Rule) -> [Set<Int>] {
            keys.map { key in
                let indices = taxonomy[.context].subtreeIndices(of: key)
                if indices.isEmpty {
                    diagnostics.append(Diagnostic("rule '\(rule.id)': unknown context fact '\(key)'", at: SourceLocation(file: file, line: rule.source.line)))
                }
                return Set(indices)
            }
        }
        let actions = taxonomy[.action]
        rules = document.rules.map { rule in
            var scope = resolve(rule.scope, rule)
            var breaking: ScopeCover? = nil
            if rule.effect == .require {
                var broken = Set<Int>()
                for key in rule.scope.action ?? actions.roots {
                    for k in actions.subtree(of: key) {
                        for b in actions.node(k)?.brokenBy ?? [] { broken.formUnion(actions.subtreeIndices(of: b)) }
                    }
                }
                var sets = scope.sets
                sets[0] = broken
                breaking = ScopeCover(sets: sets, retention: scope.retention)
                scope.retention = nil
            }
            let exceptions = rule.unless.map { ExceptionCover(scope: resolve($0.scope, rule), when: facts($0.when, rule)) }
            return RuleCover(rule: rule, scope: scope, breaking: breaking, when: facts(rule.when, rule), exceptions: exceptions)
        }
        if !diagnostics.isEmpty { throw PledgeError.invalid(diagnostics) }
    }
}
