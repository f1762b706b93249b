/// Every problem the codec reports when reading a rule, operation or taxonomy file.
/// The messages are written here and nowhere else; each becomes a ``Diagnostic`` at its place.
package enum CodecProblem: Sendable, Hashable {
    // Screening the bytes, before any parsing.
    case tooLarge(bytes: Int, limit: Int)
    case invalidUTF8(offset: Int)
    case binary(byte: UInt8, offset: Int)
    case empty
    // Reading the YAML.
    case malformed(String)
    case alias(String)
    case anchor(String)
    case tag(String)
    case tooDeep(limit: Int)
    case duplicateKey(String, first: SourceLocation)
    case complexKey
    case multipleDocuments
    // Decoding the model.
    case wrongType(field: String, expected: String, found: String)
    case notMapping(String, found: String)
    case invalidTermName(String)
    case unknownKey(String, in: String, suggestion: String?)
    case missingKey(String, in: String)
    case missingVersion(key: String)
    case unknownVersion(String, key: String)
    case invalidValue(field: String, value: String, allowed: [String])
    case emptyList(field: String)
    case emptyScope(field: String)
    case unknownTerm(Dimension, String, suggestion: String?)
    case termShadowsCategory(String)
    /// A stated purpose or fact named like a key of its dimension.
    case statedTermShadowsKey(String, Dimension)
    case invalidDuration(field: String, value: String)
    case retentionBound
    case emptyException
    case notPositive(field: String, value: Int)
    case duplicateRuleID(String, first: SourceLocation)
    case operationShape
    case noOperations
    case noRules
    case terminalInput
    case retentionWithoutRetain(action: String)
    case jsonLine
    case malformedJSON(String)
    case lineTooLong(limit: Int)
    // Taxonomy files.
    case undefinedParent(String, of: String)
    case movedNode(String, parent: String?)
    case taxonomyTooDeep(String, limit: Int)
    case brokenByOutsideActions
    case actionFieldOutsideActions(field: String)
    case unknownBrokenBy(String, of: String)

    package var message: String {
        switch self {
        case .tooLarge(let bytes, let limit):
            return "the file is \(Self.size(bytes)), over the limit of \(Self.size(limit)); it is not read"
        case .invalidUTF8(let offset):
            return "invalid UTF-8 at byte offset \(offset); Pledge reads UTF-8 text only"
        case .binary(let byte, let offset):
            let hex = String(byte, radix: 16, uppercase: true)
            return "binary content: control byte 0x\(hex.count == 1 ? "0" + hex : hex) at byte offset \(offset); this is not a text file"
        case .empty:
            return "the file is empty"
        case .malformed(let problem):
            return "malformed YAML: \(problem)"
        case .alias(let name):
            return "alias '*\(name)' is not allowed: Pledge files need no anchors or aliases, and aliases can expand exponentially; write the value out"
        case .anchor(let name):
            return "anchor '&\(name)' is not allowed: Pledge files need no anchors or aliases; remove it"
        case .tag(let tag):
            return "tag '\(tag)' is not allowed: Pledge files use plain YAML values; remove it"
        case .tooDeep(let limit):
            return "nesting deeper than \(limit) levels; a Pledge file never needs more"
        case .duplicateKey(let key, let first):
            return "duplicate key '\(key)'; it is first given at \(first.line):\(first.column)"
        case .complexKey:
            return "mapping keys must be plain strings, not lists or mappings"
        case .multipleDocuments:
            return "a second YAML document ('---'); a Pledge file holds exactly one"
        case .wrongType(let field, let expected, let found):
            return "'\(field)' must be \(expected), found \(found)"
        case .notMapping(let context, let found):
            return "\(context) must be a mapping, found \(found)"
        case .invalidTermName(let name):
            return "term name '\(name)' must start with a letter or '_' and hold only letters, digits, '_', '.' and '-'"
        case .unknownKey(let key, let context, let suggestion):
            return "unknown key '\(key)' in \(context)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .missingKey(let key, let context):
            return "missing required key '\(key)' in \(context)"
        case .missingVersion(let key):
            return "missing '\(key): 1' (the schema version)"
        case .unknownVersion(let value, let key):
            return "unknown schema version '\(key): \(value)'; this Pledge reads version 1"
        case .invalidValue(let field, let value, let allowed):
            return "'\(field)' cannot be '\(value)'; expected one of: \(allowed.joined(separator: ", "))"
        case .emptyList(let field):
            return "'\(field)' is an empty list; list at least one entry or omit the key"
        case .emptyScope(let field):
            return "'\(field): []' matches nothing; omit the key to mean any"
        case .unknownTerm(let dimension, let key, let suggestion):
            let kind = dimension == .context ? "context fact" : dimension == .data ? "data category or defined term" : dimension.rawValue
            return "unknown \(kind) '\(key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .termShadowsCategory(let name):
            return "defined term '\(name)' has the name of a data category; choose another name"
        case .statedTermShadowsKey(let name, let dimension):
            return "stated \(dimension == .context ? "fact" : dimension.rawValue) '\(name)' has the name of a key of the taxonomy; choose another name"
        case .invalidDuration(let field, let value):
            return "'\(field)' must be an ISO-8601 duration such as P30D, P1Y6M or PT12H, found '\(value)'"
        case .retentionBound:
            return "'retention' must have exactly one of 'max' (at most) and 'over' (longer than)"
        case .emptyException:
            return "an 'unless' entry must name what it lifts (a scope key or 'when'); an empty one would lift the rule for every operation"
        case .notPositive(let field, let value):
            return "'\(field)' must be a positive line number, found \(value)"
        case .duplicateRuleID(let id, let first):
            return "duplicate rule id '\(id)'; it is first used at \(first.line):\(first.column)"
        case .operationShape:
            return "an operation file holds one operation (a mapping) or a list of them"
        case .noOperations:
            return "no operation to check; an empty input would pass every check, so give at least one"
        case .noRules:
            return "the policy has no rules, so it decides nothing (every operation would be not covered); is this the right file?"
        case .terminalInput:
            return "standard input is a terminal; name operation files, or pipe JSON Lines in"
        case .retentionWithoutRetain(let action):
            return "'retention' applies to the retain action only, and '\(action)' does not retain; remove it or use 'action: retain'"
        case .jsonLine:
            return "each line of JSON Lines input must be one JSON object"
        case .malformedJSON(let problem):
            return "malformed JSON: \(problem)"
        case .lineTooLong(let limit):
            return "the line is longer than \(Self.size(limit)); it is not read"
        case .undefinedParent(let parent, let key):
            return "parent '\(parent)' of '\(key)' is not defined before it"
        case .movedNode(let key, let parent):
            let place = parent.map { "under '\($0)'" } ?? "at the top"
            return "'\(key)' is already in the vocabulary, \(place); a taxonomy file may add phrases and children to it but not move it"
        case .taxonomyTooDeep(let key, let limit):
            return "'\(key)' would stand deeper than \(limit) levels; a taxonomy never needs more"
        case .brokenByOutsideActions:
            return "'broken_by' belongs to actions only"
        case .actionFieldOutsideActions(let field):
            return "'\(field)' belongs to actions only"
        case .unknownBrokenBy(let key, let node):
            return "broken_by of '\(node)' names unknown action '\(key)'"
        }
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB"
            : bytes >= 1 << 20 ? "\(bytes * 10 / (1 << 20) / 10).\(bytes * 10 / (1 << 20) % 10) MiB"
            : "\(bytes) bytes"
    }
}

extension Diagnostic {
    package init(_ problem: CodecProblem, file: String, line: Int = 0, column: Int = 0) {
        self.init(problem.message, at: SourceLocation(file: file, line: line, column: column))
    }

    package init(_ problem: CodecProblem, file: String, node: YAMLNode) {
        self.init(problem.message, at: SourceLocation(file: file, line: node.line, column: node.column))
    }
}
