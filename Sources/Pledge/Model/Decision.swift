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
        var text = ""
        explain { text += $0 }
        return text
    }

    /// ``explanation`` in parts, in order, for a writer that escapes them as they come
    /// (a report writes it without building the string).
    package func explain(_ part: (String) -> Void) {
        func list(_ items: [String], _ separator: String) {
            for (i, item) in items.enumerated() {
                if i > 0 { part(separator) }
                part(item)
            }
        }
        func ids(_ references: [RuleReference]) {
            for (i, reference) in references.enumerated() {
                if i > 0 { part(", ") }
                part(reference.ruleID)
            }
        }
        if !errors.isEmpty {
            part("denied: the operation is invalid (")
            list(errors.map(\.message), "; ")
            part(")")
            return
        }
        switch outcome {
        case .allow:
            part("allowed by ")
            ids(deciding)
            if !obligations.isEmpty {
                part("; obligations: ")
                list(obligations, "; ")
            }
        case .deny:
            part("denied by ")
            ids(deciding)
            if let witness {
                part(": ")
                witness.describe(part)
            }
            if !overridden.isEmpty {
                part("; overrides ")
                ids(overridden)
            }
        case .notCovered:
            part("not covered: no rule speaks to ")
            if let witness { witness.describe(part) } else { part("this operation") }
        }
    }
}
