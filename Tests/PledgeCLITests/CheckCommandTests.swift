import Foundation
import Testing

@Suite struct CheckCommandTests {
    let folder = "Tests/PledgeCLITests/Golden/check"
    var rules: String { "\(folder)/clickandchat.yaml" }
    func ops(_ name: String) -> String { "\(folder)/ops/\(name)" }

    @Test func textReportMatchesGoldenAndFailsOnDeny() throws {
        let result = try CLIRunner.run(["check", "--rules", rules, ops("mixed.yaml")])
        #expect(result.status == 1)
        #expect(result.stdout == (try CLIRunner.golden("check/mixed.txt", updatingWith: result.stdout)))
        #expect(result.stdout.contains("mixed.yaml:7:3: deny: sell-contacts-to-advertisers"))
        #expect(result.stderr.isEmpty)
    }

    @Test func jsonReportMatchesGoldenAndParses() throws {
        let result = try CLIRunner.run(["check", "--rules", rules, ops("mixed.yaml"), "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout == (try CLIRunner.golden("check/mixed.json", updatingWith: result.stdout)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.map { $0["outcome"] as? String } == ["allow", "deny", "deny", "not_covered"])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["passed"] as? Bool == false)
        #expect(summary["denied"] as? Int == 2)
    }

    /// JSON Lines report: one result a line with the fields of a JSON result, the summary
    /// on the last line; every line parses on its own and says what the JSON report says.
    @Test func jsonLinesReportMatchesGoldenAndAgreesWithJSON() throws {
        let result = try CLIRunner.run(["check", "--rules", rules, ops("mixed.yaml"), "--format", "jsonl"])
        #expect(result.status == 1)
        #expect(result.stdout == (try CLIRunner.golden("check/mixed.jsonl")))
        let lines = result.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? NSDictionary }
        #expect(lines.count == 5 && !lines.contains(nil))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(CLIRunner.golden("check/mixed.json").utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [NSDictionary])
        #expect(Array(lines.prefix(4)) == results.map(Optional.some))
        #expect(lines[4]?["summary"] as? NSDictionary == json["summary"] as? NSDictionary)
        #expect(lines[4]?["policy"] as? String == "clickandchat")
    }

    /// Every string a JSON Lines result repeats reads back as it was: quotes, backslashes,
    /// control characters and non-ASCII text are escaped, not lost or passed raw.
    @Test func jsonLinesReportEscapesWhatItRepeats() throws {
        let ids = ["a \"quoted\" \\ backslash", "line\nbreak\u{1B}[31m, café\u{0}"]
        let lines = try ids.map { id in
            try String(decoding: JSONSerialization.data(withJSONObject: ["id": id, "action": "sell", "data": ["user.contact.email"]]), as: UTF8.self)
        }
        let result = try CLIRunner.run(["check", "--rules", rules, "--format", "jsonl"], stdin: lines.joined(separator: "\n"))
        let results = result.stdout.split(separator: "\n").prefix(2)
        #expect(!results.contains { $0.contains("\u{1B}") || $0.contains("\u{0}") })
        let read = results.map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(read.map { $0?["id"] as? String } == ids)
    }

    /// A stream large enough to be decided on every core comes out in input order, with
    /// every operation counted once.
    @Test func aLargeStreamKeepsItsOrder() throws {
        let count = 20_000
        let lines = (0..<count).map { i in
            i % 3 == 0 ? #"{"id": "op-\#(i)", "action": "sell", "data": ["user.contact.email"], "recipient": "advertiser"}"#
                : #"{"id": "op-\#(i)", "action": "email", "data": ["user.contact.email"], "recipient": "data_subject", "purpose": "marketing.communications.email"}"#
        }.joined(separator: "\n")
        let result = try CLIRunner.run(["check", "--rules", rules, "--format", "jsonl"], stdin: lines)
        #expect(result.status == 1)
        let objects = result.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == count + 1)
        #expect(objects.prefix(count).map { $0["id"] as? String } == (0..<count).map { "op-\($0)" })
        #expect(objects.prefix(count).map { $0["outcome"] as? String } == (0..<count).map { $0 % 3 == 0 ? "deny" : "allow" })
        let summary = objects.last?["summary"] as? [String: Any]
        #expect(summary?["operations"] as? Int == count)
        #expect(summary?["denied"] as? Int == (count + 2) / 3)
    }

