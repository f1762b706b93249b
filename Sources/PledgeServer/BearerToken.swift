import Crypto
import NIOHTTP1
import Pledge

/// `Authorization: Bearer <token>`, which every request but `/health` must carry when a token
/// is set (``DecisionAPI``). The token is compared by its SHA-256 in constant time, so neither
/// its content nor its length leaks through timing.
struct BearerToken: Sendable {
    private let digest: [UInt8]

    init(_ token: String) { digest = Array(SHA256.hash(data: Array(token.utf8))) }

    /// - Throws: a 401 ``APIError`` unless the request's fields carry the token.
    func authorize(_ fields: HTTPHeaders) throws(APIError) {
        guard let header = fields.first(name: "Authorization"), header.hasPrefix("Bearer "),
              Self.same(Array(SHA256.hash(data: Array(header.utf8.dropFirst(7)))), digest)
        else {
            throw APIError(status: .unauthorized, code: "unauthorized", message: "a valid bearer token is required",
                           headers: ["WWW-Authenticate": "Bearer"])
        }
    }

    /// Equal digests, looking at every byte whatever the first difference.
    static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
