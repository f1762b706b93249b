import Foundation

/// Wall-clock measurement for the benchmark: repeated runs, reported as median and p99.
enum Measure {
    /// Nanoseconds since an arbitrary origin, from the monotonic clock.
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Nanoseconds of CPU this thread has used: on a shared machine, unlike the wall clock,
    /// it leaves out the time other processes held the cores.
    static func threadCPUNow() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Runs `body` `repetitions` times and returns each run's duration in nanoseconds by
    /// `clock` (the wall clock unless told), sorted.
    static func samples(_ repetitions: Int, clock: () -> UInt64 = now, _ body: () throws -> Void) rethrows -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(repetitions)
        for _ in 0..<repetitions {
            let start = clock()
            try body()
            result.append(clock() - start)
        }
        return result.sorted()
    }

    /// The value at quantile `q` (0…1) of sorted samples.
    static func quantile(_ sorted: [UInt64], _ q: Double) -> UInt64 {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * q))]
    }

    /// A duration in the most readable unit.
    static func format(nanoseconds: Double) -> String {
        switch nanoseconds {
        case ..<1_000: return String(format: "%.0f ns", nanoseconds)
        case ..<1_000_000: return String(format: "%.2f µs", nanoseconds / 1_000)
        case ..<1_000_000_000: return String(format: "%.2f ms", nanoseconds / 1_000_000)
        default: return String(format: "%.2f s", nanoseconds / 1_000_000_000)
        }
    }

    /// The peak resident set size of this process, in bytes.
    static func peakResidentBytes() -> Int {
        #if os(Linux)
        let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let RUSAGE_SELF_WHO = RUSAGE_SELF
        #endif
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        #if os(Linux)
        return usage.ru_maxrss * 1024
        #else
        return usage.ru_maxrss
        #endif
    }
}
