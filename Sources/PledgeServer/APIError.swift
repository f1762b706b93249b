import Foundation
import NIOCore
import NIOHTTP1
import Pledge

/// A refused request: an HTTP status, a stable code, a sentence, and the located problems
/// (the same diagnostics `pledge check` prints) when the input had any. Never an allow.
package struct APIError: Error, Sendable {
    package var status: HTTPResponseStatus
    package var code: String
    package var message: String
    package var errors: [Diagnostic] = []
    /// Headers the refusal needs besides its body (`WWW-Authenticate` on a 401).
    package var headers: HTTPHeaders = [:]

    /// The JSON body: `{"code", "message", "errors": [{"location": {file, line, column}, "message"}]}`.
    var answer: APIAnswer {
        var json = JSONWriter()
        json.beginObject()
        json.field("code", code)
        json.diagnostics(errors)
        json.field("message", message)
        json.endObject()
        json.bytes.append(0x0A)
        var fields = headers
        fields.replaceOrAdd(name: "Content-Type", value: "application/json")
        return APIAnswer(status: status, headers: fields, body: ByteBuffer(bytes: json.bytes))
    }
}
