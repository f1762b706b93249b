import Foundation
import Testing

@Suite struct LintCommandTests {
    let card = "Tests/PledgeCLITests/Golden/lint/card.yaml"
    let clean = "Tests/PledgeCLITests/Golden/lint/clean.yaml"

    @Test func textReportMatchesGoldenAndFailsOnErrors() throws {
        let result = try CLIRunner.run(["lint", card])
        #expect(result.status == 1)
        #expect(result.stdout == (try CLIRunner.golden("lint/card.txt", updatingWith: result.stdout)))
        #expect(result.stdout.contains("retain user.financial.credit_card"))
    }

    @Test func jsonReportMatchesGoldenAndParses() throws {
        let result = try CLIRunner.run(["lint", card, "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout == (try CLIRunner.golden("lint/card.json", updatingWith: result.stdout)))
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let findings = try #require(object?["findings"] as? [[String: Any]])
        #expect(findings.contains { ($0["check"] as? String) == "duty-contradicts-permission" && $0["witness"] != nil })
    }

    @Test(arguments: [("markdown", "md"), ("html", "html")])
    func reviewerFormatsMatchGoldens(_ format: String, _ ext: String) throws {
        let result = try CLIRunner.run(["lint", card, "--format", format])
        #expect(result.status == 1)
        #expect(result.stdout == (try CLIRunner.golden("lint/card.\(ext)", updatingWith: result.stdout)))
    }

    @Test func checkAndSeverityFiltersKeepOnlyWhatTheyName() throws {
        func findings(_ options: [String]) throws -> (status: Int32, checks: [String], severities: [String]) {
            let result = try CLIRunner.run(["lint", card, "--format", "json"] + options)
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let list = (object?["findings"] as? [[String: Any]]) ?? []
            return (result.status, list.compactMap { $0["check"] as? String }, list.compactMap { $0["severity"] as? String })
        }
        let all = try findings([])
        let duty = try findings(["--check", "duty-contradicts-permission"])
        #expect(!duty.checks.isEmpty && duty.checks.allSatisfy { $0 == "duty-contradicts-permission" })
        #expect(duty.checks.count == all.checks.filter { $0 == "duty-contradicts-permission" }.count)
        let two = try findings(["--check", "vague-wording", "--check", "coverage-gap"])
        #expect(Set(two.checks) == ["vague-wording", "coverage-gap"] && two.checks.count == all.checks.filter { $0 == "vague-wording" || $0 == "coverage-gap" }.count)
        // Only an info and a warning are left: nothing fails.
        #expect(two.status == 0 && all.status == 1)
        let warnings = try findings(["--severity", "warning"])
        #expect(!warnings.severities.contains("info") && warnings.severities.count == all.severities.filter { $0 != "info" }.count)
        let unknown = try CLIRunner.run(["lint", card, "--check", "no-such-check"])
        #expect(unknown.status != 0 && unknown.status != 1)
        #expect(unknown.stderr.contains("no-such-check") && unknown.stderr.contains("duty-contradicts-permission"))
        #expect(try CLIRunner.run(["lint", card, "--severity", "fatal"]).status > 1)
    }

    @Test func policyTextIsEscapedInEveryReviewerFormat() throws {
        let rules = """
            pledge: 1
            policy: {id: esc, source: esc.md}
            rules:
              - {id: a, effect: allow, action: [sell], data: [user], source: {line: 1, text: "We may sell <b>data</b> | *all* of it, such as [x](http://evil)."}}
              - {id: b, effect: deny, action: [sell], data: [user], source: {line: 2, text: "We never sell."}}
            """
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("esc.yaml")
        try rules.write(to: file, atomically: true, encoding: .utf8)
        let html = try CLIRunner.run(["lint", file.path, "--format", "html"]).stdout
        #expect(html.contains("We may sell &lt;b&gt;data&lt;/b&gt; | *all* of it") && !html.contains("<b>data</b>"))
        #expect(ReportStructure.unresolvedAnchors(html).isEmpty && ReportStructure.duplicateIDs(html).isEmpty)
        let markdown = try CLIRunner.run(["lint", file.path, "--format", "markdown"]).stdout
        #expect(markdown.contains("We may sell \\<b\\>data\\</b\\> \\| \\*all\\* of it, such as \\[x\\](http://evil)."))
    }

    @Test func findingsOfOneCheckOnOneClauseAreOneGroup() throws {
        let json = try CLIRunner.run(["lint", "Policies/clickandchat/2011-12-01.md", "--format", "json"]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let duties = ((object["findings"] as? [[String: Any]]) ?? []).filter { $0["check"] as? String == "duty-contradicts-permission" }
        let firstClauses = Set(duties.compactMap { (($0["clauses"] as? [[String: Any]])?.first?["line"] as? Int) })
        let text = try CLIRunner.run(["lint", "Policies/clickandchat/2011-12-01.md"]).stdout
        // One duty contradicting many permissions: one group, its clause quoted once.
        #expect(firstClauses.count == 1 && duties.count > 1)
        #expect(text.contains("[duty-contradicts-permission] \(duties.count) findings on one clause:"))
        #expect(text.components(separatedBy: "[duty-contradicts-permission]").count - 1 == 2)
    }

    @Test func cleanPolicyExitsZeroEvenWhenStrict() throws {
        let result = try CLIRunner.run(["lint", clean, "--strict"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0 findings"))
    }

    @Test func strictFailsOnWarnings() throws {
        let rules = """
            pledge: 1
            policy: {id: warn, source: warn.md}
            rules:
              - {id: a, effect: deny, action: [sell], data: [user], source: {line: 1, text: "We never sell."}}
              - {id: b, effect: deny, action: [sell], data: [user.contact], source: {line: 2, text: "We never sell contact data."}}
            """
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("warn.yaml")
        try rules.write(to: file, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["lint", file.path]).status == 0)
        let strict = try CLIRunner.run(["lint", file.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("[shadowed-rule]"))
    }

    @Test func badInputExitsTwoNamingTheFile() throws {
        let missing = try CLIRunner.run(["lint", "no/such/rules.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no/such/rules.yaml"))
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("binary.md")
        try Data([0x57, 0x65, 0xFF, 0xFE, 0x00, 0x01]).write(to: binary)
        let notText = try CLIRunner.run(["lint", binary.path])
        #expect(notText.status == 2)
        #expect(notText.stderr.contains("binary.md:1"))
        let version = dir.appendingPathComponent("future.yaml")
        try "pledge: 2\npolicy: {id: x}\nrules: []\n".write(to: version, atomically: true, encoding: .utf8)
        let unknownVersion = try CLIRunner.run(["lint", version.path])
        #expect(unknownVersion.status == 2)
        #expect(unknownVersion.stderr.contains("future.yaml:1:"))
        let format = try CLIRunner.run(["lint", card, "--format", "sarif"])
        #expect(format.status != 0 && format.status != 1)
    }
}

/// A real policy, extracted on the fly and linted.
@Suite struct RealPolicyLintTests {
    @Test func clickandchatDeletionDutyContradictsKeepingDataForFutureUsage() throws {
        let result = try CLIRunner.run(["lint", "Policies/clickandchat/2011-12-01.md", "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let contradiction = findings.first { f in
            f["check"] as? String == "duty-contradicts-permission"
                && ((f["clauses"] as? [[String: Any]]) ?? []).contains { ($0["text"] as? String ?? "").contains("delete all your Registration Data") }
        }
        let finding = try #require(contradiction, "\(findings.map { $0["message"] ?? "" })")
        let witness = try #require(finding["witness"] as? [String: Any])
        #expect((witness["context"] as? [String])?.contains("account_cancelled") == true)
    }
}
