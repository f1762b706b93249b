@testable import Pledge

/// The skeleton's unoptimised engine, kept as a test oracle for the compiled ``Engine``:
/// sets of node indices, every rule checked against one representative atom per class.
/// Conventions aligned with the compiled engine: lists in rule order, a lifted deny quotes
/// its lowest-numbered exception that lifted it, a fact holds when the operation names it
/// or a descendant, `retain` forms a class of its own, and an empty dimension is silent.
/// Semantics restated here on their own: a prohibition's action covers every act under
/// it, a permission's (and an operation's) stops at acts permitted only by name; an
/// allow whose exception holds denies (a promise), quoting that exception.
struct ReferenceEvaluator {
    struct Scope {
        var covered: [Set<Int>?]
        var retention: RetentionLimit?

        func contains(_ atom: [Int], retention duration: ISODuration?, isRetain: Bool) -> Bool {
            for (d, index) in atom.enumerated() {
                if let set = covered[d], !set.contains(index) { return false }
            }
            if let limit = retention, isRetain, !limit.contains(duration) { return false }
            return true
        }
    }

    struct Exception { var scope: Scope; var when: [Set<Int>]; var source: Provenance? }

    struct CompiledRule {
        var effect: Effect
        var scope: Scope
        var breaking: Scope?
        var when: [Set<Int>]
        var unless: [Exception]
        var reference: RuleReference
        var obligations: [String]
    }

    let taxonomy: Taxonomy
    let terms: [String: [String]]
    let rules: [CompiledRule]

    /// Assumes every key resolves (the compiled engine's init checks that).
    init(document: PolicyDocument, taxonomy: Taxonomy = .standard) {
        let taxonomy = document.taxonomy(extending: taxonomy)
        self.taxonomy = taxonomy
        self.terms = document.terms
        func resolve(_ scope: Pledge.Scope, permits: Bool) -> Scope {
            Scope(covered: Dimension.scoped.map { dimension in
                scope[dimension].map { keys in
                    Set(keys.flatMap { key in
                        (dimension == .data ? (document.terms[key] ?? [key]) : [key]).flatMap {
                            dimension == .action && permits
                                ? Self.permitted(by: $0, in: taxonomy) : taxonomy[dimension].subtreeIndices(of: $0)
                        }
                    })
                }
            }, retention: scope.retention)
        }
        func facts(_ keys: [String]) -> [Set<Int>] { keys.map { Set(taxonomy[.context].subtreeIndices(of: $0)) } }
        rules = document.rules.map { rule in
            let scope = resolve(rule.scope, permits: rule.effect != .deny)
            var breaking: Scope? = nil
            if rule.effect == .require {
                let tree = taxonomy[.action]
                var broken = Set<Int>()
                for key in rule.scope.action ?? tree.roots {
                    for k in tree.subtree(of: key) {
                        for b in tree.node(k)?.brokenBy ?? [] { broken.formUnion(tree.subtreeIndices(of: b)) }
                    }
                }
                var covered = scope.covered
                covered[0] = broken
                breaking = Scope(covered: covered, retention: scope.retention)
            }
            return CompiledRule(
                effect: rule.effect,
                scope: rule.effect == .require ? Scope(covered: scope.covered, retention: nil) : scope,
                breaking: breaking, when: facts(rule.when),
                unless: rule.unless.map {
                    Exception(scope: resolve($0.scope, permits: rule.effect != .allow), when: facts($0.when), source: $0.source)
                },
                reference: RuleReference(ruleID: rule.id, effect: rule.effect, source: rule.source),
                obligations: rule.obligations)
        }
    }

    /// What a permission naming `key` covers: the acts under it, leaving out those
    /// permitted only by name unless `key` is one of them or under one.
    static func permitted(by key: String, in taxonomy: Taxonomy) -> [Int] {
        let tree = taxonomy[.action]
        return tree.subtree(of: key).filter { k in
            var current: String? = k
            while let c = current, c != key {
                if tree.node(c)?.permittedByName == true { return false }
                current = tree.node(c)?.parent
            }
            return true
        }.compactMap { tree.index(of: $0) }
    }

    func evaluate(_ operation: Operation) -> Decision {
        let location = operation.location ?? SourceLocation(file: operation.id ?? "operation")
        var errors: [Diagnostic] = []
        func atoms(_ dimension: Dimension, _ keys: [String], expand: Bool = true) -> [Int] {
            var result = Set<Int>()
            for key in keys {
                for k in dimension == .data ? (terms[key] ?? [key]) : [key] {
                    let indices = !expand ? taxonomy[dimension].index(of: k).map { [$0] } ?? []
                        : dimension == .action ? Self.permitted(by: k, in: taxonomy) : taxonomy[dimension].subtreeIndices(of: k)
                    if indices.isEmpty {
                        // Worded as operation files word it (the wording is shared, not restated).
                        let vocabulary = Vocabulary(taxonomy: taxonomy, terms: terms.keys)
                        errors.append(Diagnostic((vocabulary.problem(with: k, in: dimension) ?? .unknownTerm(dimension, k, suggestion: nil)).message, at: location))
                    }
                    result.formUnion(indices)
                }
            }
            return result.sorted()
        }
        var perDimension = [atoms(.action, [operation.action]), atoms(.data, operation.data)]
        if operation.data.isEmpty { errors.append(Diagnostic("an operation names at least one data category", at: location)) }
        perDimension += [
            atoms(.purpose, operation.purpose.map { [$0] } ?? taxonomy[.purpose].roots),
            atoms(.recipient, [operation.recipient ?? Operation.defaultRecipient]),
            atoms(.identifiability, [operation.identifiability ?? Operation.defaultIdentifiability]),
        ]
        let context = Set(atoms(.context, operation.context, expand: false))
        let actions = taxonomy[.action]
        if operation.retention != nil, actions.contains(operation.action), !actions.subtree(of: "retain").contains(operation.action) {
            errors.append(Diagnostic(CodecProblem.retentionWithoutRetain(action: operation.action).message, at: location))
        }
        if !errors.isEmpty { return Decision(outcome: .deny, errors: errors) }
        if perDimension.contains(where: \.isEmpty) { return Decision(outcome: .notCovered) }
        var decision = decide(representativeAtoms(perDimension), context: context, retention: operation.retention)
        if operation.purpose == nil { decision.witness?.purpose = nil }
        return decision
    }

