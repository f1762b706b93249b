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
/// The buffer is a list of chunks of whole lines (``chunkBytes`` each, or one request's lines
/// if they alone are more): taking a request's lines copies them once, into the last chunk or
/// a new one, and never copies the lines already taken to make room, as one growing buffer
/// did — moving it, and faulting in the fresh pages of the larger one, cost more than the
/// lines. Written chunks are emptied and reused (up to ``keptChunks`` of them).
///
/// Memory: the chunks being filled and those being written each hold at most
/// `max(maxPendingBytes, one request's lines)` of lines (a chunk's unused end is at most one
/// request's lines), the emptied ones kept `keptChunks × chunkBytes`; a waiting request holds
/// only its own lines.
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

    /// The pending lines are handed to the writer early once they are this many bytes.
    private static let writeThreshold = 256 << 10
    /// A chunk's capacity: lines are taken into chunks of this size (one request's lines,
    /// if they alone are more, into a chunk of their own).
    package static let chunkBytes = 256 << 10
    /// Emptied chunks kept for reuse; more, which the disk's lag made, are let go, so memory
    /// comes back down when the writer has caught up.
    static let keptChunks = 16

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
    /// Chunks of whole lines waiting to be written; the last one is being filled.
    private var pending: [[UInt8]] = []
    private var pendingBytes = 0
    /// Written chunks, emptied, to be filled again.
    private var emptied: [[UInt8]] = []
    private var waiting: [Waiter] = []
    private var waiters: UInt64 = 0
    private var closing = false
    private var failure: String?
    // The writer thread's own: the chunks being written (swapped with `pending`) and the file.
    private var writing: [[UInt8]] = []
    private var file: DecisionLogFile

    /// Opens (appending to) the log file and starts its writer.
    /// - Throws: ``PledgeError/unwritable(file:reason:)`` when the file cannot be opened.
    package init(settings: Settings) throws {
        self.settings = settings
        file = try DecisionLogFile(path: settings.path, rotateBytes: settings.rotateBytes, keep: settings.keep)
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
        pendingBytes == 0 || pendingBytes + count <= settings.maxPendingBytes
    }

    /// Appends about `byteCount` bytes of whole lines to the last chunk when they fit in it,
    /// else to a chunk of their own (an emptied one when they fit in one).
    private func take(_ byteCount: Int, _ write: (inout [UInt8]) -> Void) {
        let fits = pending.last.map { $0.capacity - $0.count >= byteCount } ?? false
        if !fits {
            if byteCount <= Self.chunkBytes, let chunk = emptied.popLast() {
                pending.append(chunk)
            } else {
                var chunk: [UInt8] = []
                chunk.reserveCapacity(max(byteCount, Self.chunkBytes))
                pending.append(chunk)
            }
        }
        let before = pending[pending.count - 1].count
        write(&pending[pending.count - 1])
        pendingBytes += pending[pending.count - 1].count - before
        if pendingBytes >= Self.writeThreshold { condition.signal() }
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
            if pendingBytes < Self.writeThreshold && waiting.isEmpty && !closing {
                _ = condition.wait(until: Date(timeIntervalSinceNow: settings.flushInterval))
            }
            // The chunks written last time, emptied, go back to be filled again.
            for chunk in writing where chunk.capacity > 0 && emptied.count < Self.keptChunks { emptied.append(chunk) }
            writing.removeAll(keepingCapacity: true)
            swap(&pending, &writing)
            pendingBytes = 0
            let admitted = admitWaiting()
            let done = closing
            condition.unlock()
            for waiter in admitted { waiter.resume.resume(returning: nil) }
            if let problem = write(writing) {
                condition.lock()
                failure = failure ?? problem
                let refused = waiting
                waiting = []
                condition.unlock()
                for waiter in refused { waiter.resume.resume(returning: .failed(problem)) }
                FileHandle.standardError.write(Data("pledge-server: decision log: \(problem)\n".utf8))
            }
            // Emptied, a chunk of the usual size kept, a larger one let go.
            for index in writing.indices {
                writing[index].removeAll(keepingCapacity: writing[index].capacity <= 2 * Self.chunkBytes)
            }
            if done {
                file.close()
                finished.signal()
                return
            }
        }
    }

    /// Writes the chunks in order; stops at the first that cannot be written.
    private func write(_ chunks: [[UInt8]]) -> String? {
        for chunk in chunks where !chunk.isEmpty {
            if let problem = file.write(chunk) { return problem }
        }
        return nil
    }
}
