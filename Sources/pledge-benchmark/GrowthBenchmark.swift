import Foundation
import Pledge
import PledgeExtract

/// How each input class that once cost superlinear time grows: the same input at 1×, 2×,
/// 4× and 8× its base size, with the ratio to 1×. Linear growth reads 1, 2, 4, 8;
/// quadratic would read 1, 4, 16, 64.
///
/// Two measures: wall time in this process (median of 3, which a loaded machine skews),
/// and — load-independent — instructions and peak resident memory of a child process that
/// builds one input and processes it once (see ``GrowthRun``).
enum GrowthBenchmark {
    static let scales = [1, 2, 4, 8]

    /// One input class: how to build its input at size `n` and what processing it means.
    struct InputClass {
        let name: String
        let unit: String
        let base: Int
        /// Builds the input of size `n` and returns the work to measure on it, which says
        /// how much output it made where that can grow faster than the input.
        let prepare: (Int) -> () -> String?
    }

    static var classes: [InputClass] {
        let extractor = Extractor()
        func extracting(_ make: @escaping (Int) -> String) -> (Int) -> () -> String? {
            { n in
                let text = make(n)
                return { _ = try? extractor.extract(text: text, source: "growth.md", id: "growth"); return nil }
            }
        }
        return [
            InputClass(name: "numbered items", unit: "items", base: 20_000, prepare: extracting { n in
                "# Items\n\nWe will not share:\n" + (1...n).map { "\($0). Your item number \($0) with partners.\n" }.joined()
            }),
            InputClass(name: "defined terms", unit: "definitions", base: 5_000, prepare: extracting { n in
                "# Terms\n\n" + (0..<n).map { "We collect your name and e-mail address (the “Contact Data \(letters($0))”).\n\n" }.joined()
            }),
            InputClass(name: "HTML '<a' with no tag end", unit: "bytes", base: 256 << 10, prepare: extracting { n in
                "<html><body><p>We never sell your data.</p>" + String(repeating: "<a", count: n / 2)
            }),
            InputClass(name: "unclosed <script>", unit: "bytes", base: 256 << 10, prepare: extracting { n in
                "<html><body><p>We never sell your data.</p><script>" + String(repeating: "if (a<b) { x = '<p>'; }\n", count: n / 24)
            }),
            InputClass(name: "a run of dots", unit: "bytes", base: 2_000_000, prepare: extracting { n in
                "# Dots\n\nWe never sell your data.\n\n" + String(repeating: ".", count: n)
            }),
            InputClass(name: "one long sentence", unit: "bytes", base: 1 << 20, prepare: extracting { n in
                "# Long\n\nWe may share " + String(repeating: "your name, your e-mail address, ", count: n / 32) + "with advertisers only with your consent.\n"
            }),
            InputClass(name: "taxonomy nodes in chains down to depth 16 (the limit)", unit: "nodes", base: 4_096) { n in
                let text = "pledge-taxonomy: 1\ndata:\n" + (0..<n).map { i in "  c\(i): {parent: \(i % 15 == 0 ? "user" : "c\(i - 1)")}\n" }.joined()
                let path = NSTemporaryDirectory() + "pledge-growth-taxonomy.yaml"
                try? text.write(toFile: path, atomically: true, encoding: .utf8)
                return {
                    guard let taxonomy = try? Taxonomy.standard(extendedWith: path) else { return "taxonomy refused" }
                    let document = PolicyDocument(policy: PolicyMetadata(id: "deep"), rules: [
                        Rule(id: "r", effect: .deny, scope: Scope(action: ["share"], data: ["user"]), source: Provenance(line: 1, text: "R.")),
                    ])
                    _ = try? Engine(document: document, taxonomy: taxonomy).evaluate(Operation(action: "share", data: ["c0"]))
                    return nil
                }
            },
            InputClass(name: "lint, rules", unit: "rules", base: 250) { n in
                let document = LintBenchmark.syntheticPair(rules: n).0
                return { "\(Linter().lint(document).count) findings" }
            },
            // Sections over disjoint operations: the findings grow linearly with the rules.
            InputClass(name: "lint, independent sections", unit: "rules", base: 128) { n in
                let document = SectionedPolicy.document(rules: n)
                return { "\(Linter().lint(document).count) findings" }
            },
            // Every combination of the 12 top-level context facts, times the retention limits: at
            // 8× 233,473 regions. The longest limit changes its effect.
            InputClass(name: "diff, retention limits under 12 facts", unit: "limits", base: 7) { n in
                let (old, new) = FactLimitPolicy.pair(limits: n)
                return {
                    guard let diff = try? VersionDiff(old: old, new: new) else { return "refused" }
                    return "\(diff.regionCount) regions, \(diff.changes.count) changed"
                }
            },
            // Up to the region limit for lint: 28,673 regions at 3 limits, 790,529 at 96.
            InputClass(name: "lint, data limits under 12 facts", unit: "limits", base: 12) { n in
                let document = FactLimitPolicy.dataLimits(n)
                return { "\(Linter().lint(document).count) findings" }
            },
        ]
    }

    /// Wall time of every class (or of the classes whose name contains `only`).
    static func run(only: String? = nil) {
        print("\n== growth at 1×/2×/4×/8× (median of 3; ratio to 1×)")
        for input in classes where only.map(input.name.contains) ?? true {
            var first = 0.0
            var figures: [String] = []
            for scale in scales {
                let work = input.prepare(input.base * scale)
                let samples = Measure.samples(3) { _ = work() }
                let median = Double(Measure.quantile(samples, 0.5))
                if scale == 1 { first = max(median, 1) }
                figures.append(String(format: "%d× %@ (%.1f)", scale, Measure.format(nanoseconds: median), median / first))
                print("  \(input.name): " + figures.last!)
                fflush(nil)   // each figure as soon as it is measured, even into a pipe
            }
            print("  \(input.name), 1× = \(input.base) \(input.unit): " + figures.joined(separator: ", "))
        }
    }

    /// Spreadsheet-style names (A, B, …, AA, …) so that every definition is new.
    private static func letters(_ i: Int) -> String {
        var i = i, out = ""
        repeat { out = String(UnicodeScalar(UInt8(65 + i % 26))) + out; i = i / 26 - 1 } while i >= 0
        return out
    }
}
