/// A place in an input file: what every error and finding points at.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file as named on the command line (or a name such as `<stdin>`).
    public var file: String
    /// 1-based; 0 when unknown.
    public var line: Int
    /// 1-based; 0 when unknown.
    public var column: Int

    /// A place; leave out `line` and `column` when they are unknown.
    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        line > 0 ? (column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)") : file
    }

    /// By file, then line, then column.
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
