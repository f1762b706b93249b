/// A policy compiled for evaluation. Build it once; call ``evaluate(_:)`` (or, allocation
/// free, ``outcome(of:)``) before any data use. Immutable and safe to share between threads.
///
/// Taxonomy nodes are integer ids; each dimension is cut into the classes that every rule
/// treats alike; rules are bit rows per class, so a decision is a handful of word
/// operations per class combination the operation touches (DESIGN.md, decision semantics).
public struct Engine: Sendable {
    /// The policy compiled.
    public let document: PolicyDocument
    /// The vocabulary its rules and the operations speak.
    public let taxonomy: Taxonomy
    let policy: CompiledPolicy

    /// Compiles a policy. Throws ``PledgeError/invalid(_:)`` listing every key that
    /// resolves nowhere, or for a policy over ``PolicyLimits``.
    public init(document: PolicyDocument, taxonomy: Taxonomy = .standard) throws {
        try self.init(ResolvedPolicy(document, taxonomy: taxonomy))
    }

    /// Compiles a policy already resolved (the linter and the diff resolve it once for
    /// their own analysis too).
    init(_ policy: ResolvedPolicy) throws {
        if let problem = PolicyLimits.problem(in: policy.document) { throw PledgeError.invalid([problem]) }
        self.document = policy.document
        self.taxonomy = policy.taxonomy
        self.policy = CompiledPolicy(policy)
    }

    /// Decides one operation and explains why. Never throws: an invalid operation (an
    /// unknown key, no data) decides deny, with the errors.
    public func evaluate(_ operation: Operation) -> Decision {
        let policy = self.policy
        switch policy.withSpace(of: operation, { policy.rules.decision($0) }) {
        case .success(let decision): return Self.worded(decision, for: operation)
        case .failure(let error): return Decision(outcome: .deny, errors: error.diagnostics)
        }
    }

    /// ``evaluate(_:)`` lent to `body` as numbers (``NumberedDecision``), for a writer that
    /// wrote each rule's bytes once per run (`pledge check`): no part of the explanation is
    /// built. Its witness is worded as ``evaluate(_:)`` words it only in that an operation
    /// naming no purpose is for any purpose: the writer reads that from the operation. nil,
    /// without calling `body`, for an invalid operation (``evaluate(_:)`` words its errors)
    /// and for a policy too large for one-word rows.
    func explain<R>(_ operation: Operation, _ body: (NumberedDecision<Bitset64>) -> R) -> R? {
        guard case .oneWord(let table) = policy.rules else { return nil }
        return try? policy.withSpace(of: operation) { body(table.numbered(table.verdict($0, exhaustive: true))) }.get()
    }

    /// ``explain(_:_:)`` for an operation also read as `numbers` of the table `classes` was
    /// built for (``termClasses(_:)``): its terms found by indexing, not hashed again.
    func explain<R>(_ operation: Operation, _ numbers: TermNumbers, _ classes: TermClasses,
                    _ body: (NumberedDecision<Bitset64>) -> R) -> R? {
        if operation.retention == nil, let result = explain(numbers, classes, body) { return result }
        return explain(operation, body)
    }

    /// ``explain(_:_:)`` for an operation read as `numbers` only (no retention): nil, without
    /// calling `body`, also when some term has no classes here or the numbers do not hold
    /// every term — an ``Operation`` of the terms words those.
    func explain<R>(_ numbers: TermNumbers, _ classes: TermClasses, _ body: (NumberedDecision<Bitset64>) -> R) -> R? {
        guard case .oneWord(let table) = policy.rules else { return nil }
        return policy.withSpace(of: numbers, classes, retention: nil) { body(table.numbered(table.verdict($0, exhaustive: true))) }
    }

    /// What each term of `table` stands for here, for ``explain(_:_:_:_:)``.
    func termClasses(_ table: TermTable) -> TermClasses { TermClasses(policy, table) }

    /// What ``explain(_:_:)``'s numbers refer to: nil for a policy too large for one-word rows.
    var numberedCatalog: RuleCatalog? {
        guard case .oneWord(let table) = policy.rules else { return nil }
        return table.catalog
    }

