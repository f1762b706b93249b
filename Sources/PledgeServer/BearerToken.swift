import Crypto
import Hummingbird
import Pledge

/// `Authorization: Bearer <token>` on every request but `/health`, when a token is set.
/// The token is compared by its SHA-256 in constant time, so neither its content nor its
/// length leaks through timing.
struct BearerToken<Context: RequestContext>: RouterMiddleware {
    private let digest: [UInt8]

    init(_ token: String) { digest = Array(SHA256.hash(data: Array(token.utf8))) }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.path == "/health" { return try await next(request, context) }
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
              Self.same(Array(SHA256.hash(data: Array(header.utf8.dropFirst(7)))), digest)
        else {
            throw APIError(status: .unauthorized, code: "unauthorized", message: "a valid bearer token is required",
                           headers: [.wwwAuthenticate: "Bearer"])
        }
        return try await next(request, context)
    }

    /// Equal digests, looking at every byte whatever the first difference.
    static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
