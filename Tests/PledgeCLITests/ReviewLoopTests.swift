import Foundation
import Testing

/// The review loop end to end on a copy of ClickAndChat: a correction survives re-extraction
/// and a moved sentence; a reworded sentence makes its review stale, named with the old and
/// new sentence, and `extract --check` fails on it.
@Suite struct ReviewLoopTests {
    static let limit = "We shall use such information strictly for the purpose of providing services to you, our user, and we will house such data and information strictly for the purpose of providing services for your benefit."

    /// A scratch repository: Policies/clickandchat/2011-12-01.md and its review file.
    func scratch() throws -> URL {
        let root = try CLIRunner.temporaryFolder()
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("Policies/clickandchat"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("Rules/clickandchat"), withIntermediateDirectories: true)
        for path in ["Policies/clickandchat/2011-12-01.md", "Rules/clickandchat/2011-12-01.review.yaml", "Rules/clickandchat/2011-12-01.test.yaml"] {
            try fm.copyItem(at: CLIRunner.packageRoot.appendingPathComponent(path), to: root.appendingPathComponent(path))
        }
        return root
    }

    func edit(_ root: URL, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent("Policies/clickandchat/2011-12-01.md")
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }

    func rules(_ root: URL) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Rules/clickandchat/2011-12-01.yaml"), encoding: .utf8)
    }

    @Test func aCorrectionSurvivesReExtractionAndAMovedSentence() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try CLIRunner.run(["extract", "Policies", "-o", "Rules"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("(75 reviews applied: 40 rules reviewed)"))
        #expect(try rules(root).contains("purpose: [marketing.advertising, sales, third_party_sharing, train_ai_system, employment, finance]"))
        #expect(try CLIRunner.run(["test", "Rules"], in: root).status == 0)

        // A new paragraph at the top moves every sentence down: the reviews follow their sentences.
        try edit(root) { $0.replacingOccurrences(of: "### Privacy Policy\n", with: "### Privacy Policy\n\nA new opening paragraph.\n\n") }
        let moved = try CLIRunner.run(["extract", "Policies", "-o", "Rules"], in: root)
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stderr.isEmpty)
        let text = try rules(root)
        #expect(text.contains("line: 15\n      text: \(Self.limit)"))   // was line 12
        #expect(text.contains("status: corrected"))
        #expect(try CLIRunner.run(["extract", "--check", "Policies", "-o", "Rules"], in: root).status == 0)
        #expect(try CLIRunner.run(["review", "Policies/clickandchat/2011-12-01.md", "--fail-on", "unreviewed", "-o", "sheet.md"], in: root).status == 0)
    }

    @Test func aRewordedSentenceMakesItsReviewStaleAndNamesItEverywhere() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLIRunner.run(["extract", "Policies", "-o", "Rules"], in: root).status == 0)
        let reworded = Self.limit.replacingOccurrences(of: "strictly for the purpose of providing services to you", with: "only to provide services to you")
        try edit(root) { $0.replacingOccurrences(of: Self.limit, with: reworded) }

        let check = try CLIRunner.run(["extract", "--check", "Policies", "-o", "Rules"], in: root)
        #expect(check.status == 1)
        #expect(check.stderr.contains("Rules/clickandchat/2011-12-01.review.yaml:29:5: stale review (correct) of rule 'deny-use-user': its sentence changed; the review is not applied"))
        #expect(check.stderr.contains("    was: \(Self.limit)\n    now: \(reworded)"))
        #expect(check.stderr.contains("Rules/clickandchat/2011-12-01.yaml: error: stale"))

        let write = try CLIRunner.run(["extract", "Policies", "-o", "Rules"], in: root)
        #expect(write.status == 1)
        #expect(write.stderr.contains("stale review (correct) of rule 'deny-use-user'"))
        // The rule file now matches the text, but the review is still stale: --check keeps failing on it.
        let after = try CLIRunner.run(["extract", "--check", "Policies", "-o", "Rules"], in: root)
        #expect(after.status == 1)
        #expect(!after.stderr.contains("error: stale"))
        #expect(after.stderr.contains("stale review (correct) of rule 'deny-use-user'"))
        // Not applied: the draft stands, unreviewed, and says so wherever it decides.
        let text = try rules(root)
        #expect(!text.contains("purpose: [marketing.advertising, sales, third_party_sharing, train_ai_system, employment, finance]"))
        let test = try CLIRunner.run(["test", "Rules"], in: root)
        #expect(test.status == 1)
        #expect(test.stdout.contains("deciding: deny-use-user [unreviewed]"))
        let sheet = try CLIRunner.run(["review", "Policies/clickandchat/2011-12-01.md", "--fail-on", "unreviewed"], in: root)
        #expect(sheet.status == 1)
        #expect(sheet.stdout.contains("| stale reviews | 2 |"))
    }
}
