import Testing
@testable import Pledge

@Suite struct SourceDigestTests {
    // FIPS 180-2 / NIST test vectors.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func matchesTheStandardVectors(_ input: String, _ digest: String) {
        #expect(SourceDigest.hex(Array(input.utf8)) == digest)
    }

    @Test func hashesAMillionAs() {
        #expect(SourceDigest.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func paddingBoundariesDiffer() {
        // 55, 56 and 64 bytes cross the one-block / two-block padding edge.
        let digests = [55, 56, 63, 64].map { SourceDigest.hex([UInt8](repeating: 0x61, count: $0)) }
        #expect(Set(digests).count == 4)
        #expect(digests.allSatisfy { $0.count == 64 })
    }
}
