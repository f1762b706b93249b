import Testing
@testable import Pledge

/// A UTF-8 byte-order mark, which some editors put before a file, is not content: a rule
/// file (and an operation file) with one reads as without, and its places are the same.
@Suite struct ByteOrderMarkTests {
    static let text = "pledge: 1\npolicy: {id: acme, title: Acme}\nrules:\n  - {id: no-sale, effect: deny, action: [sell], source: {line: 1, text: We never sell.}}\n"
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test func aRuleFileReadsAsWithout() throws {
        let plain = try RuleFile.decode(bytes: Array(Self.text.utf8), file: "r.yaml")
        let marked = try RuleFile.decode(bytes: Self.bom + Array(Self.text.utf8), file: "r.yaml")
        #expect(marked == plain)
        #expect(marked.policy.id == "acme")
    }

    @Test func placesOnTheFirstLineCountFromAfterTheMark() {
        let problems = CodecFixtures.problems { _ = try RuleFile.decode(bytes: Self.bom + Array("pledge: 7\n".utf8), file: "r.yaml") }
        #expect(problems == ["1:9: unknown schema version 'pledge: 7'; this Pledge reads version 1"])
    }

    @Test func anOperationFileReadsAsWithout() throws {
        let json = #"{"action": "sell", "data": ["user.contact.email"]}"#
        let plain = try OperationFile.decode(bytes: Array(json.utf8), file: "op.json")
        let marked = try OperationFile.decode(bytes: Self.bom + Array(json.utf8), file: "op.json")
        #expect(marked.map(\.action) == plain.map(\.action))
        #expect(marked.map(\.data) == [["user.contact.email"]])
    }
}
