/// The outcome of evaluating one operation, with everything needed to explain it.
public struct Decision: Sendable, Hashable {
    /// allow, deny or not_covered; not_covered is never an allow.
    public var outcome: Outcome
    /// The rules that decided the outcome: for a deny, the denies and the allows whose
    /// exception holds (a promise, such as an opt-out, quoted in ``RuleReference/exception``);
    /// for an allow, the allows (and lifted denies); empty for not_covered.
    public var deciding: [RuleReference]
    /// Allows that a deny overrode: a conflict, shown, never hidden.
    public var overridden: [RuleReference]
    /// Duties that travel with an allow.
    public var obligations: [String]
    /// For deny and not_covered: a part of the operation that was denied or not covered.
    public var witness: Atom?
    /// Errors met (unknown terms, malformed operation). Any error decides deny.
    public var errors: [Diagnostic]

    public init(
        outcome: Outcome, deciding: [RuleReference] = [], overridden: [RuleReference] = [],
        obligations: [String] = [], witness: Atom? = nil, errors: [Diagnostic] = []
    ) {
        self.outcome = outcome
        self.deciding = deciding
        self.overridden = overridden
        self.obligations = obligations
        self.witness = witness
        self.errors = errors
    }

    /// A short human explanation.
    public var explanation: String {
        if !errors.isEmpty {
            return "denied: the operation is invalid (" + errors.map(\.message).joined(separator: "; ") + ")"
        }
        let ids = deciding.map(\.ruleID).joined(separator: ", ")
        switch outcome {
        case .allow:
            return "allowed by \(ids)" + (obligations.isEmpty ? "" : "; obligations: " + obligations.joined(separator: "; "))
        case .deny:
            let part = witness.map { ": \($0)" } ?? ""
            let over = overridden.isEmpty ? "" : "; overrides \(overridden.map(\.ruleID).joined(separator: ", "))"
            return "denied by \(ids)\(part)\(over)"
        case .notCovered:
            return "not covered: no rule speaks to " + (witness.map(\.description) ?? "this operation")
        }
    }
}
