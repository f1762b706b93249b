// Prints speed and memory figures for each stage of the pipeline. Run in release:
//   swift run -c release pledge-benchmark [Policies-folder]
//   swift run -c release pledge-benchmark --growth     (only the 1×/2×/4×/8× growth figures)
import Foundation

print("pledge-benchmark — release build, one core unless stated")
if CommandLine.arguments.dropFirst().first == "--growth" {
    GrowthBenchmark.run(only: CommandLine.arguments.dropFirst(2).first)
    exit(0)
}
CodecBenchmark.run()
EvaluateBenchmark.run()
LintBenchmark.run(policies: CommandLine.arguments.dropFirst().first ?? "Policies")
ExtractBenchmark.run(policies: CommandLine.arguments.dropFirst().first ?? "Policies")
GrowthBenchmark.run()
print(String(format: "\npeak resident memory: %.1f MiB", Double(Measure.peakResidentBytes()) / 1_048_576))
