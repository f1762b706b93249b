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

    /// An atom from one key per dimension, in ``Dimension/scoped`` order.
    package init(scopedKeys keys: [String]) {
        self.init(action: keys[0], data: keys[1], purpose: keys[2], recipient: keys[3], identifiability: keys[4])
    }

    /// The keys in ``Dimension/scoped`` order.
    package var scopedKeys: [String] { [action, data, purpose, recipient, identifiability] }

    public var description: String {
        "\(action) \(data) to \(recipient) for \(purpose) (\(identifiability))"
    }
}
