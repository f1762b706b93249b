/// A policy compiled for evaluation. Build it once; call ``evaluate(_:)`` before any data use.
public struct Engine: Sendable {
    public let document: PolicyDocument
    public let taxonomy: Taxonomy
    let rules: [CompiledRule]
    let terms: [String: [String]]

    /// Compiles a policy. Throws ``PledgeError/invalid(_:)`` listing every term that
    /// resolves nowhere.
    public init(document: PolicyDocument, taxonomy: Taxonomy = .standard) throws {
        self.document = document
        self.taxonomy = taxonomy
        self.terms = document.terms
        var diagnostics: [Diagnostic] = []
        let file = document.policy.source ?? document.policy.id
        var compiled: [CompiledRule] = []
        func resolve(_ scope: Scope, rule: Rule) -> CompiledScope {
            var covered: [Set<Int>?] = []
            for dimension in Dimension.scoped {
                guard let keys = scope[dimension] else { covered.append(nil); continue }
                var set = Set<Int>()
                for key in keys {
                    let expanded = dimension == .data ? (document.terms[key] ?? [key]) : [key]
                    for k in expanded {
                        let indices = taxonomy[dimension].subtreeIndices(of: k)
                        if indices.isEmpty {
                            diagnostics.append(Diagnostic("rule '\(rule.id)': unknown \(dimension.rawValue) '\(k)'", at: SourceLocation(file: file, line: rule.source.line)))
                        }
                        set.formUnion(indices)
                    }
                }
                covered.append(set)
            }
            return CompiledScope(covered: covered, retention: scope.retention)
        }
        func facts(_ keys: [String], rule: Rule) -> [Set<Int>] {
            keys.map { key in
                let indices = taxonomy[.context].subtreeIndices(of: key)
                if indices.isEmpty {
                    diagnostics.append(Diagnostic("rule '\(rule.id)': unknown context fact '\(key)'", at: SourceLocation(file: file, line: rule.source.line)))
                }
                return Set(indices)
            }
        }
        for (i, rule) in document.rules.enumerated() {
            let scope = resolve(rule.scope, rule: rule)
            var breaking: CompiledScope? = nil
            if rule.effect == .require {
                let actionTree = taxonomy[.action]
                var broken = Set<Int>()
                for key in rule.scope.action ?? actionTree.roots {
                    for k in actionTree.subtree(of: key) {
                        for b in actionTree.node(k)?.brokenBy ?? [] { broken.formUnion(actionTree.subtreeIndices(of: b)) }
                    }
                }
                var covered = scope.covered
                covered[0] = broken
                breaking = CompiledScope(covered: covered, retention: scope.retention)
            }
            let unless = rule.unless.map { e in
                CompiledException(scope: resolve(e.scope, rule: rule), when: facts(e.when, rule: rule), source: e.source)
            }
            compiled.append(CompiledRule(
                index: i, effect: rule.effect,
                scope: rule.effect == .require ? CompiledScope(covered: scope.covered, retention: nil) : scope,
                breaking: breaking, when: facts(rule.when, rule: rule), unless: unless,
                reference: RuleReference(ruleID: rule.id, effect: rule.effect, source: rule.source),
                obligations: rule.obligations))
        }
        if !diagnostics.isEmpty { throw PledgeError.invalid(diagnostics) }
        self.rules = compiled
    }

    /// Decides one operation. Never throws: an invalid operation decides deny, with the errors.
    public func evaluate(_ operation: Operation) -> Decision {
        let location = operation.location ?? SourceLocation(file: operation.id ?? "operation")
        var errors: [Diagnostic] = []
        func atoms(_ dimension: Dimension, _ keys: [String]) -> [Int] {
            var result = Set<Int>()
            for key in keys {
                let expanded = dimension == .data ? (terms[key] ?? [key]) : [key]
                for k in expanded {
                    let indices = taxonomy[dimension].subtreeIndices(of: k)
                    if indices.isEmpty { errors.append(Diagnostic("unknown \(dimension.rawValue) '\(k)'", at: location)) }
                    result.formUnion(indices)
                }
            }
            return result.sorted()
        }
        if operation.data.isEmpty { errors.append(Diagnostic("an operation names at least one data category", at: location)) }
        let perDimension: [[Int]] = [
            atoms(.action, [operation.action]),
            atoms(.data, operation.data),
            atoms(.purpose, operation.purpose.map { [$0] } ?? taxonomy[.purpose].roots),
            atoms(.recipient, [operation.recipient ?? Operation.defaultRecipient]),
            atoms(.identifiability, [operation.identifiability ?? Operation.defaultIdentifiability]),
        ]
        let context = Set(atoms(.context, operation.context))
        if !errors.isEmpty { return Decision(outcome: .deny, errors: errors) }
        return decide(representativeAtoms(perDimension), context: context, retention: operation.retention)
    }

