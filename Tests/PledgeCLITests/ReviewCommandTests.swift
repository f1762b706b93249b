import Foundation
import Testing

/// `pledge review`: the worksheet of a fixture policy with one review of each kind and one
/// rule left unreviewed, in Markdown and HTML, and the sign-off gate.
@Suite struct ReviewCommandTests {
    let policy = "Tests/PledgeCLITests/Golden/review/Policies/acme/2024-01-01.md"
    let rules = "Tests/PledgeCLITests/Golden/review/Rules"

    @Test func markdownMatchesGoldenWithCountsAtTheTop() throws {
        let result = try CLIRunner.run(["review", policy, "--rules", rules])
        #expect(result.status == 0)
        #expect(result.stdout == (try CLIRunner.golden("review/acme.md")))
        let top = result.stdout.components(separatedBy: "## Sentences")[0]
        #expect(top.contains("| **unreviewed rules** | **1** |"))
        #expect(top.contains("| **unreviewed practice sentences** | **1** |"))
        #expect(result.stderr == "\(policy): 1 of 4 rules unreviewed, 1 of 4 practice sentences unreviewed, 0 stale reviews\n")
    }

    @Test func htmlIsSelfContainedAndMatchesGolden() throws {
        let result = try CLIRunner.run(["review", policy, "--rules", rules, "--format", "html"])
        #expect(result.status == 0)
        #expect(result.stdout == (try CLIRunner.golden("review/acme.html")))
        for outside in ["<script", "src=", "href=", "@import", "url("] { #expect(!result.stdout.contains(outside)) }
    }

    @Test func failOnUnreviewedGatesSignOff() throws {
        #expect(try CLIRunner.run(["review", policy, "--rules", rules, "--fail-on", "unreviewed"]).status == 1)
        #expect(try CLIRunner.run(["review", "Policies/clickandchat/2011-12-01.md", "--fail-on", "unreviewed"]).status == 0)
        let bad = try CLIRunner.run(["review", "Policies"])
        #expect(bad.status == 2)
    }

    @Test func everyBundledPolicyIsFullyReviewed() throws {
        for path in try FileManager.default.subpathsOfDirectory(atPath: CLIRunner.packageRoot.appendingPathComponent("Policies").path).sorted()
        where path.hasSuffix(".md") && path.contains("/") {
            let result = try CLIRunner.run(["review", "Policies/\(path)", "--fail-on", "unreviewed", "--format", "html"])
            #expect(result.status == 0, "\(path): \(result.stderr)")
            #expect(result.stderr.contains(": 0 of ") && result.stderr.contains("rules unreviewed, 0 of ") && result.stderr.hasSuffix(", 0 stale reviews\n"))
        }
    }
}
