import Foundation
import Testing

/// `pledge test`: a fixture with a pass, a failure and a known difference in each format,
/// and the bundled policies' tests.
@Suite struct TestCommandTests {
    let tests = "Tests/PledgeCLITests/Golden/test/clickandchat.test.yaml"

    @Test(arguments: [("text", "txt"), ("json", "json"), ("junit", "junit.xml")])
    func reportMatchesGoldenAndFailsOnAFailure(_ format: String, _ ext: String) throws {
        let result = try CLIRunner.run(["test", tests, "--format", format])
        #expect(result.status == 1)
        #expect(result.stdout == (try CLIRunner.golden("test/clickandchat.\(ext)")))
    }

    @Test func aFailureShowsExpectedActualAndTheDecidingClause() throws {
        let out = try CLIRunner.run(["test", tests]).stdout
        #expect(out.contains("""
              expected: allow
              actual:   deny (denied by delete-on-cancellation
            """))
        #expect(out.contains("deciding: delete-on-cancellation [unreviewed] (Policies/clickandchat/2011-12-01.md:84): \"ClickAndChat will delete all your Registration Data from its database.\""))
        let json = try JSONSerialization.jsonObject(with: Data(try CLIRunner.run(["test", tests, "--format", "json"]).stdout.utf8)) as? [String: Any]
        let summary = json?["summary"] as? [String: Any]
        #expect(summary?["failed"] as? Int == 1)
        #expect(summary?["known_differences"] as? Int == 1)
        #expect(summary?["success"] as? Bool == false)
    }

    @Test func theBundledPoliciesPassTheirTests() throws {
        let result = try CLIRunner.run(["test"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(" in 6 files: "))
        #expect(result.stdout.contains(" 0 failed"))
    }

    @Test func noTestOrABadTestFileIsBadInput() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let none = try CLIRunner.run(["test", folder.path])
        #expect(none.status == 2)
        #expect(none.stderr.contains("no test file"))
        let bad = folder.appendingPathComponent("x.test.yaml")
        try "pledge-test: 1\ntests:\n  - {name: x, operation: {action: use, data: [user]}, expect: allow}\n".write(to: bad, atomically: true, encoding: .utf8)
        let missingRules = try CLIRunner.run(["test", bad.path])
        #expect(missingRules.status == 2)
        #expect(missingRules.stderr.contains("x.yaml"))
    }

    @Test func validateReadsReviewAndTestFiles() throws {
        let result = try CLIRunner.run(["validate", "Rules/clickandchat/2011-12-01.review.yaml", "Rules/clickandchat/2011-12-01.test.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout == "Rules/clickandchat/2011-12-01.review.yaml: valid, 75 reviews\nRules/clickandchat/2011-12-01.test.yaml: valid, 21 tests\n")
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let review = folder.appendingPathComponent("p.review.yaml")
        try "pledge-review: 1\nreviews:\n  - {sentence: We sell nothing., sentence_sha256: \"0000000000000000\", verdict: accept, by: R, date: \"2026-11-26\"}\n"
            .write(to: review, atomically: true, encoding: .utf8)
        let invalid = try CLIRunner.run(["validate", review.path])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("p.review.yaml:3:51: error: 'sentence_sha256' 0000000000000000 is not the hash of the sentence above it"))
    }
}
