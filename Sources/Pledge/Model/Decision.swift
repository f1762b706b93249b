/// The answer to "may we do this?".
public enum Outcome: String, Sendable, Codable, CaseIterable {
    case allow
    case deny
    /// The policy says nothing about (part of) the operation.
    case notCovered = "not_covered"
}

/// A rule that took part in a decision, with the clause it quotes.
public struct RuleReference: Sendable, Hashable {
    /// The rule's id in the rule file.
    public var ruleID: String
    public var effect: Effect
    /// The clause the rule was read from: section, line and quoted text.
    public var source: Provenance
    /// Set when the rule is a deny that an exception lifted: the exception's clause.
    public var exception: Provenance?

    public init(ruleID: String, effect: Effect, source: Provenance, exception: Provenance? = nil) {
        self.ruleID = ruleID
        self.effect = effect
        self.source = source
        self.exception = exception
    }
}

/// One point of the operation space: a leaf of each dimension. Used to say which part
/// of an operation was denied or not covered.
public struct Atom: Sendable, Hashable, CustomStringConvertible {
    public var action: String
    public var data: String
    public var purpose: String
    public var recipient: String
    public var identifiability: String

    public init(action: String, data: String, purpose: String, recipient: String, identifiability: String) {
        self.action = action
        self.data = data
        self.purpose = purpose
        self.recipient = recipient
        self.identifiability = identifiability
    }

    public var description: String {
        "\(action) \(data) to \(recipient) for \(purpose) (\(identifiability))"
    }
}

/// The outcome of evaluating one operation, with everything needed to explain it.
public struct Decision: Sendable, Hashable {
    /// allow, deny or not_covered; not_covered is never an allow.
    public var outcome: Outcome
    /// The rules that decided the outcome: the denies for a deny, the allows (and lifted
    /// denies) for an allow; empty for not_covered.
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
