import Foundation
@testable import Pledge

/// A JSON value, as JSON Schema sees a YAML document (core-schema scalars).
indirect enum JSONValue: Equatable {
    case null, bool(Bool), int(Int), number, string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(_ node: YAMLNode) {
        switch node.content {
        case .sequence(let items): self = .array(items.map(JSONValue.init))
        case .mapping(let pairs): self = .object(Dictionary(pairs.map { ($0.name, JSONValue($0.value)) }, uniquingKeysWith: { a, _ in a }))
        case .scalar(let scalar):
            switch scalar.resolved {
            case .null: self = .null
            case .bool(let b): self = .bool(b)
            case .int(let i): self = .int(i)
            case .float: self = .number
            case .string(let s): self = .string(s)
            }
        }
    }

    var object: [String: JSONValue]? { if case .object(let o) = self { return o } else { return nil } }
    var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var int: Int? { if case .int(let i) = self { return i } else { return nil } }
}

/// A small JSON Schema (draft 2020-12) validator: exactly the keywords rules.schema.json
/// uses. Any other keyword is reported, so the schema cannot lean on one this ignores.
struct JSONSchemaValidator {
    let root: JSONValue
    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]

    func errors(in instance: JSONValue) -> [String] {
        var errors: [String] = []
        validate(instance, root, at: "$", &errors)
        return errors
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONValue? = root
        for part in reference.dropFirst(2).split(separator: "/") { node = node?.object?[String(part)] }
        return node
    }

    private func matches(_ pattern: String, _ text: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private func isType(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("integer", .int), ("boolean", .bool), ("null", .null): return true
        case ("number", .int), ("number", .number): return true
        default: return false
        }
    }

    private func validate(_ value: JSONValue, _ schema: JSONValue, at path: String, _ errors: inout [String]) {
        guard let keywords = schema.object else { errors.append("\(path): schema is not an object"); return }
        for (keyword, argument) in keywords.sorted(by: { $0.key < $1.key }) {
            switch keyword {
            case _ where Self.annotations.contains(keyword):
                continue
            case "$ref":
                guard let target = argument.string.flatMap(resolve) else { errors.append("\(path): unresolvable $ref"); continue }
                validate(value, target, at: path, &errors)
            case "type":
                if let type = argument.string, !isType(value, type) { errors.append("\(path): not of type \(type)") }
            case "enum":
                if !(argument.array ?? []).contains(value) { errors.append("\(path): not one of the enum values") }
            case "minLength":
                if let s = value.string, let n = argument.int, s.unicodeScalars.count < n { errors.append("\(path): shorter than \(n)") }
            case "minimum":
                if let i = value.int, let n = argument.int, i < n { errors.append("\(path): less than \(n)") }
            case "minItems":
                if let a = value.array, let n = argument.int, a.count < n { errors.append("\(path): fewer than \(n) items") }
            case "pattern":
                if let s = value.string, let p = argument.string, !matches(p, s) { errors.append("\(path): does not match \(p)") }
            case "items":
                for (i, item) in (value.array ?? []).enumerated() { validate(item, argument, at: "\(path)[\(i)]", &errors) }
            case "properties":
                for (name, sub) in argument.object ?? [:] {
                    if let v = value.object?[name] { validate(v, sub, at: "\(path).\(name)", &errors) }
                }
            case "required":
                for case .string(let name) in argument.array ?? [] where value.object != nil && value.object?[name] == nil {
                    errors.append("\(path): missing \(name)")
                }
            case "additionalProperties":
                let known = Set(keywords["properties"]?.object?.keys ?? [:].keys)
                for (name, v) in value.object ?? [:] where !known.contains(name) {
                    if argument == .bool(false) { errors.append("\(path): unexpected property \(name)") }
                    else { validate(v, argument, at: "\(path).\(name)", &errors) }
                }
            case "propertyNames":
                for name in value.object?.keys ?? [:].keys { validate(.string(name), argument, at: "\(path){\(name)}", &errors) }
            case "anyOf":
                let passing = (argument.array ?? []).contains { sub in
                    var scratch: [String] = []
                    validate(value, sub, at: path, &scratch)
                    return scratch.isEmpty
                }
                if !passing { errors.append("\(path): matches none of anyOf") }
            case "oneOf":
                let passing = (argument.array ?? []).filter { sub in
                    var scratch: [String] = []
                    validate(value, sub, at: path, &scratch)
                    return scratch.isEmpty
                }
                if passing.count != 1 { errors.append("\(path): matches \(passing.count) of oneOf, not exactly 1") }
            case "const":
                if value != argument { errors.append("\(path): not the constant value") }
            case "allOf":
                for sub in argument.array ?? [] { validate(value, sub, at: path, &errors) }
            case "if":
                var scratch: [String] = []
                validate(value, argument, at: path, &scratch)
                if let branch = keywords[scratch.isEmpty ? "then" : "else"] { validate(value, branch, at: path, &errors) }
            case "then", "else":
                continue
            default:
                errors.append("\(path): the test validator does not support the keyword \(keyword)")
            }
        }
    }
}
