import Foundation

/// The API's OpenAPI 3 document, `Resources/openapi.json`, served at `/v1/openapi.json`; the
/// tests check the server's answers against it.
enum OpenAPIDocument {
    static let text: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "{}" }
        return text
    }()
}
