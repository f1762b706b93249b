/// A proposed data operation, to be checked against a policy's rules.
public struct Operation: Sendable, Hashable {
    /// A name for reports; need not be unique.
    public var id: String?
    /// One act (`email`, `share`, …): the act and its plain kinds (`disclose` may be a
    /// sharing), never an act permitted only by name: `share` is sharing, and a sale says
    /// `sell` (`permitted_by_name` in the taxonomy).
    public var action: String
    /// One or more data categories (or defined terms of the policy).
    public var data: [String]
    /// Who receives the data. Omitted: `first_party` (it stays with the company).
    public var recipient: String?
    /// Why. Omitted: any purpose (fail closed — every purpose must be allowed).
    public var purpose: String?
    /// Omitted: `identified`.
    public var identifiability: String?
    /// The context facts that hold (`consent`, `subpoena`, …).
    public var context: [String]
    /// For `retain`: how long. Omitted: indefinitely.
    public var retention: ISODuration?
    /// Where the operation was read from, for reports.
    public var location: SourceLocation?

    public init(
        id: String? = nil, action: String, data: [String], recipient: String? = nil,
        purpose: String? = nil, identifiability: String? = nil, context: [String] = [],
        retention: ISODuration? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.action = action
        self.data = data
        self.recipient = recipient
        self.purpose = purpose
        self.identifiability = identifiability
        self.context = context
        self.retention = retention
        self.location = location
    }

    /// The recipient of an operation that names none: the company itself.
    public static let defaultRecipient = "first_party"
    /// The identifiability of an operation that names none (fail closed).
    public static let defaultIdentifiability = "identified"
}
