import Foundation
import Pledge

/// Instructions per decision, free of timing noise: this executable runs itself under
/// `valgrind --tool=callgrind` deciding `n` operations and 0 operations, and divides the
/// difference in instructions by `n`. Skipped when valgrind is not installed.
enum InstructionCount {
    static let decisions = 100_000

    static func run(ruleCounts: [Int]) {
        print("\n== instructions per decision (valgrind --tool=callgrind, outcome(of: CompiledOperation))")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/valgrind") else {
            print("  valgrind not installed: skipped")
            return
        }
        for rules in ruleCounts {
            guard let many = instructions(rules: rules, decisions: decisions), let none = instructions(rules: rules, decisions: 0) else {
                print("  \(rules) rules: callgrind gave no total")
                continue
            }
            print(String(format: "  %@: %.0f instructions per decision", rules == 0 ? "ClickAndChat rules (Rules/clickandchat/2011-12-01.yaml)" : "\(rules) synthetic rules",
                         Double(many - none) / Double(decisions)))
        }
    }

    /// The body of one measured run (`--decide RULES N`): 0 rules means the ClickAndChat rule file.
    static func decide(rules: Int, decisions: Int) {
        let document = rules == 0
            ? try? RuleFile.decode(String(contentsOfFile: "Rules/clickandchat/2011-12-01.yaml", encoding: .utf8), file: "clickandchat.yaml")
            : SyntheticPolicy.document(rules: rules)
        guard let document, let engine = try? Engine(document: document) else { exit(2) }
        let compiled = RuleScaleBenchmark.operationsFor(engine, document).compactMap { try? engine.compile($0) }
        var denied = 0
        for i in 0..<decisions where engine.outcome(of: compiled[i & 4_095]) == .deny { denied += 1 }
        print(denied)
    }

    private static func instructions(rules: Int, decisions: Int) -> Int? {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-callgrind-\(getpid()).out").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/valgrind")
        process.arguments = ["--tool=callgrind", "--callgrind-out-file=\(out)", CommandLine.arguments[0], "--decide", "\(rules)", "\(decisions)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        guard let text = try? String(contentsOfFile: out, encoding: .utf8) else { return nil }
        let total = text.split(separator: "\n").first { $0.hasPrefix("summary:") || $0.hasPrefix("totals:") }
        return total.flatMap { Int($0.split(separator: " ").last ?? "") }
    }
}
