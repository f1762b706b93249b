/// The set of operations a rule (or one of its exceptions) speaks about: one list of
/// taxonomy keys per dimension, each covering its subtree. A nil list means "any".
public struct Scope: Sendable, Hashable {
    /// Processing verbs (`share`, `retain`, …).
    public var action: [String]?
    /// Data categories, or terms defined in the policy's `terms:`.
    public var data: [String]?
    /// Why the data is processed (`marketing`, `essential.service`, …).
    public var purpose: [String]?
    /// Who receives the data (`third_party`, `advertiser`, …).
    public var recipient: [String]?
    /// How identifiable the data is (`identified`, `aggregated`, …).
    public var identifiability: [String]?
    /// For `retain`: how long the data is kept.
    public var retention: RetentionLimit?

    public init(
        action: [String]? = nil, data: [String]? = nil, purpose: [String]? = nil,
        recipient: [String]? = nil, identifiability: [String]? = nil, retention: RetentionLimit? = nil
    ) {
        self.action = action
        self.data = data
        self.purpose = purpose
        self.recipient = recipient
        self.identifiability = identifiability
        self.retention = retention
    }

    /// The keys listed for a scoped dimension; nil means any.
    public subscript(dimension: Dimension) -> [String]? {
        get {
            switch dimension {
            case .action: return action
            case .data: return data
            case .purpose: return purpose
            case .recipient: return recipient
            case .identifiability: return identifiability
            case .context: return nil
            }
        }
        set {
            switch dimension {
            case .action: action = newValue
            case .data: data = newValue
            case .purpose: purpose = newValue
            case .recipient: recipient = newValue
            case .identifiability: identifiability = newValue
            case .context: break
            }
        }
    }
}
