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

    private struct Body: Encodable {
        var code: String
        var message: String
        var errors: [Problem]
    }

    private struct Problem: Encodable {
        var location: Location
        var message: String
    }

    private struct Location: Encodable {
        var file: String
        var line: Int?
        var column: Int?
    }

    /// The JSON body: `{"code", "message", "errors": [{"location": {file, line, column}, "message"}]}`.
    package var response: Response {
        let body = Body(code: code, message: message, errors: errors.map {
            Problem(location: Location(file: $0.location.file, line: $0.location.line > 0 ? $0.location.line : nil,
                                       column: $0.location.column > 0 ? $0.location.column : nil), message: $0.message)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(body)) ?? Data("{\"code\":\"internal\"}".utf8)
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data + Data("\n".utf8))))
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
