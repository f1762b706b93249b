/// Every error Pledge reports. The messages are written here and nowhere else.
public enum PledgeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An input failed to parse or validate; every problem found, in order.
    case invalid([Diagnostic])
    /// A file could not be read.
    case unreadable(file: String, reason: String)
    /// A file could not be written.
    case unwritable(file: String, reason: String)
    /// Pledge contradicted itself (a diff witness the engine does not confirm): a bug, reported loudly rather than hidden.
    case inconsistent(String)

    /// Every diagnostic on its own line, or the one message.
    public var description: String {
        switch self {
        case .invalid(let diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        case .unreadable(let file, let reason):
            return "\(file): error: cannot read: \(reason)"
        case .unwritable(let file, let reason):
            return "\(file): error: cannot write: \(reason)"
        case .inconsistent(let detail):
            return "internal error: \(detail); please report this"
        }
    }

    /// The diagnostics, for errors that have them; one synthesized otherwise.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .invalid(let diagnostics): return diagnostics
        case .unreadable(let file, let reason): return [Diagnostic("cannot read: \(reason)", at: SourceLocation(file: file))]
        case .unwritable(let file, let reason): return [Diagnostic("cannot write: \(reason)", at: SourceLocation(file: file))]
        case .inconsistent(let detail): return [Diagnostic("internal error: \(detail)", at: SourceLocation(file: "pledge"))]
        }
    }
}
