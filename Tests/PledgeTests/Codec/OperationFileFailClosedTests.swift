import Foundation
import Testing
@testable import Pledge

/// Operation input that used to pass quietly: nothing to check, a retention the decision
/// would ignore, a misleading second error.
@Suite struct OperationFileFailClosedTests {
    let nothing = "1:1: no operation to check; an empty input would pass every check, so give at least one"

    @Test func inputWithNoOperationIsAnError() {
        #expect(CodecFixtures.problems { _ = try OperationFile.decode("[]", file: "ops.json") } == [nothing])
        #expect(CodecFixtures.problems { _ = try OperationFile.decode("# none yet\n[]\n", file: "ops.yaml") } ==
                ["2:1: no operation to check; an empty input would pass every check, so give at least one"])
        #expect(CodecFixtures.problems { _ = try OperationFile.decodeJSONLines("", file: "<stdin>") } == [nothing])
        #expect(CodecFixtures.problems { _ = try OperationFile.decodeJSONLines("\n  \r\n\n", file: "ops.jsonl") } == [nothing])
    }

    @Test func retentionIsOnlyForActionsThatRetain() throws {
        let retain = try OperationFile.decode("{action: retain, data: [user], retention: P30D}", file: "ops.yaml")
        #expect(retain.map(\.retention) == [ISODuration("P30D")])
        #expect(CodecFixtures.problems { _ = try OperationFile.decode("{action: email, data: [user], retention: P30D}", file: "ops.yaml") } ==
                ["1:42: 'retention' applies to the retain action only, and 'email' does not retain; remove it or use 'action: retain'"])
        #expect(CodecFixtures.problems { _ = try OperationFile.decode("{action: disclose, data: [user], retention: P1Y}", file: "ops.yaml") }.count == 1)
        // An unknown action is reported once, not again for its retention.
        #expect(CodecFixtures.problems { _ = try OperationFile.decode("{action: keep, data: [user], retention: P1Y}", file: "ops.yaml") } ==
                ["1:10: unknown action 'keep'"])
    }

    @Test func aWrongTypedEntryIsNotAlsoAnEmptyList() {
        #expect(CodecFixtures.problems { _ = try OperationFile.decode(#"{"action": "use", "data": [7, true]}"#, file: "op.json") } == [
            "1:28: 'data' must be a string, found the number 7",
            "1:31: 'data' must be a string, found the boolean true",
        ])
    }
}
