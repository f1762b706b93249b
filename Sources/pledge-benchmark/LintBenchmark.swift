import Foundation
import Pledge
import PledgeExtract

/// Lint and diff figures: each seed policy version linted, each pair of consecutive
/// versions diffed (rules from Rules/ when committed, else extracted from the text),
/// and a synthetic 40-rule policy for a figure that does not depend on extraction.
enum LintBenchmark {
    static let repetitions = 25

    static func run(policies folder: String) {
        print("\nlint and diff — median (p99) of \(repetitions) runs")
        let fm = FileManager.default
        let rulesFolder = URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent("Rules").path
        let ids = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).filter { id in
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: "\(folder)/\(id)", isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
        for id in ids {
            let versions = ((try? fm.contentsOfDirectory(atPath: "\(folder)/\(id)")) ?? []).filter { $0.hasSuffix(".md") }.sorted()
            var documents: [(version: String, document: PolicyDocument)] = []
            for file in versions {
                let version = String(file.dropLast(3))
                do {
                    documents.append((version, try load(id: id, version: version, policies: folder, rules: rulesFolder)))
                } catch {
                    print("  \(id) \(version): skipped (\(String(describing: error).prefix(100)))")
                }
            }
            for (version, document) in documents {
                var findings = 0
                let samples = Measure.samples(repetitions) { findings = Linter().lint(document).count }
                print("  lint \(id) \(version): \(figure(samples)), \(document.rules.count) rules, \(findings) findings")
            }
            for (a, b) in zip(documents, documents.dropFirst()) { diff("\(id) \(a.version) → \(b.version)", a.document, b.document) }
        }
        let (synthetic, edited) = syntheticPair(rules: 40)
        let samples = Measure.samples(repetitions) { _ = Linter().lint(synthetic) }
        print("  lint synthetic 40 rules: \(figure(samples))")
        diff("synthetic 40 rules, every 5th flipped", synthetic, edited)
    }

    private static func diff(_ name: String, _ old: PolicyDocument, _ new: PolicyDocument) {
        var summary = ""
        do {
            let samples = try Measure.samples(repetitions) {
                let d = try VersionDiff(old: old, new: new)
                summary = "\(d.verdict.rawValue), \(d.regionCount) regions, \(d.changes.count) changed"
            }
            print("  diff \(name): \(figure(samples)), \(summary)")
        } catch {
            print("  diff \(name): failed (\(error))")
        }
    }

    private static func load(id: String, version: String, policies: String, rules: String) throws -> PolicyDocument {
        let ruleFile = "\(rules)/\(id)/\(version).yaml"
        if FileManager.default.fileExists(atPath: ruleFile) { return try RuleFile.load(path: ruleFile) }
        let path = "\(policies)/\(id)/\(version).md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try Extractor().extract(text: text, source: path, id: id)
    }

    private static func figure(_ samples: [UInt64]) -> String {
        "\(Measure.format(nanoseconds: Double(Measure.quantile(samples, 0.5)))) (\(Measure.format(nanoseconds: Double(Measure.quantile(samples, 0.99)))))"
    }

    /// A deterministic policy whose rules overlap a lot, and the same with every fifth effect flipped.
    static func syntheticPair(rules count: Int) -> (PolicyDocument, PolicyDocument) {
        let actions = ["disclose", "share", "sell", "retain", "delete", "use", "email"]
        let data = ["user", "user.contact", "user.contact.email", "user.financial.credit_card", "user.device", "user.behavior"]
        let purposes = ["marketing", "marketing.advertising", "essential.service", "analytics", "personalize"]
        let recipients = ["third_party", "advertiser", "government", "first_party", "service_provider"]
        let facts = ["consent", "legal_process", "subpoena", "account_cancelled", "merger"]
        let effects: [Effect] = [.allow, .deny, .allow, .deny, .require, .allow, .deny]
        let rules = (0..<count).map { i in
            Rule(id: "r\(i)", effect: effects[i % effects.count],
                 scope: Scope(action: [actions[i % actions.count]], data: [data[(i / 2) % data.count]],
                              purpose: i % 3 == 0 ? nil : [purposes[i % purposes.count]], recipient: i % 4 == 0 ? nil : [recipients[i % recipients.count]],
                              retention: i % 9 == 3 ? .atMost(ISODuration("P\(30 + i)D")!) : nil),
                 when: i % 5 == 1 ? [facts[i % facts.count]] : [],
                 unless: i % 6 == 2 ? [Exception(scope: Scope(recipient: ["government"]), when: ["legal_process"])] : [],
                 source: Provenance(line: i + 1, text: "Clause \(i)."))
        }
        let old = PolicyDocument(policy: PolicyMetadata(id: "synthetic"), rules: rules)
        var new = old
        for i in stride(from: 0, to: count, by: 5) where new.rules[i].effect != .require {
            new.rules[i].effect = new.rules[i].effect == .allow ? .deny : .allow
        }
        return (old, new)
    }
}
