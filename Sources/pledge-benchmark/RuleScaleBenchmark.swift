import Foundation
import Pledge

/// Decision cost and load + compile time as rule sets grow, 10 to 100,000 rules
/// (targets: ≤ 200 ns a compiled decision at 10,000 rules, ≤ 1 µs at 100,000; load +
/// compile of 10,000 rules ≤ 100 ms; no step in the curve).
enum RuleScaleBenchmark {
    static let sizes = [10, 100, 1_000, 10_000, 100_000]

    static func run() {
        print("\n== rule-set size (synthetic rules over the whole taxonomy, 1 thread)")
        let overhead = EvaluateBenchmark.clockOverhead()
        for count in sizes {
            let document = SyntheticPolicy.document(rules: count)
            guard let engine = try? Engine(document: document) else { print("\(count) rules: does not compile"); continue }
            let text = RuleFile.encode(document)
            let repetitions = count >= 10_000 ? 3 : 20
            let compile = Measure.samples(repetitions) { _ = try? Engine(document: document) }
            let compileCPU = Measure.samples(repetitions, clock: Measure.threadCPUNow) { _ = try? Engine(document: document) }
            var load = "over the rule-file size limit"
            if (try? RuleFile.decode(text, file: "synthetic.yaml")) != nil {
                let loadAndCompile = { _ = try? Engine(document: RuleFile.decode(text, file: "synthetic.yaml")) }
                load = format(Measure.samples(repetitions, loadAndCompile)) + " (CPU "
                    + format(Measure.samples(repetitions, clock: Measure.threadCPUNow, loadAndCompile)) + ")"
            }
            let operations = operationsFor(engine, document)
            let compiled = operations.compactMap { try? engine.compile($0) }
            let decisions = count >= 100_000 ? 200_000 : 1_000_000
            let start = Measure.now()
            for i in 0..<decisions { _ = engine.outcome(of: compiled[i & 4_095]) }
            let mean = Double(Measure.now() - start) / Double(decisions)
            let perCall = EvaluateBenchmark.perCall(decisions / 4, overhead) { i in _ = engine.outcome(of: compiled[i & 4_095]) }
            let explainedStart = Measure.now()
            for i in 0..<20_000 { _ = engine.evaluate(compiled[i & 4_095]) }
            let explained = Double(Measure.now() - explainedStart) / 20_000
            print(String(format: "  %6d rules (%.1f MiB YAML): load + compile %@, compile %@ (CPU %@); outcome(of: CompiledOperation) mean %.0f ns, median %llu ns, p99 %llu ns; evaluate(_:) mean %@",
                         count, Double(text.utf8.count) / 1_048_576, load, format(compile), format(compileCPU), mean,
                         Measure.quantile(perCall, 0.5), Measure.quantile(perCall, 0.99), Measure.format(nanoseconds: explained)))
        }
    }

    /// One decode and compile of `count` synthetic rules from their YAML (`--load RULES`), for a
    /// profile of load + compile under callgrind (`RuleFile.decode` and `Engine.init` inclusive).
    static func loadOnce(rules count: Int) {
        let text = RuleFile.encode(SyntheticPolicy.document(rules: count))
        guard let document = try? RuleFile.decode(text, file: "synthetic.yaml"), let engine = try? Engine(document: document) else { exit(2) }
        print(engine.document.rules.count)
    }

    /// Load + compile of `count` synthetic rules from their YAML, timed alone (`--load-time RULES`):
    /// the median of 11 runs by the wall clock and by the thread's CPU, and the decode alone.
    static func loadTime(rules count: Int) {
        let text = RuleFile.encode(SyntheticPolicy.document(rules: count))
        guard (try? RuleFile.decode(text, file: "synthetic.yaml")) != nil else { print("\(count) rules: does not load"); exit(2) }
        let loadAndCompile = { _ = try? Engine(document: RuleFile.decode(text, file: "synthetic.yaml")) }
        let wall = Measure.samples(11, loadAndCompile)
        let cpu = Measure.samples(11, clock: Measure.threadCPUNow, loadAndCompile)
        let decode = Measure.samples(11, clock: Measure.threadCPUNow) { _ = try? RuleFile.decode(text, file: "synthetic.yaml") }
        print("\(count) rules (\(text.utf8.count) bytes): load + compile median \(format(wall)) wall, \(format(cpu)) CPU "
            + "(min \(Measure.format(nanoseconds: Double(cpu[0]))), max \(Measure.format(nanoseconds: Double(cpu[cpu.count - 1])))); decode alone \(format(decode)) CPU")
    }

    /// 4,096 varied operations, as ``EvaluateBenchmark`` draws them.
    static func operationsFor(_ engine: Engine, _ document: PolicyDocument) -> [Pledge.Operation] {
        var generator = OperationGenerator(seed: 2026, taxonomy: engine.taxonomy, terms: Array(document.terms.keys))
        return (0..<4_096).map { _ in generator.next() }
    }

    private static func format(_ samples: [UInt64]) -> String {
        Measure.format(nanoseconds: Double(Measure.quantile(samples, 0.5)))
    }
}
