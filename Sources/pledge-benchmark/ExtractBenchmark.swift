import Foundation
import Pledge
import PledgeExtract

/// Figures for extraction: each seed policy (target ≤ 20 ms per 15 KB), 1 MB and 4 MB of
/// policy text built from the seeds (target ≤ 1 s per MB, linear), and one 10 MB line.
enum ExtractBenchmark {
    static func run(policies folder: String) {
        print("\n== extract")
        let extractor = Extractor()
        var seeds: [String] = []
        let ids = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for id in ids {
            let versions = ((try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/\(id)")) ?? []).filter { $0.hasSuffix(".md") }.sorted()
            for version in versions {
                let path = "\(folder)/\(id)/\(version)"
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
                seeds.append(text)
                let samples = Measure.samples(50) { _ = try? extractor.extract(text: text, source: path, id: id) }
                let rules = (try? extractor.extract(text: text, source: path, id: id))?.rules.count ?? 0
                print(String(format: "%@ (%.1f KB, %d rules): median %@, p99 %@", path, Double(text.utf8.count) / 1024, rules,
                             median(samples), Measure.format(nanoseconds: Double(Measure.quantile(samples, 0.99)))))
            }
        }
        guard !seeds.isEmpty else { print("no policies in \(folder); run from the repository root"); return }
        for megabytes in [1, 4] {
            let text = corpus(from: seeds, bytes: megabytes << 20)
            let samples = Measure.samples(3) { _ = try? extractor.extract(text: text, source: "corpus.md", id: "corpus") }
            let seconds = Double(Measure.quantile(samples, 0.5)) / 1e9
            print(String(format: "%d MB of policy text: median %@ (%.2f s per MB)", megabytes, median(samples), seconds / Double(megabytes)))
        }
        let line = String(repeating: "We may share your e-mail address with our partners for analytics, ", count: 10 << 20 / 67)
        let once = Measure.samples(1) { _ = try? extractor.extract(text: line, source: "line.md", id: "line") }
        print("one 10 MB line: \(median(once))")
    }

    /// Seeds concatenated until `bytes`, each copy's company name and numbers perturbed so
    /// that no two copies are the same text.
    private static func corpus(from seeds: [String], bytes: Int) -> String {
        var text = ""
        var copy = 0
        while text.utf8.count < bytes {
            let seed = seeds[copy % seeds.count]
            text += seed.replacingOccurrences(of: "ClickTale", with: "Company\(copy)")
                .replacingOccurrences(of: "ClickAndChat", with: "Service\(copy)")
                .replacingOccurrences(of: "30 days", with: "\(copy % 90 + 1) days") + "\n\n"
            copy += 1
        }
        return text
    }

    private static func median(_ samples: [UInt64]) -> String {
        Measure.format(nanoseconds: Double(Measure.quantile(samples, 0.5)))
    }
}
