import Foundation
import Testing

/// Hostile operation files, policies and taxonomies through `pledge`: every problem is
/// reported with its place, the exit status is 2, and no operation is reported allowed.
@Suite struct BadOperationInputTests {
    let rules = "Tests/PledgeCLITests/Golden/check/clickandchat.yaml"
    let nothing = "error: no operation to check; an empty input would pass every check, so give at least one"

    /// Writes `files` into a new folder and runs `pledge check --rules RULES` on them, in that folder.
    func check(_ files: [(String, [UInt8])], extra: [String] = [], stdin: String? = nil) throws -> CLIRunner.Result {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in files {
            #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data(bytes)))
        }
        let absoluteRules = CLIRunner.packageRoot.appendingPathComponent(rules).path
        return try CLIRunner.run(["check", "--rules", absoluteRules] + files.map(\.0) + extra, stdin: stdin, in: folder)
    }

    @Test func nothingToCheckFailsClosed() throws {
        let empty = try check([], stdin: "")
        #expect(empty.status == 2)
        #expect(empty.stderr == "<stdin>:1:1: \(nothing)\n")
        #expect(empty.stdout.isEmpty)
        let lists = try check([("ops.json", Array("[]".utf8)), ("ops.jsonl", Array("\n\n".utf8))], extra: ["--allow-uncovered"])
        #expect(lists.status == 2)
        #expect(lists.stderr == "ops.json:1:1: \(nothing)\nops.jsonl:1:1: \(nothing)\n")
    }

