import Foundation
import Testing
@testable import Pledge

@Suite struct OperationFileTests {
    let newsletter = Pledge.Operation(
        id: "weekly-newsletter", action: "email", data: ["user.contact.email"], recipient: "data_subject",
        purpose: "marketing.communications.email", identifiability: "identified", context: ["opted_out"])

    func located(_ operation: Pledge.Operation, _ file: String, _ line: Int, _ column: Int) -> Pledge.Operation {
        var copy = operation
        copy.location = SourceLocation(file: file, line: line, column: column)
        return copy
    }

    @Test func readsAListOfOperationsInYAML() throws {
        let text = """
        # ops/newsletter.yaml
        - id: weekly-newsletter
          action: email
          data: [user.contact.email]
          recipient: data_subject
          purpose: marketing.communications.email
          identifiability: identified
          context: [opted_out]
          # no retention: it is for the retain action only
        - action: share
          data: user.contact
        """
        let operations = try OperationFile.decode(text, file: "ops.yaml")
        #expect(operations == [
            located(newsletter, "ops.yaml", 2, 3),
            located(Pledge.Operation(action: "share", data: ["user.contact"]), "ops.yaml", 10, 3),
        ])
        #expect(operations[1].recipient == nil && operations[1].purpose == nil)
    }

    @Test func readsOneOperationInJSON() throws {
        let text = """
        {"id": "weekly-newsletter", "action": "email", "data": ["user.contact.email"], "recipient": "data_subject",
         "purpose": "marketing.communications.email", "identifiability": "identified", "context": ["opted_out"]}
        """
        #expect(try OperationFile.decode(text, file: "op.json") == [located(newsletter, "op.json", 1, 1)])
    }

    @Test func readsJSONLinesSkippingBlankLines() throws {
        let text = "{\"action\": \"share\", \"data\": \"user\"}\r\n\n  {\"action\": \"sell\", \"data\": [\"user.contact\"], \"context\": \"consent\"}\n"
        #expect(try OperationFile.decodeJSONLines(text, file: "ops.jsonl") == [
            located(Pledge.Operation(action: "share", data: ["user"]), "ops.jsonl", 1, 1),
            located(Pledge.Operation(action: "sell", data: ["user.contact"], context: ["consent"]), "ops.jsonl", 3, 3),
        ])
    }

    @Test func definedTermsOfThePolicyMayBeNamedAsData() throws {
        let text = "{action: collect, data: [registration_data]}"
        #expect(try OperationFile.decode(text, file: "op.yaml", terms: ["registration_data": ["user.name"]])[0].data == ["registration_data"])
        #expect(CodecFixtures.problems { _ = try OperationFile.decode(text, file: "op.yaml") } ==
                ["1:26: unknown data category or defined term 'registration_data'"])
    }

    @Test func reportsEveryProblemWithItsPlace() {
        let text = """
        - action: shar
          data: []
          recipient: [advertiser]
          purpos: analytics
        - id: 7
          data: [user.contact.emial]
          context: [concent]
          retention: forever
        - not an operation
        """
        #expect(CodecFixtures.problems { _ = try OperationFile.decode(text, file: "ops.yaml") } == [
            "1:11: unknown action 'shar'; did you mean 'share'?",
            "2:9: 'data' is an empty list; list at least one entry or omit the key",
            "3:14: 'recipient' must be a string, found a list",
            "4:3: unknown key 'purpos' in an operation; did you mean 'purpose'?",
            "5:3: missing required key 'action' in an operation",
            "5:7: 'id' must be a string, found the number 7",
            "6:10: unknown data category or defined term 'user.contact.emial'; did you mean 'user.contact.email'?",
            "7:13: unknown context fact 'concent'; did you mean 'consent'?",
            "8:14: 'retention' must be an ISO-8601 duration such as P30D, P1Y6M or PT12H, found 'forever'",
            "9:3: an operation must be a mapping, found a string",
        ])
    }

    @Test func reportsEveryBadLineOfJSONLines() {
        let text = "{\"action\": \"share\", \"data\": \"user\"}\naction: share\n{\"action\": \"sell\", \"data\": [\"user\"], \"data\": [\"user\"]}\n{\"action\": \n[1]\n"
        #expect(CodecFixtures.problems { _ = try OperationFile.decodeJSONLines(text, file: "ops.jsonl") } == [
            // Strict JSON: a YAML mapping is no JSON at all.
            "2:1: malformed JSON: expected a value, found 'a'",
            "3:38: duplicate key 'data'; it is first given at 3:20",
            "4:12: malformed JSON: expected a value, found the end of the line",
            "5:1: each line of JSON Lines input must be one JSON object",
        ])
    }

    /// JSON Lines is JSON (RFC 8259), not JSON5 or YAML: a trailing comma, single quotes, a
    /// bare key or a comment is malformed, at its place, and the operation is not read.
    @Test func jsonLinesRefuseWhatStrictJSONRefuses() {
        let lines = [
            #"{"action": "use", "data": ["user"],}"#,
            #"{"action": "use", "data": ["user",]}"#,
            #"{'action': 'use', 'data': ['user']}"#,
            #"{action: "use", data: ["user"]}"#,
            #"{"action": "use", "data": ["user"]} // note"#,
        ]
        #expect(CodecFixtures.problems { _ = try OperationFile.decodeJSONLines(lines.joined(separator: "\n"), file: "ops.jsonl") } == [
            "1:36: malformed JSON: expected a key in double quotes, found '}'",
            "2:35: malformed JSON: expected a value, found ']'",
            "3:2: malformed JSON: expected a key in double quotes, found '''",
            "4:2: malformed JSON: expected a key in double quotes, found 'a'",
            "5:37: malformed JSON: unexpected '/' after the value",
        ])
    }

    @Test func refusesOtherShapesAndHostileInput() {
        #expect(CodecFixtures.problems { _ = try OperationFile.decode("just text", file: "op.yaml") } ==
                ["1:1: an operation file holds one operation (a mapping) or a list of them"])
        #expect(CodecFixtures.problems { _ = try OperationFile.decode("", file: "op.yaml") } == ["1:1: the file is empty"])
        #expect(CodecFixtures.problems { _ = try OperationFile.decode("a: &x 1\nb: *x\n", file: "op.yaml") }.count == 2)
        #expect(CodecFixtures.problems { _ = try OperationFile.decode(bytes: [0x7B, 0xFF, 0x7D], file: "op.json") } ==
                ["1:2: invalid UTF-8 at byte offset 1; Pledge reads UTF-8 text only"])
        #expect(CodecFixtures.problems { _ = try OperationFile.decodeJSONLines(bytes: [0x7B, 0x00, 0x7D], file: "op.jsonl") } ==
                ["1:2: binary content: control byte 0x00 at byte offset 1; this is not a text file"])
    }

    @Test func loadPicksJSONLinesByExtension() throws {
        let folder = try CodecFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = folder.appendingPathComponent("ops.jsonl")
        try Data("{\"action\": \"share\", \"data\": \"user\"}\n{\"action\": \"sell\", \"data\": \"user\"}\n".utf8).write(to: lines)
        #expect(try OperationFile.load(path: lines.path).map(\.action) == ["share", "sell"])
        let yaml = folder.appendingPathComponent("ops.yaml")
        try Data("action: share\ndata: user\n".utf8).write(to: yaml)
        #expect(try OperationFile.load(path: yaml.path).map(\.location) == [SourceLocation(file: yaml.path, line: 1, column: 1)])
        #expect(CodecFixtures.problems { _ = try OperationFile.load(path: folder.appendingPathComponent("none.yaml").path) } ==
                ["0:0: cannot read: No such file or directory"])
    }
}
