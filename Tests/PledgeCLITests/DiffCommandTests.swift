import Foundation
import Testing

@Suite struct DiffCommandTests {
    let old = "Tests/PledgeCLITests/Golden/diff/old.yaml"
    let new = "Tests/PledgeCLITests/Golden/diff/new.yaml"
    let reworded = "Tests/PledgeCLITests/Golden/diff/reworded.yaml"

    @Test(arguments: [("text", "txt"), ("json", "json"), ("markdown", "md"), ("html", "html")])
    func reportMatchesGolden(_ format: String, _ ext: String) throws {
        let result = try CLIRunner.run(["diff", old, new, "--format", format])
        #expect(result.status == 0)
        #expect(result.stdout == (try CLIRunner.golden("diff/old-new.\(ext)")))
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let html = try CLIRunner.run(["diff", old, new, "--format", "html"]).stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://") && !html.contains("<link"))
        #expect(html.contains("&amp; &quot;friends&quot; to show you &lt;b&gt;relevant&lt;/b&gt; ads"))
        #expect(!html.contains("<b>relevant</b>"))
    }

    @Test func jsonNamesTheVerdictAndEveryWitness() throws {
        let result = try CLIRunner.run(["diff", old, new, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["verdict"] as? String == "more_permissive")
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.compactMap { $0["kind"] as? String } == ["newly_allowed", "no_longer_covered"])
        let removed = try #require(object["removed"] as? [[String: Any]])
        #expect(removed.contains { $0["rule"] as? String == "notify-changes" && $0["effect"] as? String == "require" })
    }

    @Test func rewordedAndRenumberedClausesAreEquivalent() throws {
        let result = try CLIRunner.run(["diff", old, reworded, "--fail-on", "any-change"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("verdict: equivalent"))
        #expect(result.stdout.contains("0 clauses removed, 0 added"))
    }

    @Test func failOnGatesMatchTheVerdict() throws {
        // old → new is more permissive; new → old is less permissive.
        #expect(try CLIRunner.run(["diff", old, new, "--fail-on", "more-permissive"]).status == 1)
        #expect(try CLIRunner.run(["diff", old, new, "--fail-on", "less-permissive"]).status == 0)
        #expect(try CLIRunner.run(["diff", old, new, "--fail-on", "incomparable"]).status == 0)
        #expect(try CLIRunner.run(["diff", old, new, "--fail-on", "any-change"]).status == 1)
        #expect(try CLIRunner.run(["diff", new, old, "--fail-on", "less-permissive"]).status == 1)
        #expect(try CLIRunner.run(["diff", new, old, "--fail-on", "more-permissive"]).status == 0)
        #expect(try CLIRunner.run(["diff", old, new]).status == 0)
    }

    @Test func badInputExitsTwo() throws {
        let missing = try CLIRunner.run(["diff", old, "missing.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("missing.yaml"))
        #expect(try CLIRunner.run(["diff", old, new, "--fail-on", "sometimes"]).status != 0)
        #expect(try CLIRunner.run(["diff", old, new, "--fail-on", "sometimes"]).status != 1)
    }
}
