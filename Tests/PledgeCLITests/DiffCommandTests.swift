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
        #expect(result.stdout == (try CLIRunner.golden("diff/old-new.\(ext)", updatingWith: result.stdout)))
    }

    @Test func detailListsEveryRegionUnderItsClausePair() throws {
        let result = try CLIRunner.run(["diff", old, new, "--detail"])
        #expect(result.status == 0)
        #expect(result.stdout == (try CLIRunner.golden("diff/old-new.detail.txt", updatingWith: result.stdout)))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try CLIRunner.run(["diff", old, new, "--format", "json"]).stdout.utf8)) as? [String: Any])
        let regions = ((json["groups"] as? [[String: Any]]) ?? []).reduce(0) { $0 + (($1["changes"] as? [Any])?.count ?? 0) }
        #expect(result.stdout.components(separatedBy: "witness: ").count - 1 == regions)
        #expect(!(try CLIRunner.run(["diff", old, new]).stdout.contains("witness: ")))
    }

    @Test func aRewordedClauseIsShownChangedWordByWord() throws {
        func rules(_ version: String, _ actions: String, _ text: String) -> String {
            """
            pledge: 1
            policy: {id: shop, archived: "\(version)", source: shop.md}
            rules:
              - {id: no-sale, effect: deny, action: [\(actions)], data: [user.contact], source: {line: 4, text: "\(text)"}}
            """
        }
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = dir.appendingPathComponent("old.yaml"), after = dir.appendingPathComponent("new.yaml")
        try rules("2020", "sell", "We will not sell your contact details.").write(to: before, atomically: true, encoding: .utf8)
        try rules("2021", "sell, rent", "We will not sell or rent your contact details.").write(to: after, atomically: true, encoding: .utf8)
        let text = try CLIRunner.run(["diff", before.path, after.path]).stdout
        #expect(text.contains("1. reworded: may not sell or rent out your contact details (was: may not sell your contact details)"))
        #expect(!text.contains("2. "))
        let html = try CLIRunner.run(["diff", before.path, after.path, "--format", "html"]).stdout
        #expect(html.contains("<blockquote>We will not sell <ins>or rent</ins> your contact details.</blockquote>"))
        #expect(html.contains("<blockquote>We will not sell your contact details.</blockquote>"))
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
        // The summary's promises, for machines: each region listed under exactly one.
        let promises = try #require(object["promises"] as? [[String: Any]])
        let changes = groups.reduce(0) { $0 + (($1["changes"] as? [Any])?.count ?? 0) }
        #expect(promises.reduce(0) { $0 + ($1["listed"] as? Int ?? 0) } == changes)
        #expect(promises.map { $0["form"] as? String } == ["reworded", "dropped"])
        #expect(promises.first?["weight"] as? String == "freer")
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

/// The real versions in Policies/, extracted on the fly and compared.
@Suite struct RealPolicyDiffTests {
    struct Report {
        var verdict: String
        var changes: [[String: Any]]
        var removed: [[String: Any]]
        var added: [[String: Any]]

        /// Every change's witness operation and region, as one lower-case text each.
        var changeTexts: [String] {
            changes.map { c in
                let witness = (c["witness"] as? [String: Any]) ?? [:]
                let context = (witness["context"] as? [String]) ?? []
                let region = ((c["region"] as? [String: String]) ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
                return ([witness["action"], witness["purpose"], witness["recipient"]].compactMap { $0 as? String } + context + region)
                    .joined(separator: " ").lowercased()
            }
        }
    }

    func diff(_ policy: String, _ old: String, _ new: String) throws -> Report {
        let result = try CLIRunner.run(["diff", "Policies/\(policy)/\(old).md", "Policies/\(policy)/\(new).md", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let groups = (object["groups"] as? [[String: Any]]) ?? []
        return Report(verdict: object["verdict"] as? String ?? "", changes: groups.flatMap { ($0["changes"] as? [[String: Any]]) ?? [] },
                      removed: (object["removed"] as? [[String: Any]]) ?? [], added: (object["added"] as? [[String: Any]]) ?? [])
    }

    @Test(arguments: [("clickandchat", "2010-09-14", "2011-12-01"), ("clicktale", "2006-12-30", "2007-12-28")])
    func formattingOnlyEditsAreEquivalent(_ policy: String, _ old: String, _ new: String) throws {
        let report = try diff(policy, old, new)
        #expect(report.verdict == "equivalent")
        #expect(report.changes.isEmpty)
        let gate = try CLIRunner.run(["diff", "Policies/\(policy)/\(old).md", "Policies/\(policy)/\(new).md", "--fail-on", "any-change"])
        #expect(gate.status == 0)
    }

    @Test func clicktale2010DropsThePromiseToEmailAboutPolicyChanges() throws {
        let report = try diff("clicktale", "2007-12-28", "2010-04-26")
        #expect(report.verdict != "equivalent")
        // The extractor reads "we will email the updated policy to users who have given us
        // permission" (2007-12-28.md:49); 2010 drops it.
        expectDroppedEmailPromise(report)
    }

    private func expectDroppedEmailPromise(_ report: Report) {
        let dropped = report.removed.filter { r in
            let text = (r["text"] as? String ?? "").lowercased()
            return text.contains("email") && text.contains("polic")
        }
        #expect(!dropped.isEmpty, "removed: \(report.removed.map { $0["text"] ?? "" })")
        #expect(report.changeTexts.contains { $0.contains("policy_change") && ($0.hasPrefix("email") || $0.hasPrefix("contact")) },
                "\(report.changeTexts)")
    }

    @Test func clicktale2018RewriteReportsItsDifferences() throws {
        let report = try diff("clicktale", "2010-04-26", "2018-04-07")
        #expect(report.verdict != "equivalent")
        #expect(!report.added.isEmpty && !report.removed.isEmpty)
        let texts = report.changeTexts
        #expect(texts.contains { $0.contains("marketing") }, "marketing/advertising")
        #expect(texts.contains { $0.contains("government") || $0.contains("legal_process") || $0.contains("subpoena") }, "law-enforcement disclosure")
        #expect(texts.contains { $0.contains("merger") || $0.contains("acquirer") }, "merger transfer")
        let gate = try CLIRunner.run(["diff", "Policies/clicktale/2010-04-26.md", "Policies/clicktale/2018-04-07.md", "--fail-on", "any-change"])
        #expect(gate.status == 1)
    }
}
