import Foundation
import Pledge

/// `pledge check` end to end, as a user runs it: the release `pledge` binary beside this
/// one reads a JSON Lines file of 10k to 10M operations against the ClickAndChat rules and
/// writes each report format to /dev/null. Two inputs: every operation drawn afresh from
/// the whole taxonomy (no two alike in 100,000: the worst case, nothing reused), and a
/// log of 1,000 distinct operations repeated with new ids (as a service's log repeats
/// what it does). Wall time, operations per second, and the peak resident memory of the
/// `pledge` process (targets: ≥ 1,000,000 operations/s with the text or JSON Lines
/// report; under 100 MB at 10M operations).
enum CheckBenchmark {
    static let rules = "Rules/clickandchat/2011-12-01.yaml"

    static func run(sizes: [Int]) {
        print("\n== pledge check, end to end (JSON Lines in, report to /dev/null; \(ProcessInfo.processInfo.activeProcessorCount) cores)")
        let pledge = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("pledge").path
        guard FileManager.default.isExecutableFile(atPath: pledge) else {
            print("  \(pledge) not built: run `swift build -c release` first")
            return
        }
        for (input, sample) in [("varied", lines(count: 100_000, shapes: nil)), ("log of 1,000 operations", lines(count: 100_000, shapes: 1_000))] {
            print("  -- \(input)")
            run(sample, sizes: sizes, pledge: pledge)
        }
    }

    private static func run(_ sample: [UInt8], sizes: [Int], pledge: String) {
        for size in sizes {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-ops-\(size).jsonl").path
            guard write(sample, repeatedTo: size, at: path) else { print("  cannot write \(path)"); continue }
            defer { try? FileManager.default.removeItem(atPath: path) }
            let mib = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
            for format in ["text", "jsonl", "json"] where format != "json" || size <= 1_000_000 {
                guard let run = spawn(pledge, ["check", "--rules", rules, path, "--format", format]) else { print("  spawn failed"); continue }
                print(String(format: "  %8d operations (%.0f MiB), --format %-5@: %6.2f s, %5.2f M operations/s, peak memory %.0f MiB (exit %d)",
                             size, mib, format, run.seconds, Double(size) / run.seconds / 1e6, Double(run.peakBytes) / 1_048_576, run.status))
            }
        }
    }

    /// Operations as JSON Lines, every one valid, with ids: each drawn afresh, or drawn
    /// from a pool of `shapes` operations.
    private static func lines(count: Int, shapes: Int?) -> [UInt8] {
        var generator = OperationGenerator(seed: 2026, taxonomy: .standard, terms: [])
        let pool = (0..<(shapes ?? 0)).map { _ in generator.next() }
        var text = ""
        for i in 0..<count {
            let op = pool.isEmpty ? generator.next() : pool[(i &* 7_919) % pool.count]
            var fields = ["\"id\": \"op-\(i)\"", "\"action\": \"\(op.action)\"", "\"data\": [\(op.data.map { "\"\($0)\"" }.joined(separator: ", "))]"]
            if let r = op.recipient { fields.append("\"recipient\": \"\(r)\"") }
            if let p = op.purpose { fields.append("\"purpose\": \"\(p)\"") }
            if let i = op.identifiability { fields.append("\"identifiability\": \"\(i)\"") }
            if !op.context.isEmpty { fields.append("\"context\": [\(op.context.map { "\"\($0)\"" }.joined(separator: ", "))]") }
            if let d = op.retention { fields.append("\"retention\": \"\(d.text)\"") }
            text += "{" + fields.joined(separator: ", ") + "}\n"
        }
        return Array(text.utf8)
    }

    private static func write(_ sample: [UInt8], repeatedTo count: Int, at path: String) -> Bool {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else { return false }
        defer { try? handle.close() }
        var written = 0
        let perSample = 100_000
        while written < count {
            let take = min(perSample, count - written)
            if take == perSample {
                handle.write(Data(sample))
            } else {
                var lines = 0
                let end = sample.firstIndex { byte in
                    if byte == 0x0A { lines += 1 }
                    return lines == take
                } ?? sample.count - 1
                handle.write(Data(sample[...end]))
            }
            written += take
        }
        return true
    }

    /// Runs a program with standard output to /dev/null: wall time, peak RSS, exit status.
    private static func spawn(_ program: String, _ arguments: [String]) -> (seconds: Double, peakBytes: Int, status: Int32)? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let start = Measure.now()
        guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        let seconds = Double(Measure.now() - start) / 1e9
        return (seconds, usage.ru_maxrss * 1024, (status >> 8) & 0xFF)
    }
}
