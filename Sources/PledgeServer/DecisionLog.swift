import Foundation
import Pledge

/// The decision log: one JSON line per decision. Request handlers append their lines to a
/// buffer before they answer; one writer thread writes the buffer to the file at least every
/// ``Settings/flushInterval`` (sooner when it fills), rotates the file by size, and on
/// ``close()`` writes what is left and syncs, so a graceful shutdown loses no answered line.
package final class DecisionLog: @unchecked Sendable {
    package struct Settings: Sendable {
        /// The log file; rotated files are `<path>.1` (newest) … `<path>.<keep>`.
        package var path: String
        /// The longest a line waits in memory, in seconds.
        package var flushInterval: Double = 1
        /// A file that would grow past this many bytes is rotated first.
        package var rotateBytes: Int = 64 << 20
        /// How many rotated files are kept.
        package var keep: Int = 5
        /// Lines waiting beyond this many bytes (the disk cannot keep up) refuse new decisions.
        package var maxPendingBytes: Int = 64 << 20

        package init(path: String) { self.path = path }
    }

    /// Why a decision could not be logged, and so is not answered.
    package enum Refusal: Error, Sendable {
        case failed(String)
        case backlogged
    }

    /// The pending buffer is handed to the writer early once it holds this much.
    private static let writeThreshold = 256 << 10
    /// A buffer that grew past this while the disk lagged is let go once written, so memory
    /// comes back down when the writer has caught up.
    private static let keptCapacity = 4 * writeThreshold

    package let settings: Settings
    private let condition = NSCondition()
    private let finished = DispatchSemaphore(value: 0)
    // Guarded by `condition`.
    private var pending: [UInt8] = []
    private var closing = false
    private var failure: String?
    // The writer thread's own: the lines being written (swapped with `pending`, so neither
    // buffer is allocated anew for every write), the file and its size.
    private var writing: [UInt8] = []
    private var descriptor: Int32
    private var size: Int

    /// Opens (appending to) the log file and starts its writer.
    /// - Throws: ``PledgeError/unwritable(file:reason:)`` when the file cannot be opened.
    package init(settings: Settings) throws {
        self.settings = settings
        (descriptor, size) = try Self.open(settings.path)
        let thread = Thread { [self] in writeUntilClosed() }
        thread.name = "pledge-decision-log"
        thread.start()
    }

    /// Appends lines (each ending in a newline). Throws when the log cannot take them, so
    /// the caller refuses the decision rather than answer it unlogged.
    package func append(_ lines: [UInt8]) throws(Refusal) {
        condition.lock()
        defer { condition.unlock() }
        if let failure { throw .failed(failure) }
        if closing { throw .failed("the decision log is closed") }
        if pending.count + lines.count > settings.maxPendingBytes { throw .backlogged }
        pending += lines
        if pending.count >= Self.writeThreshold { condition.signal() }
    }

    /// Why the log stopped taking lines, if it did.
    package var problem: String? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    /// Writes every pending line, syncs and closes the file; waits for the writer to finish.
    package func close() {
        condition.lock()
        let first = !closing
        closing = true
        condition.signal()
        condition.unlock()
        if first { finished.wait() }
    }

    private func writeUntilClosed() {
        while true {
            condition.lock()
            if pending.count < Self.writeThreshold && !closing {
                _ = condition.wait(until: Date(timeIntervalSinceNow: settings.flushInterval))
            }
            swap(&pending, &writing)
            let done = closing
            condition.unlock()
            if !writing.isEmpty, let problem = write(writing) {
                condition.lock()
                failure = failure ?? problem
                condition.unlock()
                FileHandle.standardError.write(Data("pledge-server: decision log: \(problem)\n".utf8))
            }
            writing.removeAll(keepingCapacity: writing.capacity <= Self.keptCapacity)
            if done {
                fsync(descriptor)
                Foundation.close(descriptor)
                finished.signal()
                return
            }
        }
    }

    /// Writes a chunk of whole lines, rotating between lines so that no file grows past the
    /// limit (a single line longer than the limit gets a file of its own).
    private func write(_ chunk: [UInt8]) -> String? {
        let newline = UInt8(ascii: "\n")
        var rest = chunk[...]
        while !rest.isEmpty {
            let room = max(0, settings.rotateBytes - size)
            let end: Int
            if rest.count <= room {
                end = rest.endIndex
            } else if let last = rest.prefix(room).lastIndex(of: newline) {
                end = last + 1
            } else if size > 0 {
                if let problem = rotate() { return problem }
                continue
            } else {
                end = (rest.firstIndex(of: newline) ?? rest.endIndex - 1) + 1
            }
            let lines = end == chunk.endIndex && rest.startIndex == 0 ? chunk : Array(rest[..<end])
            let status = DescriptorWriter.writeAll(lines, to: descriptor)
            if status != 0 { return "cannot write: \(String(cString: strerror(status)))" }
            size += end - rest.startIndex
            rest = rest[end...]
        }
        return nil
    }

    /// `<path>.<k>` → `<path>.<k+1>` for the kept files, the live file → `<path>.1`, and a new live file.
    private func rotate() -> String? {
        let path = settings.path
        fsync(descriptor)
        Foundation.close(descriptor)
        if settings.keep > 0 {
            for k in stride(from: settings.keep - 1, through: 1, by: -1) { rename("\(path).\(k)", "\(path).\(k + 1)") }
            rename(path, "\(path).1")
        } else {
            unlink(path)
        }
        do {
            (descriptor, size) = try Self.open(path)
            return nil
        } catch {
            descriptor = -1
            return "cannot open a new file after rotating: \(String(cString: strerror(errno)))"
        }
    }

    private static func open(_ path: String) throws -> (Int32, Int) {
        let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw PledgeError.unwritable(file: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        fstat(fd, &info)
        return (fd, Int(info.st_size))
    }
}
