import Foundation
import Pledge

/// The decision log: one JSON line per decision. Request handlers append their lines to a
/// buffer before they answer; one writer thread writes the buffer to the file at least every
/// ``Settings/flushInterval`` (sooner when it fills), rotates the file by size, and on
/// ``close()`` writes what is left and syncs, so a graceful shutdown loses no answered line.
///
/// Backpressure: when the buffer holds ``Settings/maxPendingBytes`` (the writer is behind), a
/// request's lines are not taken; the request waits, suspended (its event loop serves other
/// connections meanwhile), in line behind the requests already waiting. Each time the writer
/// takes the buffer to write it, it moves the waiting requests' lines into the emptied buffer,
/// first come first, as far as they fit, and resumes those requests. A request still waiting
/// after ``Settings/maxWait`` is refused, its lines never taken: a decision is answered only
/// once its line is in the buffer, and a refused one never reaches the log.
///
/// Memory: the buffer being filled and the one being written each hold at most
/// `max(maxPendingBytes, one request's lines)`; a waiting request holds only its own lines.
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
        /// Lines waiting to be written beyond this many bytes (the disk, or the writer thread,
        /// is behind) make new requests wait for room.
        package var maxPendingBytes: Int = 16 << 20
        /// The longest a request waits for room, in seconds, before it is refused.
        package var maxWait: Double = 1

        package init(path: String) { self.path = path }
    }

    /// Why a decision could not be logged, and so is not answered.
    package enum Refusal: Error, Sendable {
        case failed(String)
        /// No room for the lines within ``Settings/maxWait``.
        case backlogged
    }

    /// The pending buffer is handed to the writer early once it holds this much.
    private static let writeThreshold = 256 << 10
    /// A buffer that grew past this while the disk lagged is let go once written, so memory
    /// comes back down when the writer has caught up.
    private static let keptCapacity = 16 * writeThreshold

    /// A request whose lines found no room: resumed with `nil` once they are in the buffer,
    /// or with why they never will be.
    private struct Waiter {
        let number: UInt64
        let lines: [UInt8]
        let resume: CheckedContinuation<Refusal?, Never>
    }

    package let settings: Settings
    private let condition = NSCondition()
    private let finished = DispatchSemaphore(value: 0)
    // Guarded by `condition`.
    private var pending: [UInt8] = []
    private var waiting: [Waiter] = []
    private var waiters: UInt64 = 0
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

    /// Appends lines (each ending in a newline), waiting for room while the writer is behind.
    /// Returns once they are in the buffer, so the caller may answer; throws when they never
    /// will be (the log failed or closed, or no room came within ``Settings/maxWait``), so the
    /// caller refuses the decision rather than answer it unlogged.
    /// - Returns: whether the lines had to wait for room.
    @discardableResult
    package func append(_ lines: [UInt8]) async throws(Refusal) -> Bool {
        if try takeAtOnce(byteCount: lines.count, { $0 += lines }) { return false }
        if let refusal = await withCheckedContinuation({ wait(lines, $0) }) { throw refusal }
        return true
    }

    /// Takes lines when there is room for `byteCount` bytes and no request waits before them,
    /// without waiting: `write` appends them (each ending in a newline) straight to the log's
    /// buffer, so they are copied once. False when they must wait (then ``append(_:)`` waits
    /// for room).
    /// - Throws: when they never will be taken (the log failed or closed).
    package func takeAtOnce(byteCount: Int, _ write: (inout [UInt8]) -> Void) throws(Refusal) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if let refusal = refusal() { throw refusal }
        guard waiting.isEmpty && hasRoom(for: byteCount) else { return false }
        take(byteCount, write)
        return true
    }

    /// Why the log stopped taking lines, if it did.
    package var problem: String? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    /// Writes every pending line, syncs and closes the file; waits for the writer to finish.
    /// Requests still waiting for room are refused.
    package func close() {
        condition.lock()
        let first = !closing
        closing = true
        let refused = waiting
        waiting = []
        condition.signal()
        condition.unlock()
        for waiter in refused { waiter.resume.resume(returning: .failed("the decision log is closed")) }
        if first { finished.wait() }
    }

    // MARK: Under the lock

    private func refusal() -> Refusal? {
        if let failure { return .failed(failure) }
        if closing { return .failed("the decision log is closed") }
        return nil
    }

    /// Room for `count` more bytes: within the limit, or an empty buffer (a request whose lines
    /// alone pass the limit is taken once the buffer is empty, never refused for its size).
    private func hasRoom(for count: Int) -> Bool {
        pending.isEmpty || pending.count + count <= settings.maxPendingBytes
    }

    private func take(_ byteCount: Int, _ write: (inout [UInt8]) -> Void) {
        let needed = pending.count + byteCount
        if needed > pending.capacity {
            // Grown by doubling up to the limit and no further, so that a full buffer does not
            // hold twice the limit.
            pending.reserveCapacity(max(needed, min(2 * pending.capacity, settings.maxPendingBytes)))
        }
        write(&pending)
        if pending.count >= Self.writeThreshold { condition.signal() }
    }

    /// Queues a request that found no room (unless room or a refusal came meanwhile) and
    /// refuses it after ``Settings/maxWait`` unless the writer has taken its lines by then.
    private func wait(_ lines: [UInt8], _ resume: CheckedContinuation<Refusal?, Never>) {
        condition.lock()
        if let refusal = refusal() {
            condition.unlock()
            return resume.resume(returning: refusal)
        }
        if waiting.isEmpty && hasRoom(for: lines.count) {
            take(lines.count) { $0 += lines }
            condition.unlock()
            return resume.resume(returning: nil)
        }
        waiters &+= 1
        let number = waiters
        waiting.append(Waiter(number: number, lines: lines, resume: resume))
        condition.signal()
        condition.unlock()
        DispatchQueue.global().asyncAfter(deadline: .now() + settings.maxWait) { [self] in expire(number) }
    }

    private func expire(_ number: UInt64) {
        condition.lock()
        guard let index = waiting.firstIndex(where: { $0.number == number }) else { return condition.unlock() }
        let waiter = waiting.remove(at: index)
        condition.unlock()
        waiter.resume.resume(returning: .backlogged)
    }

    /// Moves the waiting requests' lines that fit into the buffer, first come first.
    private func admitWaiting() -> [Waiter] {
        var admitted = 0
        while admitted < waiting.count && hasRoom(for: waiting[admitted].lines.count) {
            let lines = waiting[admitted].lines
            take(lines.count) { $0 += lines }
            admitted += 1
        }
        let done = Array(waiting[..<admitted])
        waiting.removeFirst(admitted)
        return done
    }

    // MARK: The writer thread

    private func writeUntilClosed() {
        while true {
            condition.lock()
            if pending.count < Self.writeThreshold && waiting.isEmpty && !closing {
                _ = condition.wait(until: Date(timeIntervalSinceNow: settings.flushInterval))
            }
            swap(&pending, &writing)
            let admitted = admitWaiting()
            let done = closing
            condition.unlock()
            for waiter in admitted { waiter.resume.resume(returning: nil) }
            if !writing.isEmpty, let problem = write(writing) {
                condition.lock()
                failure = failure ?? problem
                let refused = waiting
                waiting = []
                condition.unlock()
                for waiter in refused { waiter.resume.resume(returning: .failed(problem)) }
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
