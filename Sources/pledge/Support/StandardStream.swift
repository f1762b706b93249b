import Foundation
import Pledge

/// Standard output and standard error, written with `write(2)` so that a failed write is
/// seen instead of crashing or vanishing: a reader that went away (`pledge diff … | head -1`)
/// ends the output quietly and the exit status still gives the answer; any other failure
/// on standard output (a full disk) is an error, since the report was lost.
enum StandardStream {
    /// Call once at start: a closed pipe then fails a write with EPIPE instead of killing the process.
    static func ignoreBrokenPipes() { signal(SIGPIPE, SIG_IGN) }

    /// Writes a report to standard output.
    static func write(_ text: String) throws {
        try write(bytes: Array(text.utf8))
    }

    /// Writes part of a report, already UTF-8, to standard output.
    static func write(bytes: [UInt8]) throws {
        let failure = DescriptorWriter.writeAll(bytes, to: STDOUT_FILENO)
        guard failure == 0 || failure == EPIPE else {
            throw PledgeError.unwritable(file: "<stdout>", reason: String(cString: strerror(failure)))
        }
    }

    /// Writes diagnostics to standard error; a failure is dropped, as there is nowhere left to report it.
    static func report(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// Writes all of `text`; the errno of a failed write, or 0.
    private static func write(_ text: String, to descriptor: Int32) -> Int32 {
        DescriptorWriter.writeAll(Array(text.utf8), to: descriptor)
    }
}
