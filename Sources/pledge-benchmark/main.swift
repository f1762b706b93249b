// Prints speed and memory figures for each stage of the pipeline. Run in release:
//   swift run -c release pledge-benchmark [Policies-folder]
import Foundation

print("pledge-benchmark — release build, one core unless stated")
CodecBenchmark.run()
EvaluateBenchmark.run()
LintBenchmark.run(policies: CommandLine.arguments.dropFirst().first ?? "Policies")
ReportBenchmark.run(rules: URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? "Policies").deletingLastPathComponent().appendingPathComponent("Rules").path)
ExtractBenchmark.run(policies: CommandLine.arguments.dropFirst().first ?? "Policies")
ReviewBenchmark.run(policies: CommandLine.arguments.dropFirst().first ?? "Policies")
print(String(format: "\npeak resident memory: %.1f MiB", Double(Measure.peakResidentBytes()) / 1_048_576))
