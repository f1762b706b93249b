/// One expected decision, as a careful reader of the policy text expects it: an operation,
/// the outcome, and optionally the rules that should decide it. `pledge test` runs them.
public struct Expectation: Sendable, Hashable {
    /// What the test checks, in words.
    public var name: String
    /// The sentence of the policy the expectation rests on, when one does.
    public var text: String?
    public var operation: Operation
    public var outcome: Outcome
    /// Rule ids that must be among the deciding rules; empty: any.
    public var deciding: [String]
    /// Set when the engine is known to decide otherwise, with why: a failure is then
    /// reported as a known difference, and a pass as a marker to remove.
    public var knownDifference: String?
    /// Where the test stands in its file.
    public var location: SourceLocation

    public init(name: String, text: String? = nil, operation: Operation, outcome: Outcome, deciding: [String] = [],
                knownDifference: String? = nil, location: SourceLocation) {
        self.name = name
        self.text = text
        self.operation = operation
        self.outcome = outcome
        self.deciding = deciding
        self.knownDifference = knownDifference
        self.location = location
    }
}