    @Test func sarifReportMatchesGoldenAndHasTheShapeCodeScanningReads() throws {
        let result = try CLIRunner.run(["check", "--rules", rules, ops("mixed.yaml"), "--format", "sarif"])
        #expect(result.status == 1)
        #expect(result.stdout == (try CLIRunner.golden("check/mixed.sarif", updatingWith: result.stdout)))
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "pledge")
        let ruleIDs = (driver["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        for result in results {
            let id = try #require(result["ruleId"] as? String)
            #expect(ruleIDs[try #require(result["ruleIndex"] as? Int)] == id)
            #expect(result["level"] as? String == "error")
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == ops("mixed.yaml"))
            #expect((location?["region"] as? [String: Any])?["startLine"] is Int)
        }
        #expect(results.compactMap { $0["ruleId"] as? String } == ["no-sharing-with-third-parties", "delete-on-cancellation", "not-covered"])
    }

    @Test func githubAnnotationsMatchGoldenAndPointAtTheOperation() throws {
        let result = try CLIRunner.run(["check", "--rules", rules, ops("mixed.yaml"), "--format", "github"])
        #expect(result.status == 1)
        #expect(result.stdout == (try CLIRunner.golden("check/mixed.github.txt", updatingWith: result.stdout)))
        let annotations = result.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(annotations.count == 3)
        #expect(annotations[0].hasPrefix("::error file=\(ops("mixed.yaml")),line=7,col=3,"))
    }

    @Test func everyOperationAllowedExitsZero() throws {
        let result = try CLIRunner.run(["check", "--rules", rules, ops("allowed.yaml"), ops("subpoena.json")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("4 allowed, 0 denied, 0 not covered"))
        #expect(result.stdout.contains("lifted by the exception"))
    }

    @Test func notCoveredFailsUnlessAllowed() throws {
        let strict = try CLIRunner.run(["check", "--rules", rules, ops("uncovered.yaml")])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("not_covered: collect-location"))
        let lenient = try CLIRunner.run(["check", "--rules", rules, ops("uncovered.yaml"), "--allow-uncovered", "--format", "github"])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.hasPrefix("::notice file="))
    }

    @Test func unknownTermIsBadInputNamingTermAndPlace() throws {
        let result = try CLIRunner.run(["check", "--rules", rules, ops("allowed.yaml"), ops("unknown-term.yaml")])
        #expect(result.status == 2)
        // Inputs are decided in order as they stream: the sound file's result is written,
        // the bad file is reported, and the run fails as bad input.
        #expect(result.stdout.hasPrefix("\(ops("allowed.yaml")):2:3: allow: newsletter"))
        #expect(result.stdout.hasSuffix("3 operations checked against \(rules): 3 allowed, 0 denied, 0 not covered\n"))
        #expect(result.stderr.contains("\(ops("unknown-term.yaml")):3:10: error:"))
        #expect(result.stderr.contains("'user.contact.emial'"))
    }

    @Test func jsonLinesOnStandardInput() throws {
        let lines = """
            {"id": "newsletter", "action": "email", "data": ["user.contact.email"], "recipient": "data_subject", "purpose": "marketing.communications.email"}

            {"id": "sell", "action": "sell", "data": ["user.contact"], "recipient": "advertiser"}
            """
        for arguments in [["check", "--rules", rules], ["check", "--rules", rules, "-"]] {
            let result = try CLIRunner.run(arguments + ["--format", "json"], stdin: lines)
            #expect(result.status == 1)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let results = try #require(object["results"] as? [[String: Any]])
            #expect(results.map { $0["outcome"] as? String } == ["allow", "deny"])
            #expect((results[1]["location"] as? [String: Any])?["line"] as? Int == 3)
        }
        let bad = try CLIRunner.run(["check", "--rules", rules], stdin: "{\"action\": \"use\", \"data\": [\"user\"]}\nnot json\n")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("<stdin>:2"))
    }

    @Test func unreadableRulesAreBadInput() throws {
        let result = try CLIRunner.run(["check", "--rules", "no/such/rules.yaml", ops("allowed.yaml")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such/rules.yaml"))
    }

    /// The rules extracted from the real ClickAndChat policy (Rules/), as CI would use them.
    @Test func seedRulesDecideTheCasesThePolicyText() throws {
        let lines = [
            #"{"id": "sell-emails", "action": "share", "data": ["user.contact.email"], "recipient": "advertiser", "purpose": "marketing.advertising"}"#,
            #"{"id": "answer-subpoena", "action": "share", "data": ["user.contact.email"], "recipient": "government", "purpose": "essential.legal_obligation", "context": ["subpoena"]}"#,
            #"{"id": "keep-card-after-cancel", "action": "retain", "data": ["user.financial.credit_card"], "purpose": "essential.service", "context": ["account_cancelled"], "retention": "P1Y"}"#,
            #"{"id": "newsletter-after-opt-out", "action": "email", "data": ["user.contact.email"], "recipient": "data_subject", "purpose": "marketing.communications.email", "context": ["opted_out"]}"#,
            #"{"id": "delete-on-cancel", "action": "delete", "data": ["registration_data"], "context": ["account_cancelled"]}"#,
        ].joined(separator: "\n")
        let result = try CLIRunner.run(["check", "--rules", "Rules/clickandchat/2011-12-01.yaml", "--format", "json"], stdin: lines)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.map { $0["outcome"] as? String } == ["deny", "allow", "deny", "deny", "allow"])
        func deciding(_ i: Int) -> [[String: Any]] { results[i]["deciding"] as? [[String: Any]] ?? [] }
        func clauses(_ i: Int) -> [String] { deciding(i).compactMap { ($0["clause"] as? [String: Any])?["text"] as? String } }
        #expect(clauses(0).contains { $0.hasPrefix("We will not share with any third party") })
        #expect(deciding(1).allSatisfy { $0["effect"] as? String == "deny" && $0["exception"] != nil })
        #expect(deciding(2).map { $0["effect"] as? String } == ["require"])
        #expect(!(results[2]["overridden"] as? [Any] ?? []).isEmpty)
        // The opt-out is a promise: the permission that offers it denies, quoting its clause, and so does the offer of the
        // "Opt-Out Right", which stops every message once the user has opted out.
        let optOut = deciding(3).map { ($0["effect"] as? String ?? "", $0["exception"] != nil) }
        #expect(optOut.count == 2 && optOut.allSatisfy { $0 == ("allow", true) || $0 == ("deny", false) }, "\(optOut)")
        #expect(clauses(3).contains { $0.hasPrefix("Unless you elect to “Opt-Out”") })
        #expect(clauses(3).contains { $0.hasPrefix("If you do not wish to receive any special offers or other communications") })
        #expect(deciding(4).map { $0["effect"] as? String } == ["require"])
    }

    @Test func policyTextIsExtractedOnTheFly() throws {
        let line = #"{"id": "sell-emails", "action": "share", "data": ["user.contact.email"], "recipient": "advertiser"}"#
        let result = try CLIRunner.run(["check", "--rules", "Policies/clickandchat/2011-12-01.md", "--format", "github"], stdin: line)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("::error file=<stdin>,line=1,col=1,title=pledge%3A denied::sell-emails: denied by "))
        #expect(result.stdout.contains("\"We will not share with any third party"))
    }
}
