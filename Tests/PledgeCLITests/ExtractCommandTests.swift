import Foundation
import Testing

/// `pledge extract` end to end. The committed Rules/ files are the golden output.
@Suite struct ExtractCommandTests {
    @Test func committedRulesAreCurrent() throws {
        let result = try CLIRunner.run(["extract", "--check", "Policies", "-o", "Rules"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test func aSingleFileGoesToStandardOutputAsItsGoldenRuleFile() throws {
        let result = try CLIRunner.run(["extract", "Policies/clickandchat/2011-12-01.md", "--reviews", "Rules"])
        #expect(result.status == 0)
        let golden = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Rules/clickandchat/2011-12-01.yaml"), encoding: .utf8)
        #expect(result.stdout == golden)
        // Without the reviews it is the extractor's draft: nothing signed off.
        let draft = try CLIRunner.run(["extract", "Policies/clickandchat/2011-12-01.md"])
        #expect(draft.status == 0)
        #expect(!draft.stdout.contains("review:"))
        #expect(draft.stdout != golden)
    }

    @Test func aFolderWritesOneRuleFilePerPolicyAndCheckNamesEveryDrift() throws {
        let out = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let write = try CLIRunner.run(["extract", "Policies", "-o", out.path])
        #expect(write.status == 0, "\(write.stderr)")
        #expect(write.stdout.split(separator: "\n").filter { $0.hasPrefix("wrote \(out.path)/") && $0.contains(" rules, ") }.count == 6)
        let written = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("clicktale").path).sorted()
        #expect(written == ["2006-12-30.yaml", "2007-12-28.yaml", "2010-04-26.yaml", "2018-04-07.yaml"])
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("SOURCES.yaml").path))
        let current = try CLIRunner.run(["extract", "--check", "Policies", "-o", out.path])
        #expect(current.status == 0)
        #expect(current.stdout == "\(out.path): all 6 rule files match their policies\n")

        let stale = out.appendingPathComponent("clicktale/2010-04-26.yaml")
        try "pledge: 1\n".write(to: stale, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: out.appendingPathComponent("clickandchat/2010-09-14.yaml"))
        try "pledge: 1\n".write(to: out.appendingPathComponent("clicktale/1999-01-01.yaml"), atomically: true, encoding: .utf8)
        let check = try CLIRunner.run(["extract", "--check", "Policies", "-o", out.path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("clicktale/2010-04-26.yaml: error: stale"))
        #expect(check.stderr.contains("clickandchat/2010-09-14.yaml: error: missing"))
        #expect(check.stderr.contains("clicktale/1999-01-01.yaml: error: extra"))
        #expect(try String(contentsOf: stale, encoding: .utf8) == "pledge: 1\n")   // --check writes nothing
    }

    @Test func badInputExitsTwoNamingThePlace() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("binary.md")
        try Data("We keep data.\nab\u{0}c".utf8).write(to: binary)
        let result = try CLIRunner.run(["extract", binary.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("binary.md:2:3: error: the policy text is binary"))

        let notUTF8 = folder.appendingPathComponent("latin1.md")
        try Data([0x57, 0x65, 0x20, 0xe9, 0x0a]).write(to: notUTF8)
        #expect(try CLIRunner.run(["extract", notUTF8.path]).stderr.contains("latin1.md:1:4: error: the policy text is not valid UTF-8"))
        #expect(try CLIRunner.run(["extract", "no/such/policy.md"]).status == 2)
        #expect(try CLIRunner.run(["extract", "Policies"]).status == 2)                 // several policies need -o
        #expect(try CLIRunner.run(["extract", "--check", "Policies"]).status == 2)      // --check needs -o
    }

    @Test func readsHTML() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("acme/2024-01-01.html")
        try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "<html><body><h1>Acme</h1><p>We will never sell your email address.</p></body></html>".write(to: page, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["extract", page.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("id: acme"))
        #expect(result.stdout.contains("id: deny-sell-email"))
    }
}