    @Test(arguments: [
        ("binary.yaml", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00], "binary.yaml:1:1: error: binary content: control byte 0x7F at byte offset 0; this is not a text file"),
        ("latin1.json", Array(#"{"action": "use", "data": ["caf"#.utf8) + [0xE9] + Array(#""]}"#.utf8),
         "latin1.json:1:32: error: invalid UTF-8 at byte offset 31; Pledge reads UTF-8 text only"),
        ("empty.yaml", [], "empty.yaml:1:1: error: the file is empty"),
        ("comments.yaml", Array("# nothing yet\n\n# still nothing\n".utf8), "comments.yaml:1:1: error: the file is empty"),
        ("dup.json", Array(#"{"action": "use", "action": "sell", "data": ["user"]}"#.utf8),
         "dup.json:1:19: error: duplicate key 'action'; it is first given at 1:2"),
        ("numbers.json", Array(#"{"action": 5, "data": ["user"], "purpose": true}"#.utf8),
         "numbers.json:1:12: error: 'action' must be a string, found the number 5\nnumbers.json:1:44: error: 'purpose' must be a string, found the boolean true"),
        ("nodata.yaml", Array("action: use\ndata: []\n".utf8), "nodata.yaml:2:7: error: 'data' is an empty list; list at least one entry or omit the key"),
        ("fact.yaml", Array("action: use\ndata: [user]\ncontext: [full_moon]\n".utf8), "fact.yaml:3:11: error: unknown context fact 'full_moon'"),
        ("keep.yaml", Array("action: use\ndata: [user.contact.email]\nretention: P5Y\n".utf8),
         "keep.yaml:3:12: error: 'retention' applies to the retain action only, and 'use' does not retain; remove it or use 'action: retain'"),
        ("deep.json", Array((String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)).utf8),
         "deep.json:1:33: error: nesting deeper than 32 levels; a Pledge file never needs more"),
        ("deep.yaml", Array((0..<200).map { String(repeating: "  ", count: $0) + "- x:\n" }.joined().utf8),
         "deep.yaml:17:33: error: nesting deeper than 32 levels; a Pledge file never needs more"),
    ] as [(String, [UInt8], String)])
    func badFileIsExit2WithItsPlace(_ name: String, _ bytes: [UInt8], _ expected: String) throws {
        let result = try check([(name, bytes)])
        #expect(result.status == 2)
        #expect(result.stderr == expected + "\n")
        #expect(result.stdout.isEmpty)
    }

    /// JSON Lines stream: each line stands alone. A bad line is reported with its place
    /// and fails the run (exit 2); the sound lines around it are still decided and written.
    @Test func aBadLineOfJSONLinesFailsTheRunAndTheOthersAreStillDecided() throws {
        let good = #"{"action": "use", "data": ["user.contact.email"], "purpose": "essential.service"}"#
        let text = [good, #"{"action": "use", "data": ["user"]"#, good, #"{"action": "sel", "data": ["user"]}"#, "[1]", good].joined(separator: "\n")
        for (files, input, name) in [([("ops.jsonl", Array(text.utf8))], nil, "ops.jsonl"), ([], text, "<stdin>")] as [([(String, [UInt8])], String?, String)] {
            let result = try check(files, stdin: input)
            #expect(result.status == 2)
            #expect(result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix(name + ":") }.map { $0.prefix(name.count + 4) }
                    == ["\(name):1:1", "\(name):3:1", "\(name):6:1"].map { $0[...] })
            #expect(result.stdout.contains("3 operations checked against"))
            #expect(result.stderr == """
                \(name):2:35: error: malformed JSON: expected ',' or '}', found the end of the line
                \(name):4:12: error: unknown action 'sel'; did you mean 'sell'?
                \(name):5:1: error: each line of JSON Lines input must be one JSON object

                """)
        }
    }

    /// No limit on a stream's size, one on a line's: an over-long line is reported and
    /// skipped, the lines after it are read.
    @Test func aLineOverTheLimitIsReportedAndSkipped() throws {
        let good = #"{"action": "use", "data": ["user.contact.email"], "purpose": "essential.service"}"#
        let long = #"{"id": ""# + String(repeating: "x", count: (1 << 20) + 10) + #"", "action": "use", "data": ["user"]}"#
        let result = try check([("ops.jsonl", Array([good, long, good].joined(separator: "\n").utf8))])
        #expect(result.status == 2)
        #expect(result.stderr == "ops.jsonl:2:1: error: the line is longer than 1 MiB; it is not read\n")
        #expect(result.stdout.contains("\nops.jsonl:3:1: ") && result.stdout.hasPrefix("ops.jsonl:1:1: "))
        #expect(result.stdout.contains("2 operations checked against"))
    }

    @Test func aFileOverTheLimitIsRefusedWithoutReadingIt() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.json").path
        // A sparse 70 MiB file: refused from its size, so the test costs no memory.
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, 70 << 20) == 0)
        let result = try CLIRunner.run(["check", "--rules", rules, path])
        #expect(result.status == 2)
        #expect(result.stderr == "\(path): error: the file is 70 MiB, over the limit of 64 MiB; it is not read\n")
    }

    @Test func aPolicyWithNoRulesDecidesNothingAndSaysSo() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("readme.md").path
        #expect(FileManager.default.createFile(atPath: text, contents: Data("# Our product\n\nIt is fast and it is blue.\n".utf8)))
        let ops = folder.appendingPathComponent("ops.yaml").path
        #expect(FileManager.default.createFile(atPath: ops, contents: Data("action: sell\ndata: [user]\n".utf8)))
        let checked = try CLIRunner.run(["check", "--rules", text, ops, "--allow-uncovered"])
        #expect(checked.status == 2)
        #expect(checked.stderr == "\(text): error: the policy has no rules, so it decides nothing (every operation would be not covered); is this the right file?\n")
        #expect(checked.stdout.isEmpty)
        let linted = try CLIRunner.run(["lint", text])
        #expect(linted.status == 1)
        #expect(linted.stdout.contains("\(text): error: [no-rules] the policy has no rules"))
        let diffed = try CLIRunner.run(["diff", text, text, "--fail-on", "any-change"])
        #expect(diffed.status == 2)
        #expect(diffed.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("\(text): error: the policy has no rules") }.count == 2)
    }

    @Test func diffOfAFileWithItselfIsEquivalent() throws {
        for file in [rules, "Policies/clickandchat/2011-12-01.md"] {
            let result = try CLIRunner.run(["diff", file, file, "--fail-on", "any-change"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("verdict: equivalent"))
            #expect(result.stderr.isEmpty)
        }
    }

    @Test(arguments: [
        ("pledge-taxonomy: 1\ndata:\n  user.pet: {parent: user, phrases: [pet]}\n  user.pet: {parent: user}\n",
         "4:3: error: duplicate key 'user.pet'; it is first given at 3:3"),
        ("pledge-taxonomy: 1\nx: &a [1]\ny: *a\n", "2:4: error: anchor '&a' is not allowed"),
        ("pledge-taxonomy: 1\ndata: \u{0}\n", "2:7: error: binary content: control byte 0x00 at byte offset 25; this is not a text file"),
        ("pledge-taxonomy: 1\ndata:\n  pets.cat: {parent: pets}\n", "3:22: error: parent 'pets' of 'pets.cat' is not defined before it"),
        ("pledge-taxonomy: 1\ndata:\n  user: {parent: user.contact}\n",
         "3:18: error: 'user' is already in the vocabulary, at the top; a taxonomy file may add phrases and children to it but not move it"),
    ])
    func aHostileTaxonomyIsExit2WithItsPlace(_ text: String, _ expected: String) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("taxonomy.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        let result = try CLIRunner.run(["check", "--rules", rules, "--taxonomy", path], stdin: #"{"action": "use", "data": ["user"]}"#)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(path):\(expected)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func anOperationIdCannotForgeALineOrColourTheTerminal() throws {
        let forged = #"{"id": "x\n\nops.jsonl:1:1: allow: fine\u001b[32m", "action": "sell", "data": ["user.contact.email"], "recipient": "advertiser"}"#
        let result = try check([("ops.jsonl", Array(forged.utf8))])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix(#"ops.jsonl:1:1: deny: x\u{A}\u{A}ops.jsonl:1:1: allow: fine\u{1B}[32m"# + "\n"))
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.split(separator: "\n").filter { $0.contains(": allow: ") }.count == 1)
    }
}

