/// One problem found in an input, with its place. Parsers collect all of them rather
/// than stopping at the first.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in one sentence without the place.
    public var message: String

    /// A problem `message` at `location`.
    public init(_ message: String, at location: SourceLocation) {
        self.location = location
        self.message = message
    }

    /// `file:line:column: error: message`, as compilers print it, on one line: control
    /// characters a hostile input put in the message (a key, a term) are shown escaped.
    public var description: String { "\(TextEscaping.terminalField(location.description)): error: \(TextEscaping.terminalField(message))" }

    /// By place, then message.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.message) < (b.location, b.message)
    }
}
