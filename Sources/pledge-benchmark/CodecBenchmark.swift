import Foundation
import Pledge

/// Figures for the codec: load + compile a rule file (target ≤ 5 ms), encode, a large
/// file's throughput, and how fast hostile input is refused.
enum CodecBenchmark {
    static func run() {
        print("\n== codec")
        let files = ruleFiles()
        let inputs: [(String, String)] = files.isEmpty
            ? [("synthetic, 60 rules", RuleFile.encode(synthetic(rules: 60)))]
            : files.compactMap { path in (try? String(contentsOfFile: path, encoding: .utf8)).map { (path, $0) } }
        for (name, text) in inputs {
            guard let document = try? RuleFile.decode(text, file: name) else { print("\(name): does not load"); continue }
            let load = Measure.samples(200) { _ = try? RuleFile.decode(text, file: name) }
            let compile = Measure.samples(200) { _ = try? Engine(document: RuleFile.decode(text, file: name)) }
            let encode = Measure.samples(200) { _ = RuleFile.encode(document) }
            print("\(name) (\(text.utf8.count) bytes, \(document.rules.count) rules): decode \(median(load)), "
                  + "decode + compile \(median(compile)) (target ≤ 5 ms), encode \(median(encode))")
        }

        let big = RuleFile.encode(synthetic(rules: 12_000))
        let bigLoad = Measure.samples(5) { _ = try? RuleFile.decode(big, file: "big.yaml") }
        let mib = Double(big.utf8.count) / 1_048_576
        print(String(format: "large file: %.1f MiB, 12000 rules: decode ", mib) + median(bigLoad)
              + String(format: " (%.1f MiB/s)", mib / (Double(Measure.quantile(bigLoad, 0.5)) / 1e9)))

        var bomb = "pledge: 1\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (p, n) in zip("abcdefgh", "bcdefghi") { bomb += "\(n): &\(n) [" + Array(repeating: "*\(p)", count: 9).joined(separator: ",") + "]\n" }
        let deep = String(repeating: "[", count: 1_000_000)
        let oversize = [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
        print("refused: alias bomb \(median(Measure.samples(20) { _ = try? RuleFile.decode(bomb, file: "bomb.yaml") })), "
              + "1,000,000-level nesting \(median(Measure.samples(5) { _ = try? RuleFile.decode(deep, file: "deep.yaml") })), "
              + "50 MiB in memory \(median(Measure.samples(5) { _ = try? RuleFile.decode(bytes: oversize, file: "huge.yaml") }))")
    }

    private static func median(_ samples: [UInt64]) -> String {
        Measure.format(nanoseconds: Double(Measure.quantile(samples, 0.5)))
    }

    /// The committed rule files, when the benchmark runs in the repository.
    private static func ruleFiles() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: "Rules") else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") && !ReviewFile.isReviewFile($0) && !ExpectationFile.isExpectationFile($0) }
            .sorted().map { "Rules/" + $0 }
    }

    /// A document shaped like an extracted policy: rules over real taxonomy keys, quoted clauses.
    private static func synthetic(rules count: Int) -> PolicyDocument {
        let taxonomy = Taxonomy.standard
        func pick(_ dimension: Pledge.Dimension, _ i: Int) -> String {
            let nodes = taxonomy[dimension].nodes
            return nodes[(i * 7919) % nodes.count].key
        }
        var rules: [Rule] = []
        for i in 0..<count {
            let scope = Scope(action: [pick(.action, i)], data: [pick(.data, i), pick(.data, i + 1)],
                              purpose: i % 2 == 0 ? [pick(.purpose, i)] : nil, recipient: [pick(.recipient, i)])
            let exception = Exception(scope: Scope(recipient: [pick(.recipient, i + 3)]), when: [pick(.context, i + 1)])
            let text = "We will not share your personal information with third parties, except as described in clause \(i)."
            rules.append(Rule(id: "rule-\(i)", effect: Effect.allCases[i % 3], scope: scope,
                              when: i % 5 == 0 ? [pick(.context, i)] : [], unless: i % 4 == 0 ? [exception] : [],
                              source: Provenance(section: "Section \(i / 10)", line: i + 1, text: text)))
        }
        let policy = PolicyMetadata(id: "synthetic", title: "Synthetic: Privacy Policy", effective: "2024-06-01")
        return PolicyDocument(policy: policy, rules: rules)
    }
}
