/// The answer to "may we do this?".
public enum Outcome: String, Sendable, Codable, CaseIterable {
    case allow
    case deny
    /// The policy says nothing about (part of) the operation.
    case notCovered = "not_covered"
}