    /// The outcome alone, without explanation: allocates nothing when the operation names
    /// one data key. An invalid operation is denied.
    public func outcome(of operation: Operation) -> Outcome {
        let policy = self.policy
        return (try? policy.withSpace(of: operation) { policy.rules.outcome($0) }.get()) ?? .deny
    }

    /// Resolves an operation once, for evaluating it many times at the lowest cost: its
    /// keys to classes and, for a policy too large for one-word rows, which rows stand for
    /// its classes and where its candidates start (``CandidatePlan``). Throws ``PledgeError/invalid(_:)`` naming every unknown key.
    public func compile(_ operation: Operation) throws -> CompiledOperation {
        let stamp = policy.stamp
        return try policy.withSpace(of: operation) { space in
            let parts = [space.action, space.data, space.purpose, space.recipient, space.identifiability]
            var choices: [ClassChoice] = []
            var ranges: [Range<Int>] = []
            for part in parts {
                ranges.append(choices.count..<choices.count + part.count)
                choices.append(contentsOf: part)
            }
            let plan = policy.rules.plan(space)
            return CompiledOperation(operation: operation, choices: choices, ranges: ranges, context: Array(space.context), stamp: stamp,
                                     plan: plan, seed: policy.rules.pairSeed(space, plan))
        }.get()
    }

    /// Decides a compiled operation and explains why.
    public func evaluate(_ operation: CompiledOperation) -> Decision {
        let policy = self.policy
        guard operation.isCompiled(by: policy.stamp) else {
            let op = operation.operation
            return Decision(outcome: .deny, errors: [Diagnostic(
                "the operation was compiled by another engine", at: op.location ?? SourceLocation(file: op.id ?? "operation"))])
        }
        return Self.worded(operation.withSpace { policy.rules.decision($0, plan: $1, seed: $2) }, for: operation.operation)
    }

    /// The decision in the operation's own terms: when it named no purpose, its witness
    /// is for any purpose, not for the purpose the evaluation happened to meet first.
    private static func worded(_ decision: Decision, for operation: Operation) -> Decision {
        guard operation.purpose == nil, decision.witness != nil else { return decision }
        var decision = decision
        decision.witness?.purpose = nil
        return decision
    }

    /// The outcome of a compiled operation: no hashing, no allocation.
    public func outcome(of operation: CompiledOperation) -> Outcome {
        let policy = self.policy
        guard operation.isCompiled(by: policy.stamp) else { return .deny }
        return operation.withSpace { policy.rules.outcome($0, plan: $1, seed: $2) }
    }

    /// Decides one atom exactly, without expanding any node to its descendants: the
    /// linter and the diff probe the operation space one region at a time with it.
    /// A context fact holds for the facts it names and their ancestors.
    package func evaluate(atom: Atom, context: [String], retention: ISODuration?) -> Decision {
        let policy = self.policy
        let keys = atom.scopedKeys
        var choices: [ClassChoice] = []
        var errors: [Diagnostic] = []
        for (d, key) in keys.enumerated() {
            if let key, let node = policy.trees[d].index(of: key) {
                choices.append(ClassChoice(classID: policy.partitions[d].classOfNode[node], node: Int32(node)))
            } else {
                errors.append(Diagnostic("unknown \(Dimension.scoped[d].rawValue) '\(key ?? "")'", at: SourceLocation(file: "atom")))
            }
        }
        var facts: [Int32] = []
        for key in context {
            if let node = policy.trees[5].index(of: key) { facts.append(Int32(node)) }
            else { errors.append(Diagnostic("unknown context fact '\(key)'", at: SourceLocation(file: "atom"))) }
        }
        if !errors.isEmpty { return Decision(outcome: .deny, errors: errors) }
        let operation = Operation(action: atom.action, data: [atom.data], retention: retention)
        return CompiledOperation(operation: operation, choices: choices, ranges: (0..<5).map { $0..<$0 + 1 },
                                 context: facts, stamp: policy.stamp).withSpace { space, _, _ in policy.rules.decision(space) }
    }
}
