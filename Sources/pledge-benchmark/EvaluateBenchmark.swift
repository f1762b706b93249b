import Foundation
import Pledge

/// Decision speed on the seed rules (Rules/**/*.yaml; until they exist, the hand-written
/// rule file the CLI tests use): median and p99 per decision over a million varied
/// operations on one thread and on every core, load + compile time of a rule file, and
/// heap allocations per decision.
enum EvaluateBenchmark {
    static let decisions = 1_000_000
    static let fallback = "Tests/PledgeCLITests/Golden/check/clickandchat.yaml"

    static func run() {
        print("\n== evaluate ==")
        var files = ruleFiles(under: "Rules")
        if files.isEmpty {
            print("no Rules/**/*.yaml yet: using \(fallback)")
            files = [fallback]
        }
        for file in files {
            do {
                try run(file: file)
            } catch {
                print("\(file): \(error)")
            }
        }
    }

    static func ruleFiles(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") && !ReviewFile.isReviewFile($0) && !ExpectationFile.isExpectationFile($0) }
            .sorted().map { "\(folder)/\($0)" }
    }

    static func run(file: String) throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let loads = try Measure.samples(200) { _ = try Engine(document: RuleFile.decode(text, file: file)) }
        let document = try RuleFile.decode(text, file: file)
        let compiles = try Measure.samples(200) { _ = try Engine(document: document) }
        let engine = try Engine(document: document)
        print("\(file): \(document.rules.count) rules, \(text.utf8.count) bytes")
        print("  load + compile: median \(format(loads, 0.5)), p99 \(format(loads, 0.99)) (compile alone: median \(format(compiles, 0.5)))")

        var generator = OperationGenerator(seed: 2026, taxonomy: engine.taxonomy, terms: Array(document.terms.keys))
        let operations = (0..<4_096).map { _ in generator.next() }
        let compiled = operations.compactMap { try? engine.compile($0) }
        var outcomes: [Outcome: Int] = [:]
        for operation in compiled { outcomes[engine.outcome(of: operation), default: 0] += 1 }
        print("  \(compiled.count) distinct operations, cycled: " + Outcome.allCases.map { "\($0.rawValue) \(outcomes[$0] ?? 0)" }.joined(separator: ", "))

        let overhead = clockOverhead()
        report("outcome(of: CompiledOperation), 1 thread", perCall(decisions, overhead) { i in
            _ = engine.outcome(of: compiled[i & 4_095])
        })
        report("outcome(of: Operation) (hash lookups), 1 thread", perCall(decisions, overhead) { i in
            _ = engine.outcome(of: operations[i & 4_095])
        })
        report("evaluate(_:) → Decision (explained), 1 thread", perCall(decisions / 10, overhead) { i in
            _ = engine.evaluate(compiled[i & 4_095])
        })
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let start = Measure.now()
        let perThread = ThreadSafeSamples()
        DispatchQueue.concurrentPerform(iterations: cores) { t in
            perThread.add(perCall(decisions, overhead) { i in _ = engine.outcome(of: compiled[(i &+ t &* 977) & 4_095]) })
        }
        let wall = Double(Measure.now() - start)
        report("outcome(of: CompiledOperation), \(cores) threads", perThread.merged())
        print(String(format: "    throughput on %d threads: %.1f M decisions/s", cores, Double(cores * decisions) / wall * 1_000))

        let allocations = AllocationCount.during {
            for i in 0..<100_000 { _ = engine.outcome(of: compiled[i & 4_095]) }
        }
        let resolving = AllocationCount.during {
            for i in 0..<100_000 { _ = engine.outcome(of: operations[i & 4_095]) }
        }
        let explained = AllocationCount.during {
            for i in 0..<10_000 { _ = engine.evaluate(compiled[i & 4_095]) }
        }
        if let allocations, let resolving, let explained {
            print(String(format: "  heap allocations per decision: outcome(of: CompiledOperation) %.3f, outcome(of: Operation) %.3f, evaluate(_:) %.2f",
                         Double(allocations) / 100_000, Double(resolving) / 100_000, Double(explained) / 10_000))
        } else {
            print("  heap allocations: not counted on this platform")
        }
    }

    /// Times each call on its own, less the cost of reading the clock.
    static func perCall(_ count: Int, _ overhead: UInt64, _ body: (Int) -> Void) -> [UInt64] {
        var samples = [UInt64](repeating: 0, count: count)
        for i in 0..<count {
            let start = Measure.now()
            body(i)
            let elapsed = Measure.now() - start
            samples[i] = elapsed > overhead ? elapsed - overhead : 0
        }
        return samples.sorted()
    }

    static func clockOverhead() -> UInt64 {
        Measure.quantile(perCall(200_000, 0) { _ in }, 0.5)
    }

    static func report(_ label: String, _ sorted: [UInt64]) {
        let mean = Double(sorted.reduce(0, +)) / Double(max(sorted.count, 1))
        print("  \(label): median \(Measure.quantile(sorted, 0.5)) ns, p99 \(Measure.quantile(sorted, 0.99)) ns, mean \(Int(mean)) ns")
    }

    static func format(_ sorted: [UInt64], _ q: Double) -> String {
        Measure.format(nanoseconds: Double(Measure.quantile(sorted, q)))
    }
}

/// Samples gathered by several threads.
final class ThreadSafeSamples: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [UInt64] = []

    func add(_ samples: [UInt64]) { lock.withLock { all += samples } }
    func merged() -> [UInt64] { lock.withLock { all.sorted() } }
}
