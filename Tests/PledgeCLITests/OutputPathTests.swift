import Foundation
import Testing

/// `extract -o DIR` writes only inside DIR, one rule file per policy version: a path
/// component that is no plain name is refused, and two sources of one rule file are
/// refused naming both; nothing is written in either case. A rule file is told from a
/// policy text by its extension alone, by every command alike.
@Suite struct OutputPathTests {
    static let policy = CLIRunner.packageRoot.appendingPathComponent("Policies/clickandchat/2010-09-14.md")

    func folder(with files: [String]) throws -> URL {
        let folder = try CLIRunner.temporaryFolder()
        for name in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.policy, to: url)
        }
        return folder
    }

    func everything(under folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func aParentFolderIsNoPolicyID() throws {
        let folder = try self.folder(with: ["p.md", "sub/keep"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["extract", "sub/../p.md", "-o", "out"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("sub/../p.md: error: cannot name the rule file: its folder '..' is not a name"))
        #expect(everything(under: folder) == ["p.md", "sub", "sub/keep"])
    }

    @Test func aHiddenFileNameIsRefused() throws {
        let folder = try self.folder(with: ["acme/.x.md"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["extract", "acme/.x.md", "-o", "out"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("acme/.x.md: error: cannot name the rule file: its file name '.x'"))
    }

    @Test func twoSourcesOfOneRuleFileAreRefusedNamingBoth() throws {
        let folder = try self.folder(with: ["policies/acme/2024.md", "policies/acme/2024.txt", "policies/acme/2024.html"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = [
            (["extract", "policies", "-o", "out"], ["policies/acme/2024.md: error: writes acme/2024.yaml, as policies/acme/2024.html does; keep one of the two",
                                                     "policies/acme/2024.txt: error: writes acme/2024.yaml, as policies/acme/2024.html does; keep one of the two"]),
            (["extract", "policies/acme/2024.md", "policies/acme/2024.txt", "-o", "out"],
             ["policies/acme/2024.txt: error: writes acme/2024.yaml, as policies/acme/2024.md does; keep one of the two"]),
        ]
        for (arguments, messages) in cases {
            let result = try CLIRunner.run(arguments, in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.split(separator: "\n").map(String.init) == messages)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        }
    }

    @Test func aJSONRuleFileIsReadAsRulesByEveryCommand() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = #"{"pledge": 1, "policy": {"id": "acme"}, "rules": [{"id": "no-sale", "effect": "deny", "action": ["sell"], "source": {"line": 1, "text": "We never sell data."}}]}"#
        try json.write(to: folder.appendingPathComponent("rules.json"), atomically: true, encoding: .utf8)
        try json.write(to: folder.appendingPathComponent("rules.conf"), atomically: true, encoding: .utf8)
        try #"{"action": "sell", "data": ["user.contact.email"]}"#.write(to: folder.appendingPathComponent("op.json"), atomically: true, encoding: .utf8)
        let check = try CLIRunner.run(["check", "--rules", "rules.json", "op.json"], in: folder)
        #expect(check.status == 1)
        #expect(check.stdout.contains("deny"))
        let diff = try CLIRunner.run(["diff", "rules.json", "rules.json"], in: folder)
        #expect(diff.status == 0)
        #expect(diff.stdout.contains("equivalent"))
        // Neither a rule file nor a policy text: refused by every command, not guessed.
        for arguments in [["validate", "rules.conf"], ["check", "--rules", "rules.conf", "op.json"], ["lint", "rules.conf"], ["diff", "rules.conf", "rules.json"]] {
            let result = try CLIRunner.run(arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("rules.conf"), "\(arguments)")
        }
    }
}
