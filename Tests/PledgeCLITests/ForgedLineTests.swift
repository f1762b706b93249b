import Foundation
import Testing

/// No input can print a line of its own or reorder what a reader sees: line breaks,
/// control characters and bidirectional overrides in rule ids, clauses, policy ids,
/// reasons and paths are shown escaped by every text report and message, and SARIF
/// `uri`s are percent-encoded.
@Suite struct ForgedLineTests {
    static let forged = "\\n::error file=ci.yml::forged\\u202E\\u001B[2J"

    static var ruleFile: String {
        """
        pledge: 1
        policy: {id: "acme\(forged)", source: "p.md"}
        rules:
          - {id: "allow\(forged)", effect: allow, action: [use], data: [user], source: {line: 1, text: "We use data.\(forged)"}}
          - {id: "deny\(forged)", effect: deny, action: [use], data: [user.contact.email], source: {line: 2, text: "Never e-mail.\(forged)"}}
        unmapped:
          - {line: 3, text: "We may share data.\(forged)", reason: "no data object\(forged)"}
        """
    }

    /// Every line printed, on either stream: none starts a workflow command, none holds a raw control or override.
    func expectNoForgedLine(_ result: CLIRunner.Result, _ arguments: [String], allowingCommands: Bool = false) {
        for line in (result.stdout + result.stderr).split(separator: "\n") {
            #expect(!line.hasPrefix("::error file=ci.yml"), "\(arguments): \(line)")
            if !allowingCommands { #expect(!line.hasPrefix("::"), "\(arguments): \(line)") }
            #expect(!line.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{1B}" || $0 == "\r" }, "\(arguments): \(line)")
        }
    }

    @Test func reportsOfEveryCommandEscapeWhatTheInputHolds() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.ruleFile.write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        try "# Acme\n\nWe never sell your data.\n".write(to: folder.appendingPathComponent("old.yaml.md"), atomically: true, encoding: .utf8)
        let operation = #"{"id": "op\n::error file=ci.yml::forged\u202E", "action": "use", "data": ["user.contact.email"]}"#
        try operation.write(to: folder.appendingPathComponent("op.json"), atomically: true, encoding: .utf8)
        let runs: [([String], Bool)] = [
            (["lint", "rules.yaml"], false), (["diff", "old.yaml.md", "rules.yaml"], false), (["diff", "rules.yaml", "old.yaml.md"], false),
            (["check", "--rules", "rules.yaml", "op.json"], false), (["check", "--rules", "rules.yaml", "op.json", "--format", "github"], true),
            (["validate", "rules.yaml"], false),
        ]
        for (arguments, commands) in runs {
            let result = try CLIRunner.run(arguments, in: folder)
            #expect(result.status != 2, "\(arguments): \(result.stderr)")
            expectNoForgedLine(result, arguments, allowingCommands: commands)
        }
        let lint = try CLIRunner.run(["lint", "rules.yaml"], in: folder)
        #expect(lint.stdout.contains(#"\u{A}::error file=ci.yml::forged\u{202E}\u{1B}[2J"#))
    }

    @Test func pathsInMessagesAndWrittenLinesAreEscaped() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let policies = folder.appendingPathComponent("policies/acme")
        try FileManager.default.createDirectory(at: policies, withIntermediateDirectories: true)
        try "# Acme\n\nWe never sell your data.\n".write(to: policies.appendingPathComponent("2024.md"), atomically: true, encoding: .utf8)
        let out = "out\n::error file=ci.yml::forged\u{1B}[31m\u{202E}"
        let extract = try CLIRunner.run(["extract", "policies", "-o", out], in: folder)
        #expect(extract.status == 0, "\(extract.stderr)")
        #expect(extract.stdout.hasPrefix(#"wrote out\u{A}::error file=ci.yml::forged\u{1B}[31m\u{202E}/acme/2024.yaml: "#))
        expectNoForgedLine(extract, ["extract"])
        let missing = try CLIRunner.run(["validate", "no\nsuch\u{202E}.yaml"], in: folder)
        #expect(missing.status == 2)
        expectNoForgedLine(missing, ["validate"])
    }

    @Test func sarifURIsArePercentEncoded() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.ruleFile.replacingOccurrences(of: "source: \"p.md\"", with: "source: \"a b%#?.md\"")
            .write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        try #"{"action": "use", "data": ["user.contact.email"]}"#.write(to: folder.appendingPathComponent("my op#1.json"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["check", "--rules", "rules.yaml", "my op#1.json", "--format", "sarif"], in: folder)
        #expect(result.status == 1)
        let uris = result.stdout.split(separator: "\n").filter { $0.contains("\"uri\"") }.map { $0.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces) }
        #expect(uris.contains { $0.contains("my%20op%231.json") })
        #expect(uris.contains { $0.contains("a%20b%25%23%3F.md") })
        #expect(!uris.contains { $0.contains(" ") || $0.contains("#") })
    }
}
