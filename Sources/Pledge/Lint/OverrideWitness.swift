/// Confirms overrides' witnesses with the engine, computing each step once however many
/// pairs share it: many pairs share regions, and evaluating a broad witness is the dearest
/// step of `lint`.
struct OverrideWitness {
    let policy: ResolvedPolicy
    let engine: Engine
    /// Which rules each witness meets.
    private let reach: RuleReach
    /// Per region: its witness and how the whole policy decides it.
    private var decided: [Int: (Operation, Decision)] = [:]
    /// Per region: whether its witness is allowed once the rules that deny it are taken away.
    private var allowedWithout: [Int: Bool] = [:]
    /// Engines for the rules (by index) a witness meets less those that deny it, built
    /// once each. Compiling only the rules the witness meets keeps each engine small:
    /// compiling the whole policy less a few rules, once per set of denying rules, made
    /// linting grow with the square of the rule count.
    private var engines: [[Int]: Engine] = [:]

    init(policy: ResolvedPolicy, engine: Engine) {
        self.policy = policy
        self.engine = engine
        reach = RuleReach(policy)
    }

    /// The first candidate region's witness that the engine confirms: denied by the
    /// deciding rule as a whole operation, and allowed once the rules that deny it are taken away.
    mutating func witness(for o: Override) -> Operation? {
        for (i, region) in o.candidates {
            if decided[i] == nil {
                let op = region.witness(in: policy.taxonomy)
                decided[i] = (op, engine.evaluate(op))
            }
            guard let (op, decision) = decided[i],
                  decision.outcome == .deny, decision.deciding.contains(where: { $0.ruleID == o.deciding.ruleID }) else { continue }
            if allowedWithout[i] == nil {
                allowedWithout[i] = allowed(op, in: region, without: Set(decision.deciding.map(\.ruleID)))
            }
            if allowedWithout[i] == true { return op }
        }
        return nil
    }

    /// Whether the policy less the rules named `denying` allows `op`, the witness of `region`.
    private mutating func allowed(_ op: Operation, in region: Region, without denying: Set<String>) -> Bool {
        let anyPurpose = region.anyPurpose(in: policy.taxonomy)
        let named = region.classes.enumerated().map { d, nodeClass in d == 2 && anyPurpose ? nil : nodeClass.witness }
        let kept = reach.rules(metBy: named).filter { !denying.contains(policy.rules[$0].rule.id) }
        if engines[kept] == nil { engines[kept] = try? Engine(policy.keeping(kept)) }
        return engines[kept]?.evaluate(op).outcome == .allow
    }
}
