// Prints speed and memory figures for each stage of the pipeline. Run in release, from
// the package root, after `swift build -c release` (the check figures run the `pledge` binary):
//   swift run -c release pledge-benchmark [Policies-folder]
//   swift run -c release pledge-benchmark --only codec|check|rules|instructions|evaluate
//   swift run -c release pledge-benchmark --load RULES        (one decode + compile of synthetic rules, to profile under callgrind)
//   swift run -c release pledge-benchmark --load-time RULES   (load + compile of synthetic rules, timed: wall and CPU)
//   swift run -c release pledge-benchmark --growth [class]     (only the 1×/2×/4×/8× growth figures)
//   swift run -c release pledge-benchmark --growth-instructions class [base]   (the same in instructions and peak memory)
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--decide", arguments.count == 3, let rules = Int(arguments[1]), let decisions = Int(arguments[2]) {
    InstructionCount.decide(rules: rules, decisions: decisions)
    exit(0)
}
if arguments.first == "--load", arguments.count == 2, let rules = Int(arguments[1]) {
    RuleScaleBenchmark.loadOnce(rules: rules)
    exit(0)
}
if arguments.first == "--load-time", arguments.count == 2, let rules = Int(arguments[1]) {
    RuleScaleBenchmark.loadTime(rules: rules)
    exit(0)
}
if arguments.first == "--growth-once", arguments.count >= 3, let size = Int(arguments[2]) {
    GrowthRun.once(arguments[1], size: size, buildOnly: arguments.dropFirst(3).first == "build")
    exit(0)
}
let only = arguments.first == "--only" ? arguments.dropFirst().first : nil
let policies = only == nil ? arguments.first ?? "Policies" : "Policies"
func runs(_ part: String) -> Bool { only == nil || only == part }

print("pledge-benchmark — release build, one core unless stated")
if CommandLine.arguments.dropFirst().first == "--growth" {
    GrowthBenchmark.run(only: CommandLine.arguments.dropFirst(2).first)
    exit(0)
}
if arguments.first == "--growth-instructions", arguments.count >= 2 {
    GrowthRun.run(only: arguments[1], base: arguments.dropFirst(2).first.flatMap { Int($0) })
    exit(0)
}
if runs("codec") { CodecBenchmark.run() }
if runs("evaluate") { EvaluateBenchmark.run() }
if runs("rules") { RuleScaleBenchmark.run() }
if runs("instructions") { InstructionCount.run(ruleCounts: [0, 100, 1_000, 10_000]) }
if runs("check") { CheckBenchmark.run(sizes: [10_000, 100_000, 1_000_000, 10_000_000]) }
if only == nil {
    LintBenchmark.run(policies: policies)
    ReportBenchmark.run(rules: URL(fileURLWithPath: policies).deletingLastPathComponent().appendingPathComponent("Rules").path)
    ExtractBenchmark.run(policies: policies)
    ReviewBenchmark.run(policies: policies)
    GrowthBenchmark.run()
}
print(String(format: "\npeak resident memory: %.1f MiB", Double(Measure.peakResidentBytes()) / 1_048_576))
