/// A policy's rules with every key resolved against a taxonomy: the one resolution step
/// that the engine, the linter and the diff share, so that all three read a policy alike
/// (DESIGN.md, decision semantics).
struct ResolvedPolicy: Sendable {
    let document: PolicyDocument
    let taxonomy: Taxonomy
    let rules: [ResolvedRule]

    /// Throws ``PledgeError/invalid(_:)`` listing every key that names no node and no
    /// defined term.
    init(_ document: PolicyDocument, taxonomy base: Taxonomy) throws {
        let taxonomy = document.taxonomy(extending: base)
        var diagnostics: [Diagnostic] = []
        let file = document.policy.textFile
        // Rules are named by their index: a copy of a rule retains every string it holds.
        func complain(_ r: Int, _ message: String) {
            let rule = document.rules[r]
            diagnostics.append(Diagnostic("rule '\(rule.id)': \(message)", at: SourceLocation(file: file, line: rule.source.line)))
        }
        // Rules name the same keys again and again: each key's nodes are found once per dimension
        // and reading, and a scope naming one key shares that key's set.
        var coveredByKey = [[String: Set<Int>]](repeating: [:], count: Dimension.scoped.count * 2)
        func covered(by key: String, in dimension: Dimension, at d: Int, read reading: ScopeReading) -> Set<Int> {
            let slot = d * 2 + (reading == .permission ? 1 : 0)
            if let nodes = coveredByKey[slot][key] { return nodes }
            let nodes = Set(reading.covered(by: key, in: taxonomy[dimension]))
            coveredByKey[slot][key] = nodes
            return nodes
        }
        let hasTerms = !document.terms.isEmpty
        func scope(_ scope: Scope, of rule: Int, read reading: ScopeReading) -> ResolvedScope {
            var resolved: [Set<Int>?] = []
            resolved.reserveCapacity(Dimension.scoped.count)
            for (d, dimension) in Dimension.scoped.enumerated() {
                guard let keys = scope[dimension] else { resolved.append(nil); continue }
                var set: Set<Int>? = nil
                func add(_ key: String) {
                    let nodes = covered(by: key, in: dimension, at: d, read: reading)
                    if nodes.isEmpty { complain(rule, "unknown \(dimension.rawValue) '\(key)'") }
                    if set == nil { set = nodes } else { set?.formUnion(nodes) }
                }
                for key in keys {
                    // A defined term stands for its categories; any other key for itself.
                    if hasTerms, dimension == .data, let categories = document.terms[key] {
                        for category in categories { add(category) }
                    } else {
                        add(key)
                    }
                }
                resolved.append(set ?? [])
            }
            return ResolvedScope(covered: resolved, retention: scope.retention)
        }
        let context = taxonomy[.context]
        func facts(_ keys: [String], of rule: Int) -> [Int] {
            guard !keys.isEmpty else { return [] }
            return keys.compactMap { key in
                guard let node = context.index(of: key) else {
                    complain(rule, "unknown context fact '\(key)'")
                    return nil
                }
                return node
            }
        }
        let actions = taxonomy[.action]
        // The actions that break a duty to do an act, found once per act a duty names.
        var brokenByKey: [String: Set<Int>] = [:]
        func actionsBreaking(_ key: String) -> Set<Int> {
            if let broken = brokenByKey[key] { return broken }
            var broken = Set<Int>()
            for k in actions.subtree(of: key) {
                for b in actions.node(k)?.brokenBy ?? [] { broken.formUnion(actions.subtreeIndices(of: b)) }
            }
            brokenByKey[key] = broken
            return broken
        }
        let resolved = document.rules.indices.map { r in
            let effect = document.rules[r].effect
            var own = scope(document.rules[r].scope, of: r, read: ScopeReading(of: effect))
            var breaking: ResolvedScope? = nil
            if effect == .require {
                var broken: Set<Int>? = nil
                for key in document.rules[r].scope.action ?? actions.roots {
                    if broken == nil { broken = actionsBreaking(key) } else { broken?.formUnion(actionsBreaking(key)) }
                }
                var covered = own.covered
                covered[0] = broken ?? []
                breaking = ResolvedScope(covered: covered, retention: own.retention)
                own.retention = nil
            }
            let exceptions = document.rules[r].unless
            return ResolvedRule(
                rule: document.rules[r], scope: own, breaking: breaking, when: facts(document.rules[r].when, of: r),
                unless: exceptions.indices.map { e in
                    ResolvedException(scope: scope(exceptions[e].scope, of: r, read: ScopeReading(exceptionTo: effect)), when: facts(exceptions[e].when, of: r))
                })
        }
        if !diagnostics.isEmpty { throw PledgeError.invalid(diagnostics) }
        self.document = document
        self.taxonomy = taxonomy
        self.rules = resolved
    }

    /// Whether the facts `given` holding makes every fact of `required` hold: each
    /// required fact is, or is an ancestor of, one of the given facts.
    func facts(_ given: [Int], imply required: [Int]) -> Bool {
        let context = taxonomy[.context]
        return required.allSatisfy { need in
            given.contains { context.covers(context.nodes[need].key, context.nodes[$0].key) }
        }
    }
}

extension ResolvedPolicy {
    /// The same policy with only the rules at `indices` (ascending), without resolving
    /// anything again: what the linter compiles to decide an operation without some rules.
    func keeping(_ indices: [Int]) -> ResolvedPolicy {
        var document = self.document
        document.rules = indices.map { self.document.rules[$0] }
        return ResolvedPolicy(document: document, taxonomy: taxonomy, rules: indices.map { rules[$0] })
    }

    private init(document: PolicyDocument, taxonomy: Taxonomy, rules: [ResolvedRule]) {
        self.document = document
        self.taxonomy = taxonomy
        self.rules = rules
    }
}
