/// A policy compiled for evaluation. Build it once; call ``evaluate(_:)`` (or, allocation
/// free, ``outcome(of:)``) before any data use. Immutable and safe to share between threads.
///
/// Taxonomy nodes are integer ids; each dimension is cut into the classes that every rule
/// treats alike; rules are bit rows per class, so a decision is a handful of word
/// operations per class combination the operation touches (DESIGN.md, decision semantics).
public struct Engine: Sendable {
    public let document: PolicyDocument
    public let taxonomy: Taxonomy
    /// The trees in ``Dimension/scoped`` order, then context.
    let trees: [TaxonomyTree]
    let partitions: [DimensionPartition]
    let index: ChoiceIndex
    let rules: any CompiledRules
    let stamp = CompilationStamp()

    /// Compiles a policy. Throws ``PledgeError/invalid(_:)`` listing every key that
    /// resolves nowhere.
    public init(document: PolicyDocument, taxonomy: Taxonomy = .standard) throws {
        self.document = document
        self.taxonomy = taxonomy
        let resolved = try ResolvedRule.resolve(document, taxonomy: taxonomy)
        trees = (Dimension.scoped + [.context]).map { taxonomy[$0] }
        partitions = Dimension.scoped.indices.map { d in
            var cuts: [Set<Int>] = []
            for rule in resolved {
                cuts.append(contentsOf: ([rule.scope, rule.breaking].compactMap { $0 } + rule.unless.map(\.scope)).compactMap { $0.covered[d] })
            }
            // Retention bounds apply to `retain` only, so it must be a class of its own.
            if d == 0 { cuts.append(Set(taxonomy[.action].subtreeIndices(of: "retain"))) }
            return DimensionPartition(tree: taxonomy[Dimension.scoped[d]], cuts: cuts)
        }
        let dataTree = taxonomy[.data]
        let terms = document.terms.compactMapValues { keys -> [Int]? in
            let nodes = keys.map { dataTree.index(of: $0) }
            return nodes.contains(nil) ? nil : nodes.compactMap { $0 }
        }
        index = ChoiceIndex(partitions: partitions, terms: terms)
        guard let rules = compileRules(resolved, partitions: partitions, taxonomy: taxonomy) else {
            let file = document.policy.source ?? document.policy.id
            throw PledgeError.invalid([Diagnostic(
                "a policy may hold at most \(compiledRulesCapacity) rules, exceptions and distinct `when` facts",
                at: SourceLocation(file: file))])
        }
        self.rules = rules
    }

    /// Decides one operation and explains why. Never throws: an invalid operation (an
    /// unknown key, no data) decides deny, with the errors.
    public func evaluate(_ operation: Operation) -> Decision {
        switch withSpace(of: operation, rules.decision) {
        case .success(let decision): return decision
        case .failure(let error): return Decision(outcome: .deny, errors: error.diagnostics)
        }
    }

    /// The outcome alone, without explanation: allocates nothing when the operation names
    /// one data key. An invalid operation is denied.
    public func outcome(of operation: Operation) -> Outcome {
        (try? withSpace(of: operation, rules.outcome).get()) ?? .deny
    }

    /// Resolves an operation once, for evaluating it many times at the lowest cost.
    /// Throws ``PledgeError/invalid(_:)`` naming every unknown key.
    public func compile(_ operation: Operation) throws -> CompiledOperation {
        try withSpace(of: operation) { space in
            let parts = [space.action, space.data, space.purpose, space.recipient, space.identifiability]
            var choices: [ClassChoice] = []
            var ranges: [Range<Int>] = []
            for part in parts {
                ranges.append(choices.count..<choices.count + part.count)
                choices.append(contentsOf: part)
            }
            return CompiledOperation(operation: operation, choices: choices, ranges: ranges, context: Array(space.context), stamp: stamp)
        }.get()
    }

    /// Decides a compiled operation and explains why.
    public func evaluate(_ operation: CompiledOperation) -> Decision {
        guard operation.stamp === stamp else { return Decision(outcome: .deny, errors: [foreign(operation)]) }
        return operation.withSpace(rules.decision)
    }

    /// The outcome of a compiled operation: no hashing, no allocation.
    public func outcome(of operation: CompiledOperation) -> Outcome {
        guard operation.stamp === stamp else { return .deny }
        return operation.withSpace(rules.outcome)
    }

    /// Decides one atom exactly, without expanding any node to its descendants: the
    /// linter and the diff probe the operation space one region at a time with it.
    /// A context fact holds for the facts it names and their ancestors.
    package func evaluate(atom: Atom, context: [String], retention: ISODuration?) -> Decision {
        let keys = [atom.action, atom.data, atom.purpose, atom.recipient, atom.identifiability]
        var choices: [ClassChoice] = []
        var errors: [Diagnostic] = []
        for (d, key) in keys.enumerated() {
            if let node = trees[d].index(of: key) {
                choices.append(ClassChoice(classID: partitions[d].classOfNode[node], node: Int32(node)))
            } else {
                errors.append(Diagnostic("unknown \(Dimension.scoped[d].rawValue) '\(key)'", at: SourceLocation(file: "atom")))
            }
        }
        var facts: [Int32] = []
        for key in context {
            if let node = trees[5].index(of: key) { facts.append(Int32(node)) }
            else { errors.append(Diagnostic("unknown context fact '\(key)'", at: SourceLocation(file: "atom"))) }
        }
        if !errors.isEmpty { return Decision(outcome: .deny, errors: errors) }
        let operation = Operation(action: atom.action, data: [atom.data], retention: retention)
        return CompiledOperation(operation: operation, choices: choices, ranges: (0..<5).map { $0..<$0 + 1 },
                                 context: facts, stamp: stamp).withSpace(rules.decision)
    }

    private func foreign(_ operation: CompiledOperation) -> Diagnostic {
        Diagnostic("the operation was compiled by another engine", at: operation.operation.location ?? SourceLocation(file: operation.operation.id ?? "operation"))
    }
}
