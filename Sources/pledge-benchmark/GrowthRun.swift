import Foundation

/// Load-independent growth figures: for each scale, this executable runs itself as a child
/// that builds one input and processes it once (`--growth-once CLASS N`), and once more
/// that only builds it (`--growth-once CLASS N build`). Under `valgrind --tool=callgrind`
/// the difference is the instructions the processing took; run plainly, the child reports
/// its peak resident memory.
enum GrowthRun {
    /// The child's body: builds the input of class `name` at size `n`, processes it unless
    /// `buildOnly`, and prints what the work made (if it says) and its peak resident memory
    /// in bytes, last.
    static func once(_ name: String, size n: Int, buildOnly: Bool) {
        guard let input = GrowthBenchmark.classes.first(where: { $0.name.contains(name) }) else {
            print("no input class named \(name)")
            exit(2)
        }
        let work = input.prepare(n)
        if !buildOnly, let made = work() { print(made) }
        print(Measure.peakResidentBytes())
    }

    /// Instructions and peak memory at 1×/2×/4×/8× of `base` (the class's own base when nil).
    static func run(only: String, base: Int?) {
        print("\n== growth at 1×/2×/4×/8×: instructions (valgrind --tool=callgrind) and peak resident memory")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/valgrind") else {
            print("  valgrind not installed: skipped")
            return
        }
        // This valgrind cannot read the release build's debug information: it runs a copy without it.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-benchmark-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: copy) }
        guard InstructionCount.run("/usr/bin/objcopy", ["--strip-debug", CommandLine.arguments[0], copy]) else {
            print("  objcopy could not copy the executable: skipped")
            return
        }
        for input in GrowthBenchmark.classes where input.name.contains(only) {
            let base = base ?? input.base
            var first = 1.0
            var figures: [String] = []
            for scale in GrowthBenchmark.scales {
                let n = base * scale
                guard let total = InstructionCount.instructions(copy, ["--growth-once", input.name, "\(n)"]),
                      let building = InstructionCount.instructions(copy, ["--growth-once", input.name, "\(n)", "build"]),
                      let (peak, made) = plainRun(["--growth-once", input.name, "\(n)"])
                else {
                    print("  \(input.name) at \(n) \(input.unit): no figure")
                    return
                }
                let work = Double(total - building)
                if scale == 1 { first = max(work, 1) }
                figures.append(String(format: "%d× %.3g instructions (%.1f), %.1f MiB", scale, work, work / first, Double(peak) / 1_048_576)
                               + (made.map { ", \($0)" } ?? ""))
                print("  \(input.name): " + figures.last!)
                fflush(nil)
            }
            print("  \(input.name), 1× = \(base) \(input.unit): " + figures.joined(separator: ", "))
        }
    }

    /// The peak resident memory a plain child run reports, and what its work made.
    private static func plainRun(_ arguments: [String]) -> (Int, String?)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
        guard let peak = lines.last.flatMap({ Int($0) }) else { return nil }
        return (peak, lines.count > 1 ? String(lines[lines.count - 2]) : nil)
    }
}