    func evaluate(atom: Atom, context: [String], retention: ISODuration?) -> Decision {
        let indices = zip(Dimension.scoped, atom.scopedKeys).compactMap { d, key in key.flatMap { taxonomy[d].index(of: $0) } }
        let facts = Set(context.compactMap { taxonomy[.context].index(of: $0) })
        return decide([indices], context: facts, retention: retention)
    }

    private func decide(_ atoms: [[Int]], context: Set<Int>, retention: ISODuration?) -> Decision {
        let retainIndices = Set(taxonomy[.action].subtreeIndices(of: "retain"))
        func holds(_ when: [Set<Int>]) -> Bool { when.allSatisfy { !$0.isDisjoint(with: context) } }

        var denied = Set<Int>(), allowed = Set<Int>(), overridden = Set<Int>()
        var liftedAllowed: [Int: Int] = [:], liftedDenied: [Int: Int] = [:], promised: [Int: Int] = [:]  // rule → lowest exception
        var deniedWitness: [Int]? = nil, uncoveredWitness: [Int]? = nil
        for atom in atoms {
            let isRetain = retainIndices.contains(atom[0])
            var atomDenies = Set<Int>(), atomAllows = Set<Int>(), atomLifted: [Int: Int] = [:], atomPromised: [Int: Int] = [:]
            for (r, rule) in rules.enumerated() where holds(rule.when) {
                let excepted = rule.unless.firstIndex { holds($0.when) && $0.scope.contains(atom, retention: retention, isRetain: isRetain) }
                switch rule.effect {
                case .allow:
                    guard rule.scope.contains(atom, retention: retention, isRetain: isRetain) else { continue }
                    if let e = excepted { atomDenies.insert(r); atomPromised[r] = e } else { atomAllows.insert(r) }
                case .deny:
                    guard rule.scope.contains(atom, retention: retention, isRetain: isRetain) else { continue }
                    if let e = excepted { atomAllows.insert(r); atomLifted[r] = e } else { atomDenies.insert(r) }
                case .require:
                    guard excepted == nil else { continue }
                    if let breaking = rule.breaking, breaking.contains(atom, retention: retention, isRetain: isRetain) {
                        atomDenies.insert(r)
                    } else if rule.scope.contains(atom, retention: retention, isRetain: isRetain) {
                        atomAllows.insert(r)
                    }
                }
            }
            if !atomDenies.isEmpty {
                if deniedWitness == nil { deniedWitness = atom }
                denied.formUnion(atomDenies)
                overridden.formUnion(atomAllows)
                liftedDenied.merge(atomLifted, uniquingKeysWith: min)
                promised.merge(atomPromised, uniquingKeysWith: min)
            } else if !atomAllows.isEmpty {
                allowed.formUnion(atomAllows)
                liftedAllowed.merge(atomLifted, uniquingKeysWith: min)
            } else if uncoveredWitness == nil {
                uncoveredWitness = atom
            }
        }
        func references(_ set: Set<Int>, _ lifted: [Int: Int]) -> [RuleReference] {
            set.sorted().map { r in
                var reference = rules[r].reference
                if let e = lifted[r] { reference.exception = rules[r].unless[e].source ?? reference.source }
                return reference
            }
        }
        if let witness = deniedWitness {
            return Decision(outcome: .deny, deciding: references(denied, promised), overridden: references(overridden, liftedDenied), witness: describe(witness))
        }
        if let witness = uncoveredWitness {
            return Decision(outcome: .notCovered, witness: describe(witness))
        }
        var obligations: [String] = []
        for r in allowed.sorted() where rules[r].effect != .deny {
            for o in rules[r].obligations where !obligations.contains(o) { obligations.append(o) }
        }
        return Decision(outcome: .allow, deciding: references(allowed, liftedAllowed), obligations: obligations)
    }

    private func describe(_ atom: [Int]) -> Atom {
        Atom(scopedKeys: zip(Dimension.scoped, atom).map { taxonomy[$0].nodes[$1].key })
    }

    /// The operation's atoms, one per class of atoms that every scope treats alike.
    private func representativeAtoms(_ perDimension: [[Int]]) -> [[Int]] {
        let retainIndices = Set(taxonomy[.action].subtreeIndices(of: "retain"))
        var classes: [[Int]] = []
        for (d, indices) in perDimension.enumerated() {
            var seen = Set<[Bool]>()
            var representatives: [Int] = []
            for index in indices {
                var signature: [Bool] = [d == 0 && retainIndices.contains(index)]
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
