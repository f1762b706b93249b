/// One point of the operation space: a leaf of each dimension. Used to say which part
/// of an operation was denied or not covered.
public struct Atom: Sendable, Hashable, CustomStringConvertible {
    /// The action's key.
    public var action: String
    /// The data category's key.
    public var data: String
    /// The purpose's key; nil in a decision's witness when the operation named no purpose,
    /// so that the part is for any purpose (never one the operation did not name).
    public var purpose: String?
    /// The recipient's key.
    public var recipient: String
    /// The identifiability's key.
    public var identifiability: String

    /// The atom of these keys.
    public init(action: String, data: String, purpose: String?, recipient: String, identifiability: String) {
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
    package var scopedKeys: [String?] { [action, data, purpose, recipient, identifiability] }

    /// `action data to recipient for purpose (identifiability)`.
    public var description: String {
        var text = ""
        describe { text += $0 }
        return text
    }

    /// ``description`` in parts, in order, for a writer that escapes them as they come.
    package func describe(_ part: (String) -> Void) {
        part(action)
        part(" ")
        part(data)
        part(" to ")
        part(recipient)
        part(" for ")
        part(purpose ?? "any purpose")
        part(" (")
        part(identifiability)
        part(")")
    }
}
