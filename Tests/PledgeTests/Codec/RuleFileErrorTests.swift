import Foundation
import Testing
@testable import Pledge

/// Each file in Fixtures/Codec/Invalid is a rule file with mistakes; the `.errors` file
/// beside it lists every diagnostic the decoder must report, as `line:column: message`.
@Suite struct RuleFileErrorTests {
    static let cases: [String] = {
        guard let folder = try? CodecFixtures.url("Invalid"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func everyCaseHasItsExpectations() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: cases) func reportsEveryErrorWithItsPlace(_ name: String) throws {
        let text = try CodecFixtures.text("Invalid/\(name)")
        let expected = try CodecFixtures.text("Invalid/\(name.dropLast(5)).errors")
            .split(separator: "\n").map(String.init)
        let actual = CodecFixtures.problems { _ = try RuleFile.decode(text, file: name) }
        #expect(actual == expected)
    }
}
