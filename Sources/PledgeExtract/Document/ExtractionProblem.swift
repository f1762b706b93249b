import Pledge

/// Every problem extraction reports about a policy text, or the extract command about
/// its inputs. The messages are written here and nowhere else.
package enum ExtractionProblem: Sendable, Hashable {
    case tooLarge(bytes: Int, limit: Int)
    case binary
    case invalidUTF8
    case empty
    case notAPolicy
    case notRulesOrPolicy
    case noPolicies
    case needsOutputFolder(count: Int)
    case checkNeedsOutputFolder
    case stale(policy: String)
    case missing(policy: String)
    case extra
    case unnamable(component: String, role: String)
    case sameTarget(target: String, first: String)

    package var message: String {
        switch self {
        case .tooLarge(let bytes, let limit): return "the policy text is \(bytes) bytes; the limit is \(limit) (16 MiB)"
        case .binary: return "the policy text is binary (it holds a NUL byte)"
        case .invalidUTF8: return "the policy text is not valid UTF-8"
        case .empty: return "the policy text is empty"
        case .notAPolicy: return "not a policy file (expected .md, .markdown, .txt, .html or .htm)"
        case .notRulesOrPolicy:
            return "neither a rule file (.yaml, .yml, .json) nor a policy text (.md, .markdown, .txt, .html, .htm)"
        case .noPolicies: return "no policy files found (expected <id>/<date>.md inside the folder)"
        case .needsOutputFolder(let count): return "\(count) policies found; give -o DIR to write their rule files"
        case .checkNeedsOutputFolder: return "--check compares with the rule files in -o DIR; give -o"
        case .stale(let policy): return "stale: does not match the rules extracted from \(policy); run `pledge extract` again"
        case .missing(let policy): return "missing: no rule file for \(policy)"
        case .extra: return "extra: no policy text produces this rule file"
        case .unnamable(let component, let role):
            return "cannot name the rule file: its \(role) '\(component)' is not a name (letters, digits, '.', '_', '-'; not starting with '.'); give a path without it"
        case .sameTarget(let target, let first): return "writes \(target), as \(first) does; keep one of the two"
        }
    }

    /// The problem as a diagnostic at a place.
    package func at(_ file: String, line: Int = 0, column: Int = 0) -> Diagnostic {
        Diagnostic(message, at: SourceLocation(file: file, line: line, column: column))
    }
}
