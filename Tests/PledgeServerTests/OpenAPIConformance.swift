import Foundation

/// Checks an answer against the API's OpenAPI document (Sources/PledgeServer/Resources/openapi.json):
/// the path, method and status must be documented, the content type must match, and a JSON body
/// must satisfy its schema. Knows exactly the schema keywords the document uses; any other is
/// reported, so the document cannot lean on one this ignores.
struct OpenAPIConformance {
    let document: [String: Any]
    static let keywords: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "oneOf", "$ref", "minItems", "minimum",
        "minLength", "maxLength", "description",
    ]

    static var documentURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/PledgeServer/Resources/openapi.json")
    }

    init() throws {
        document = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.documentURL)) as? [String: Any] ?? [:]
    }

    /// Every way `exchange` departs from the document's answer for `method path` (query left out).
    func problems(_ method: String, _ path: String, _ exchange: HTTPExchange) -> [String] {
        let route = String(path.prefix { $0 != "?" })
        guard let paths = document["paths"] as? [String: Any], let item = paths[route] as? [String: Any],
              let operation = item[method.lowercased()] as? [String: Any],
              let responses = operation["responses"] as? [String: Any]
        else { return ["\(method) \(route) is not in the document"] }
        guard let response = responses[String(exchange.status)] as? [String: Any] else {
            return ["\(method) \(route) answered \(exchange.status), which the document does not list"]
        }
        guard let content = response["content"] as? [String: Any] else { return exchange.body.isEmpty ? [] : ["a body the document does not describe"] }
        let type = exchange.header("Content-Type") ?? ""
        guard let mediaType = content.keys.first(where: { type.hasPrefix($0) }), let media = content[mediaType] as? [String: Any] else {
            return ["content type '\(type)' is not one of \(content.keys.sorted())"]
        }
        guard mediaType == "application/json", let schema = media["schema"] as? [String: Any] else { return [] }
        guard let body = try? JSONSerialization.jsonObject(with: exchange.body, options: [.fragmentsAllowed]) else {
            return ["the body is not JSON: \(exchange.text)"]
        }
        var problems: [String] = []
        validate(body, schema, at: "$", &problems)
        return problems
    }

    private func validate(_ value: Any, _ schema: [String: Any], at path: String, _ problems: inout [String]) {
        for key in schema.keys where !Self.keywords.contains(key) { problems.append("\(path): schema keyword '\(key)' is not checked") }
        if let ref = schema["$ref"] as? String {
            let name = String(ref.split(separator: "/").last ?? "")
            guard let components = document["components"] as? [String: Any], let schemas = components["schemas"] as? [String: Any],
                  let target = schemas[name] as? [String: Any]
            else { problems.append("\(path): unresolved \(ref)"); return }
            validate(value, target, at: path, &problems)
            return
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { option in
                var inner: [String] = []
                validate(value, option, at: path, &inner)
                return inner.isEmpty
            }
            if matching.count != 1 { problems.append("\(path): matches \(matching.count) of the oneOf schemas, not exactly one") }
        }
        if let type = schema["type"] as? String, !Self.has(value, type: type) {
            problems.append("\(path): expected \(type), found \(value)")
            return
        }
        if let allowed = schema["enum"] as? [String], let string = value as? String, !allowed.contains(string) {
            problems.append("\(path): '\(string)' is not one of \(allowed)")
        }
        if let string = value as? String {
            if let minLength = schema["minLength"] as? Int, string.count < minLength { problems.append("\(path): shorter than \(minLength)") }
            if let maxLength = schema["maxLength"] as? Int, string.count > maxLength { problems.append("\(path): longer than \(maxLength)") }
        }
        if let minimum = schema["minimum"] as? Int, let number = value as? Int, number < minimum {
            problems.append("\(path): \(number) < \(minimum)")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for name in schema["required"] as? [String] ?? [] where object[name] == nil { problems.append("\(path): missing '\(name)'") }
            for (name, item) in object {
                if let property = properties[name] as? [String: Any] {
                    validate(item, property, at: "\(path).\(name)", &problems)
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): '\(name)' is not in the schema")
                }
            }
        }
        if let array = value as? [Any] {
            if let minItems = schema["minItems"] as? Int, array.count < minItems { problems.append("\(path): fewer than \(minItems) items") }
            if let items = schema["items"] as? [String: Any] {
                for (i, item) in array.enumerated() { validate(item, items, at: "\(path)[\(i)]", &problems) }
            }
        }
    }

    private static func has(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        // JSONSerialization gives true and false as a boolean kind of NSNumber, which also casts to Int.
        case "boolean": return String(describing: Swift.type(of: value)).hasSuffix("Boolean")
        case "integer": return value is Int && !has(value, type: "boolean")
        case "number": return value is Double && !has(value, type: "boolean")
        default: return false
        }
    }
}
