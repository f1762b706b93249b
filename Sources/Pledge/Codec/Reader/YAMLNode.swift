/// A YAML node as ``YAMLReader`` composes it: only what Pledge's files use (scalars,
/// sequences, mappings with scalar keys; no anchors, aliases or tags), each with its place.
package struct YAMLNode: Sendable, Hashable {
    package enum Content: Sendable, Hashable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    package var content: Content
    /// 1-based line of the node's first character.
    package var line: Int
    /// 1-based column of the node's first character, in Unicode scalars.
    package var column: Int

    package init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    package var scalar: YAMLScalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    package var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    package var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// What the node is, for messages ("a list", "the number 3").
    package var kindDescription: String {
        switch content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar(let s):
            switch s.resolved {
            case .null: return "an empty value"
            case .bool: return "the boolean \(s.text)"
            case .int, .float: return "the number \(s.text)"
            case .string: return "a string"
            }
        }
    }
}

/// One `key: value` entry of a mapping; keys are always scalars.
package struct YAMLPair: Sendable, Hashable {
    package var key: YAMLNode
    package var value: YAMLNode

    /// The key's text.
    package var name: String { key.scalar?.text ?? "" }
}
