import Crypto

/// SHA-256 from swift-crypto, as lower-case hex: of a policy's bytes as written
/// (`policy.source_sha256`: rules whose recorded digest differs from their text's are stale),
/// and of a normalised sentence or a draft's canonical form, for reviews.
package enum SourceDigest {
    /// 64 lower-case hexadecimal digits.
    package static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
