import Foundation
import Pledge

/// Report figures: the time to write each format of the diff of each pair of consecutive
/// bundled versions (the diff itself is computed once, outside the timing) and of the lint
/// of each bundled version, with the size written.
enum ReportBenchmark {
    static let repetitions = 25

    static func run(rules folder: String) {
        print("\nreports — median (p99) of \(repetitions) runs, size written")
        let fm = FileManager.default
        for id in ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
            let versions = ((try? fm.contentsOfDirectory(atPath: "\(folder)/\(id)")) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            let documents = versions.compactMap { try? RuleFile.load(path: "\(folder)/\(id)/\($0)") }
            for (old, new) in zip(documents, documents.dropFirst()) {
                guard let diff = try? VersionDiff(old: old, new: new) else { continue }
                let formats: [(String, any DiffReporter)] = [("text", DiffFormat.text.reporter()), ("text --detail", DiffFormat.text.reporter(detail: true)),
                                                             ("markdown", DiffFormat.markdown.reporter()), ("html", DiffFormat.html.reporter()),
                                                             ("json", DiffFormat.json.reporter())]
                let parts = formats.map { name, reporter in
                    var size = 0
                    let samples = Measure.samples(repetitions) { size = reporter.render(diff).utf8.count }
                    return "\(name) \(figure(samples)) \(size / 1024) KiB"
                }
                print("  diff \(id) \(old.policy.archived ?? "?") → \(new.policy.archived ?? "?") (\(diff.changes.count) changed regions): " + parts.joined(separator: "; "))
            }
            for document in documents {
                let findings = Linter().lint(document)
                let parts = LintFormat.allCases.map { format in
                    var size = 0
                    let samples = Measure.samples(repetitions) { size = format.reporter.render(findings, policy: document.policy).utf8.count }
                    return "\(format.rawValue) \(figure(samples)) \(size / 1024) KiB"
                }
                print("  lint \(id) \(document.policy.archived ?? "?") (\(findings.count) findings): " + parts.joined(separator: "; "))
            }
        }
    }

    private static func figure(_ samples: [UInt64]) -> String {
        "\(Measure.format(nanoseconds: Double(Measure.quantile(samples, 0.5)))) (\(Measure.format(nanoseconds: Double(Measure.quantile(samples, 0.99)))))"
    }
}
