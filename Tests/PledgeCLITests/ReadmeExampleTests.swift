import Foundation
import Testing

/// The README's examples are what a newcomer copies first: they must stay valid.
@Suite struct ReadmeExampleTests {
    /// The README's ```yaml blocks, in order.
    private func yamlBlocks() throws -> [String] {
        let readme = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        return readme.components(separatedBy: "```yaml\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
    }

    private func write(_ text: String, as name: String) throws -> String {
        let file = try CLIRunner.temporaryFolder().appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func theRuleFileExampleIsValid() throws {
        let example = try #require(yamlBlocks().first { $0.hasPrefix("pledge: 1") })
        let result = try CLIRunner.run(["validate", try write(example, as: "example.yaml")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("valid, 3 rules"))
    }

    @Test func theOperationsExampleIsCheckedAgainstTheRuleFileExample() throws {
        let blocks = try yamlBlocks()
        let rules = try #require(blocks.first { $0.hasPrefix("pledge: 1") })
        let operations = try #require(blocks.first { $0.contains("id: weekly-newsletter") })
        let result = try CLIRunner.run(["check", "--rules", try write(rules, as: "rules.yaml"), try write(operations, as: "ops.yaml")])
        // The newsletter goes to someone who opted out, which the marketing permission promises not to
        // do (its opt-out is a promise); nothing speaks of keeping cards. Neither is allowed.
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("deny: weekly-newsletter"))
        #expect(result.stdout.contains("forbidden, as the clause promises"))
        #expect(result.stdout.contains("not_covered: keep-card-for-refunds"))
        #expect(result.stderr.isEmpty)
    }

    @Test func theReviewAndTestExamplesAreValidAndTheReviewIsTheBundledOne() throws {
        let blocks = try yamlBlocks()
        let review = try #require(blocks.first { $0.hasPrefix("pledge-review: 1") })
        let tests = try #require(blocks.first { $0.hasPrefix("pledge-test: 1") })
        let result = try CLIRunner.run(["validate", try write(review, as: "x.review.yaml"), try write(tests, as: "x.test.yaml")])
        #expect(result.status == 0, "\(result.stderr)")
        // The example's hashes and fingerprint are those of the bundled ClickAndChat review: it applies as shown.
        let bundled = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Rules/clickandchat/2011-12-01.review.yaml"), encoding: .utf8)
        for line in review.split(separator: "\n") where line.contains("sentence_sha256:") || line.contains("draft:") || line.contains("purpose: [") {
            #expect(bundled.contains(line), "\(line)")
        }
    }
}
