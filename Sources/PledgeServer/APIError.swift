import Foundation
import Hummingbird
import Pledge

/// A refused request: an HTTP status, a stable code, a sentence, and the located problems
/// (the same diagnostics `pledge check` prints) when the input had any. Never an allow.
package struct APIError: Error, Sendable {
    package var status: HTTPResponse.Status
    package var code: String
    package var message: String
    package var errors: [Diagnostic] = []
    /// Headers the refusal needs besides its body (`WWW-Authenticate` on a 401).
    package var headers: HTTPFields = [:]

    /// The JSON body: `{"code", "message", "errors": [{"location": {file, line, column}, "message"}]}`.
    package var response: Response {
        var json = JSONWriter()
        json.beginObject()
        json.field("code", code)
        json.key("errors")
        json.beginArray()
        for problem in errors {
            json.beginObject()
            json.key("location")
            json.beginObject()
            if problem.location.column > 0 { json.field("column", problem.location.column) }
            json.field("file", problem.location.file)
            if problem.location.line > 0 { json.field("line", problem.location.line) }
            json.endObject()
            json.field("message", problem.message)
            json.endObject()
        }
        json.endArray()
        json.field("message", message)
        json.endObject()
        json.bytes.append(0x0A)
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: json.bytes)))
    }
}

/// Turns every error a handler throws into an ``APIError`` response, counted by code: the
/// router's own (unknown route, wrong method, body too large) too, and anything unexpected
/// becomes a bare 500 — no stack trace, no path of the server's, ever reaches a client.
struct APIErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics
    /// Each endpoint's path and its one method: another method on a known path is a 405.
    let endpoints: [String: HTTPRequest.Method]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let error: APIError
        do {
            return try await next(request, context)
        } catch let refusal as APIError {
            error = refusal
        } catch let http as HTTPError {
            if http.status == .notFound, let allowed = endpoints[request.uri.path], allowed != request.method {
                error = APIError(status: .methodNotAllowed, code: "method_not_allowed",
                                 message: "\(request.uri.path) takes \(allowed.rawValue) only", headers: [.allow: allowed.rawValue])
            } else {
                error = Self.refusal(for: http.status)
            }
        } catch let unexpected {
            error = APIError(status: .internalServerError, code: "internal", message: "the server failed to answer; see its standard error")
            FileHandle.standardError.write(Data("pledge-server: internal error on \(request.uri.path): \(unexpected)\n".utf8))
        }
        metrics.recordError(code: error.code)
        return error.response
    }

    private static func refusal(for status: HTTPResponse.Status) -> APIError {
        switch status {
        case .notFound: return APIError(status: status, code: "not_found", message: "no such endpoint; see /v1/openapi.json")
        case .methodNotAllowed: return APIError(status: status, code: "method_not_allowed", message: "this endpoint does not take that method")
        case .contentTooLarge: return APIError(status: status, code: "body_too_large", message: "the request body is larger than the server takes")
        default: return APIError(status: status, code: "http_\(status.code)", message: status.reasonPhrase)
        }
    }
}
