import Foundation
import HTTPTypes
import HummingbirdCore
import Pledge

/// The decision API's routes: a request's path and method to its endpoint, the bearer token
/// checked first (but for `/health`), and every refusal answered as an ``APIError`` and
/// counted. Every answer carries `Date` and `Server`.
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
    let date = HTTPDate()

    private enum Endpoint { case check, policies, openAPI, health, metrics }

    /// Each endpoint's path and its one method: another method on a known path is a 405.
    private static let endpoints: [String: (method: HTTPRequest.Method, endpoint: Endpoint)] = [
        "/v1/check": (.post, .check), "/v1/policies": (.get, .policies), "/v1/openapi.json": (.get, .openAPI),
        "/health": (.get, .health), "/metrics": (.get, .metrics),
    ]

    static let serverName = "pledge-server"

    /// The answer to `request`; never throws: anything unexpected is a bare 500, with no stack
    /// trace or path of the server's.
    func respond(to request: Request) async -> Response {
        var response: Response
        do {
            response = try await route(request)
        } catch let refusal as APIError {
            metrics.recordError(code: refusal.code)
            response = refusal.response
        } catch {
            let refusal = APIError(status: .internalServerError, code: "internal", message: "the server failed to answer; see its standard error")
            FileHandle.standardError.write(Data("pledge-server: internal error on \(request.uri.path): \(error)\n".utf8))
            metrics.recordError(code: refusal.code)
            response = refusal.response
        }
        response.headers[.date] = date.now
        response.headers[.server] = Self.serverName
        return response
    }

    private func route(_ request: Request) async throws -> Response {
        let path = request.uri.path
        if path != "/health", let token { try token.authorize(request) }
        guard let route = Self.endpoints[path] else {
            throw APIError(status: .notFound, code: "not_found", message: "no such endpoint; see /v1/openapi.json")
        }
        guard request.method == route.method else {
            throw APIError(status: .methodNotAllowed, code: "method_not_allowed",
                           message: "\(path) takes \(route.method.rawValue) only", headers: [.allow: route.method.rawValue])
        }
        switch route.endpoint {
        case .check: return try await check.respond(request)
        case .policies: return status.policies()
        case .openAPI: return status.openAPI()
        case .health: return status.health()
        case .metrics: return status.prometheus()
        }
    }
}
