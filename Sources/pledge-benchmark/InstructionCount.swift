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
        // This valgrind cannot read the release build's debug information: it runs a copy without it.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-benchmark-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: copy) }
        guard run("/usr/bin/objcopy", ["--strip-debug", CommandLine.arguments[0], copy]) else {
            print("  objcopy could not copy the executable: skipped")
            return
        }
        for rules in ruleCounts {
            guard let many = instructions(copy, ["--decide", "\(rules)", "\(decisions)"]),
                  let none = instructions(copy, ["--decide", "\(rules)", "0"]) else {
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

    /// The instructions one run of `executable` with `arguments` takes, by callgrind.
    static func instructions(_ executable: String, _ arguments: [String]) -> Int? {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-callgrind-\(getpid()).out").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        guard run("/usr/bin/valgrind", ["--tool=callgrind", "--callgrind-out-file=\(out)", executable] + arguments) else { return nil }
        guard let text = try? String(contentsOfFile: out, encoding: .utf8) else { return nil }
        let total = text.split(separator: "\n").first { $0.hasPrefix("summary:") || $0.hasPrefix("totals:") }
        return total.flatMap { Int($0.split(separator: " ").last ?? "") }
    }

    /// Runs a program quietly; whether it exited 0.
    static func run(_ program: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