    /// Decides one atom exactly, without expanding any node to its descendants: the
    /// linter and the diff probe the operation space one region at a time with it.
    package func evaluate(atom: Atom, context: [String], retention: ISODuration?) -> Decision {
        let keys = [atom.action, atom.data, atom.purpose, atom.recipient, atom.identifiability]
        var indices: [Int] = []
        var errors: [Diagnostic] = []
        for (dimension, key) in zip(Dimension.scoped, keys) {
            if let index = taxonomy[dimension].index(of: key) { indices.append(index) }
            else { errors.append(Diagnostic("unknown \(dimension.rawValue) '\(key)'", at: SourceLocation(file: "atom"))) }
        }
        var facts = Set<Int>()
        for key in context {
            if let index = taxonomy[.context].index(of: key) { facts.insert(index) }
            else { errors.append(Diagnostic("unknown context fact '\(key)'", at: SourceLocation(file: "atom"))) }
        }
        if !errors.isEmpty { return Decision(outcome: .deny, errors: errors) }
        return decide([indices], context: facts, retention: retention)
    }

    private func decide(_ atoms: [[Int]], context: Set<Int>, retention: ISODuration?) -> Decision {
        let retainIndices = Set(taxonomy[.action].subtreeIndices(of: "retain"))

        func holds(_ when: [Set<Int>]) -> Bool { when.allSatisfy { !$0.isDisjoint(with: context) } }

        var denied: [RuleReference] = [], allowed: [RuleReference] = [], overridden: [RuleReference] = []
        var obligations: [String] = []
        var deniedWitness: Atom? = nil, uncoveredWitness: Atom? = nil
        var anyDenied = false, anyUncovered = false
        for atom in atoms {
            let isRetain = retainIndices.contains(atom[0])
            var atomDenies: [RuleReference] = [], atomAllows: [RuleReference] = [], atomObligations: [String] = []
            for rule in rules where holds(rule.when) {
                let excepted = rule.unless.first { holds($0.when) && $0.scope.contains(atom, retention: retention, isRetain: isRetain) }
                switch rule.effect {
                case .allow:
                    if excepted == nil, rule.scope.contains(atom, retention: retention, isRetain: isRetain) {
                        atomAllows.append(rule.reference)
                        atomObligations.append(contentsOf: rule.obligations)
                    }
                case .deny:
                    guard rule.scope.contains(atom, retention: retention, isRetain: isRetain) else { continue }
                    if let e = excepted {
                        var lifted = rule.reference
                        lifted.exception = e.source ?? rule.reference.source
                        atomAllows.append(lifted)
                    } else {
                        atomDenies.append(rule.reference)
                    }
                case .require:
                    guard excepted == nil else { continue }
                    if let breaking = rule.breaking, breaking.contains(atom, retention: retention, isRetain: isRetain) {
                        atomDenies.append(rule.reference)
                    } else if rule.scope.contains(atom, retention: retention, isRetain: isRetain) {
                        atomAllows.append(rule.reference)
                        atomObligations.append(contentsOf: rule.obligations)
                    }
                }
            }
            if !atomDenies.isEmpty {
                anyDenied = true
                if deniedWitness == nil { deniedWitness = describe(atom) }
                append(atomDenies, to: &denied)
                append(atomAllows, to: &overridden)
            } else if !atomAllows.isEmpty {
                append(atomAllows, to: &allowed)
                for o in atomObligations where !obligations.contains(o) { obligations.append(o) }
            } else {
                anyUncovered = true
                if uncoveredWitness == nil { uncoveredWitness = describe(atom) }
            }
        }
        if anyDenied {
            return Decision(outcome: .deny, deciding: denied, overridden: overridden, witness: deniedWitness)
        }
        if anyUncovered {
            return Decision(outcome: .notCovered, witness: uncoveredWitness)
        }
        return Decision(outcome: .allow, deciding: allowed, obligations: obligations)
    }

    private func append(_ references: [RuleReference], to list: inout [RuleReference]) {
        for r in references where !list.contains(where: { $0.ruleID == r.ruleID }) { list.append(r) }
    }

    private func describe(_ atom: [Int]) -> Atom {
        let keys = zip(Dimension.scoped, atom).map { taxonomy[$0].nodes[$1].key }
        return Atom(action: keys[0], data: keys[1], purpose: keys[2], recipient: keys[3], identifiability: keys[4])
    }

    /// The operation's atoms, one per class of atoms that every scope treats alike.
    private func representativeAtoms(_ perDimension: [[Int]]) -> [[Int]] {
        var classes: [[Int]] = []
        for (d, indices) in perDimension.enumerated() {
            var seen = Set<[Bool]>()
            var representatives: [Int] = []
            for index in indices {
                var signature: [Bool] = []
                for rule in rules {
                    signature.append(rule.scope.covered[d]?.contains(index) ?? true)
                    if let breaking = rule.breaking { signature.append(breaking.covered[d]?.contains(index) ?? true) }
                    for e in rule.unless { signature.append(e.scope.covered[d]?.contains(index) ?? true) }
                }
                if seen.insert(signature).inserted { representatives.append(index) }
            }
            classes.append(representatives)
        }
        var result: [[Int]] = [[]]
        for representatives in classes {
            result = result.flatMap { prefix in representatives.map { prefix + [$0] } }
        }
        return result
    }
}
