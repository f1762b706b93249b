/// One axis of the operation space. Every rule scope and every operation speaks of
/// these, each with its own vocabulary tree in the ``Taxonomy``.
public enum Dimension: String, Sendable, CaseIterable, Codable, Comparable {
    case action
    case data
    case purpose
    case recipient
    case identifiability
    /// Facts about the situation (consent given, subpoena received, account cancelled).
    /// They are not part of a scope: rules require them in `when`.
    case context

    /// The dimensions that make up a rule's scope (everything but ``context``).
    public static let scoped: [Dimension] = [.action, .data, .purpose, .recipient, .identifiability]

    public static func < (lhs: Dimension, rhs: Dimension) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
