import Foundation
import NIOHTTP1
import NIOCore
import Pledge

/// The decision API's routes: a request's path and method to its endpoint, the bearer token
/// checked first (but for `/health`), and every refusal answered as an ``APIError`` and
/// counted. The connection adds `Date` and `Server` to every answer (``AnswerHead``).
///
/// A table of five exact paths, looked up once a request: the API has no path parameters, so
/// it needs no router, and answering through Hummingbird's `Application` and `Router` cost
/// a request a logger with its own metadata, a request context, a trie lookup and a
/// middleware chain of async calls (see README, "The decision API under load").
struct DecisionAPI: Sendable {
    let check: CheckEndpoint
    let status: StatusEndpoints
    let token: BearerToken?
    let metrics: ServerMetrics
    let date = HTTPDate(server: DecisionAPI.serverName)

    private enum Endpoint { case check, policies, openAPI, health, metrics }

    /// Each endpoint's path and its one method: another method on a known path is a 405.
    private static let endpoints: [String: (method: HTTPMethod, endpoint: Endpoint)] = [
        "/v1/check": (.POST, .check), "/v1/policies": (.GET, .policies), "/v1/openapi.json": (.GET, .openAPI),
        "/health": (.GET, .health), "/metrics": (.GET, .metrics),
    ]

    static let serverName = "pledge-server"

    /// The answer to `request` and its body; never throws: anything unexpected is a bare 500,
    /// with no stack trace or path of the server's.
    func respond(to request: HTTPRequestHead, body: ByteBuffer) -> APIReply {
        do {
            switch try route(request, body: body) {
            case .now(let answer): return .now(answer)
            case .later(let work):
                return .later { [self] in
                    do { return try await work() } catch { return refused(error, request) }
                }
            }
        } catch {
            return .now(refused(error, request))
        }
    }

    /// The answer to a request refused before it reached an endpoint (by the connection: a
    /// body too large or too slow), counted as every refusal is.
    func refusal(_ refusal: APIError) -> APIAnswer {
        metrics.recordError(code: refusal.code)
        return refusal.answer
    }

    private func refused(_ error: any Error, _ request: HTTPRequestHead) -> APIAnswer {
        if let refusal = error as? APIError { return self.refusal(refusal) }
        FileHandle.standardError.write(Data("pledge-server: internal error on \(request.uri.prefix { $0 != "?" }): \(error)\n".utf8))
        return refusal(APIError(status: .internalServerError, code: "internal", message: "the server failed to answer; see its standard error"))
    }

    private func route(_ request: HTTPRequestHead, body: ByteBuffer) throws -> APIReply {
        let path = request.uri.prefix { $0 != "?" }
        if path != "/health", let token { try token.authorize(request.headers) }
        guard let route = Self.endpoints[String(path)] else {
            throw APIError(status: .notFound, code: "not_found", message: "no such endpoint; see /v1/openapi.json")
        }
        guard request.method == route.method else {
            throw APIError(status: .methodNotAllowed, code: "method_not_allowed",
                           message: "\(path) takes \(route.method.rawValue) only", headers: ["Allow": route.method.rawValue])
        }
        switch route.endpoint {
        case .check: return try check.respond(request, body: body)
        case .policies: return .now(status.policies())
        case .openAPI: return .now(status.openAPI())
        case .health: return .now(status.health())
        case .metrics: return .now(status.prometheus())
        }
    }
}
