import Foundation
import Testing

/// The reports of the bundled policies, read as a reviewer reads them: the summary first
/// and short, the weightiest changes at the top, the details complete and self-contained.
/// Their golden files follow the extractor: regenerate them with `PLEDGE_UPDATE_GOLDEN=1`.
@Suite struct BundledReportTests {
    static let pairs = [("clicktale", "2006-12-30", "2007-12-28"), ("clicktale", "2007-12-28", "2010-04-26"),
                        ("clicktale", "2010-04-26", "2018-04-07"), ("clickandchat", "2010-09-14", "2011-12-01")]
    static let policies = ["clickandchat/2010-09-14", "clickandchat/2011-12-01", "clicktale/2006-12-30", "clicktale/2007-12-28",
                           "clicktale/2010-04-26", "clicktale/2018-04-07"]

    func diff(_ policy: String, _ old: String, _ new: String, _ options: [String] = []) throws -> String {
        let result = try CLIRunner.run(["diff", "Policies/\(policy)/\(old).md", "Policies/\(policy)/\(new).md"] + options)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test(arguments: pairs) func diffReportsMatchTheirGoldens(_ policy: String, _ old: String, _ new: String) throws {
        for (format, ext) in [("text", "txt"), ("markdown", "md"), ("html", "html")] {
            let output = try diff(policy, old, new, ["--format", format])
            #expect(output == (try CLIRunner.golden("diff/bundled/\(policy)-\(old)-\(new).\(ext)", updatingWith: output)), "\(format)")
        }
    }

    /// The summary is everything before the first promise in full (`1. …` at the line start).
    @Test(arguments: pairs) func textSummaryFitsOneScreenWithTheWeightiestFirst(_ policy: String, _ old: String, _ new: String) throws {
        let lines = try diff(policy, old, new).split(separator: "\n", omittingEmptySubsequences: false)
        let summary = lines.prefix { !$0.hasPrefix("1. ") }
        #expect(summary.count <= 40, "\(summary.count) summary lines")
        #expect(lines[1].hasPrefix("verdict: "))
        let json = try JSONSerialization.jsonObject(with: Data(try diff(policy, old, new, ["--format", "json"]).utf8)) as? [String: Any]
        let changed = !((json?["groups"] as? [Any]) ?? []).isEmpty
        guard changed else { return }
        let top = lines.prefix(10).joined(separator: "\n")
        for n in 1...3 { #expect(top.contains("\n  \(n). "), "promise \(n) is not in the first ten lines") }
    }

    @Test func theWeightiestChangesOfTheBundledPairsAreTheOnesAReviewerLooksFor() throws {
        // 2018 drops "Except as described herein, we do NOT Disclose your information."
        let rewrite = try diff("clicktale", "2010-04-26", "2018-04-07").split(separator: "\n")
        #expect(rewrite.first { $0.hasPrefix("  1. ") }?.contains("no longer promises not to disclose your personal information") == true)
        // 2010 drops the promise not to use data against the policy when it changes without consent.
        let update = try diff("clicktale", "2007-12-28", "2010-04-26").split(separator: "\n")
        #expect(update.first { $0.hasPrefix("  1. ") }?.contains("no longer promises not to use your personal information when the policy changes") == true)
    }

    @Test(arguments: pairs) func htmlIsSummaryFirstSelfContainedAndComplete(_ policy: String, _ old: String, _ new: String) throws {
        let html = try diff(policy, old, new, ["--format", "html"])
        #expect(ReportStructure.unresolvedAnchors(html).isEmpty, "\(ReportStructure.unresolvedAnchors(html))")
        #expect(ReportStructure.duplicateIDs(html).isEmpty, "\(ReportStructure.duplicateIDs(html))")
        #expect(ReportStructure.externalResources(html).isEmpty, "\(ReportStructure.externalResources(html))")
        let summary = try #require(ReportStructure.offset(of: "<section id=\"summary\">", in: html))
        #expect(summary < (ReportStructure.offset(of: "<details", in: html) ?? .max))
        #expect(summary < (ReportStructure.offset(of: "<section id=\"promises\">", in: html) ?? .max))
        // Every changed region is in the page (folded, so readable without script), once.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try diff(policy, old, new, ["--format", "json"]).utf8)) as? [String: Any])
        let regions = ((json["groups"] as? [[String: Any]]) ?? []).reduce(0) { $0 + (($1["changes"] as? [Any])?.count ?? 0) }
        let listed = html.components(separatedBy: "<ul class=\"regions\">").dropFirst().reduce(0) { n, part in
            n + (part.components(separatedBy: "</ul>").first ?? "").components(separatedBy: "<li>").count - 1
        }
        #expect(listed == regions)
    }

    @Test(arguments: pairs) func markdownFitsAPullRequestComment(_ policy: String, _ old: String, _ new: String) throws {
        let markdown = try diff(policy, old, new, ["--format", "markdown"])
        #expect(markdown.count < 65_536)
        let details = markdown.range(of: "<details>")?.lowerBound ?? markdown.endIndex
        #expect(markdown[..<details].contains("**Verdict: "))
    }

    @Test(arguments: policies) func lintReportsMatchTheirGoldens(_ policy: String) throws {
        for (format, ext) in [("text", "txt"), ("markdown", "md"), ("html", "html")] {
            let output = try CLIRunner.run(["lint", "Policies/\(policy).md", "--format", format]).stdout
            let name = policy.replacingOccurrences(of: "/", with: "-")
            #expect(output == (try CLIRunner.golden("lint/bundled/\(name).\(ext)", updatingWith: output)), "\(format)")
        }
    }

    @Test(arguments: policies) func lintLeadsWithACountAndItsWeightiestGroups(_ policy: String) throws {
        let text = try CLIRunner.run(["lint", "Policies/\(policy).md"]).stdout.split(separator: "\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try CLIRunner.run(["lint", "Policies/\(policy).md", "--format", "json"]).stdout.utf8)) as? [String: Any])
        let findings = (json["findings"] as? [[String: Any]]) ?? []
        #expect(text.first?.contains("\(findings.count) finding") == true)
        let severities = findings.compactMap { $0["severity"] as? String }
        let worst = ["error", "warning", "info"].first { severities.contains($0) }
        if let worst { #expect(text.count > 1 && text[1].hasPrefix("  1. \(worst) "), "\(text.prefix(2))") }
        for n in 1...min(3, findings.count) { #expect(text.prefix(10).contains { $0.hasPrefix("  \(n). ") }) }
        let html = try CLIRunner.run(["lint", "Policies/\(policy).md", "--format", "html"]).stdout
        #expect(ReportStructure.unresolvedAnchors(html).isEmpty && ReportStructure.duplicateIDs(html).isEmpty)
        #expect(ReportStructure.externalResources(html).isEmpty)
        #expect(try CLIRunner.run(["lint", "Policies/\(policy).md", "--format", "markdown"]).stdout.count < 65_536)
    }
}
