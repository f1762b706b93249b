import Foundation
import Pledge
import PledgeExtract

/// How each input class that once cost superlinear time grows: the same input at 1×, 2×,
/// 4× and 8× its base size, timed (median of 3) with the ratio to 1×. Linear growth reads
/// 1, 2, 4, 8; quadratic would read 1, 4, 16, 64.
enum GrowthBenchmark {
    static let scales = [1, 2, 4, 8]

    /// - Parameter only: a word of one class's name, to measure that class alone.
    static func run(only: String? = nil) {
        print("\n== growth at 1×/2×/4×/8× (median of 3; ratio to 1×)")
        filter = only
        let extractor = Extractor()
        func extract(_ text: String) { _ = try? extractor.extract(text: text, source: "growth.md", id: "growth") }
        measure("numbered items", unit: "items", base: 20_000) { n in
            "# Items\n\nWe will not share:\n" + (1...n).map { "\($0). Your item number \($0) with partners.\n" }.joined()
        } run: { extract($0) }
        measure("defined terms", unit: "definitions", base: 5_000) { n in
            "# Terms\n\n" + (0..<n).map { "We collect your name and e-mail address (the “Contact Data \(letters($0))”).\n\n" }.joined()
        } run: { extract($0) }
        measure("HTML '<a' with no tag end", unit: "bytes", base: 256 << 10) { n in
            "<html><body><p>We never sell your data.</p>" + String(repeating: "<a", count: n / 2)
        } run: { extract($0) }
        measure("unclosed <script>", unit: "bytes", base: 256 << 10) { n in
            "<html><body><p>We never sell your data.</p><script>" + String(repeating: "if (a<b) { x = '<p>'; }\n", count: n / 24)
        } run: { extract($0) }
        measure("a run of dots", unit: "bytes", base: 1 << 20) { n in
            "# Dots\n\nWe never sell your data.\n\n" + String(repeating: ".", count: n)
        } run: { extract($0) }
        measure("one long sentence", unit: "bytes", base: 1 << 20) { n in
            "# Long\n\nWe may share " + String(repeating: "your name, your e-mail address, ", count: n / 32) + "with advertisers only with your consent.\n"
        } run: { extract($0) }
        measure("taxonomy nodes in chains down to depth 16 (the limit)", unit: "nodes", base: 4_096) { n in
            "pledge-taxonomy: 1\ndata:\n" + (0..<n).map { i in "  c\(i): {parent: \(i % 15 == 0 ? "user" : "c\(i - 1)")}\n" }.joined()
        } run: { text in
            let path = NSTemporaryDirectory() + "pledge-growth-taxonomy.yaml"
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
            guard let taxonomy = try? Taxonomy.standard(extendedWith: path) else { print("  taxonomy refused"); return }
            let document = PolicyDocument(policy: PolicyMetadata(id: "deep"), rules: [
                Rule(id: "r", effect: .deny, scope: Scope(action: ["share"], data: ["user"]), source: Provenance(line: 1, text: "R.")),
            ])
            _ = try? Engine(document: document, taxonomy: taxonomy).evaluate(Operation(action: "share", data: ["c0"]))
        }
        measure("lint, rules", unit: "rules", base: 250) { n in n } run: { n in
            _ = Linter().lint(LintBenchmark.syntheticPair(rules: n).0)
        }
    }

    /// Spreadsheet-style names (A, B, …, AA, …) so that every definition is new.
    private static func letters(_ i: Int) -> String {
        var i = i, out = ""
        repeat { out = String(UnicodeScalar(UInt8(65 + i % 26))) + out; i = i / 26 - 1 } while i >= 0
        return out
    }

    nonisolated(unsafe) private static var filter: String?

    private static func measure<Input>(_ name: String, unit: String, base: Int, make: (Int) -> Input, run: (Input) -> Void) {
        if let filter, !name.contains(filter) { return }
        var first = 0.0
        var figures: [String] = []
        for scale in scales {
            let input = make(base * scale)
            let samples = Measure.samples(3) { run(input) }
            let median = Double(Measure.quantile(samples, 0.5))
            if scale == 1 { first = max(median, 1) }
            figures.append(String(format: "%d× %@ (%.1f)", scale, Measure.format(nanoseconds: median), median / first))
            print("  \(name): " + figures.last!)
            fflush(nil)   // each figure as soon as it is measured, even into a pipe
        }
        print("  \(name), 1× = \(base) \(unit): " + figures.joined(separator: ", "))
    }
}
