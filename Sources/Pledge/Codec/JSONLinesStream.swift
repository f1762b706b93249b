import Foundation

/// JSON Lines read from a file or standard input a batch of lines at a time, so that
/// memory stays flat whatever the size of the input: there is no limit on the input,
/// only on one line (``maxLineBytes``; a longer line is reported and skipped). Each
/// batch's lines point into one buffer that stays valid until the next batch is asked for.
package final class JSONLinesStream {
    /// The longest line read; an operation is a few hundred bytes.
    package static let maxLineBytes = 1 << 20
    private static let bufferBytes = 4 << 20

    /// One line: where it sits in the buffer, its number and its byte offset in the input.
    package struct Line {
        package var bytes: Range<Int>
        package var number: Int
        package var offset: Int
    }

    package let file: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: UnsafeMutableBufferPointer<UInt8>
    /// The unread bytes are `buffer[start..<end]`; `start` is line `lineNumber + 1`, at `offset` in the input.
    private var start = 0, end = 0
    private var lineNumber = 0, offset = 0
    private var atEnd = false
    /// Inside a line over the limit, which is dropped up to its line feed.
    private var skipping = false

    /// Opens a file, refusing a folder; a FIFO with no writer is an error, not a hang.
    package convenience init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.unreadable(path, errno) }
        var status = stat()
        let flags = fcntl(descriptor, F_GETFL)
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR,
              flags >= 0, fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == 0
        else {
            let code = status.st_mode & S_IFMT == S_IFDIR ? EISDIR : errno
            close(descriptor)
            throw Self.unreadable(path, code)
        }
        self.init(descriptor: descriptor, file: path, owns: true)
    }

    /// Reads an open descriptor (standard input), which stays open.
    package init(descriptor: Int32, file: String, owns: Bool = false) {
        self.descriptor = descriptor
        self.file = file
        self.ownsDescriptor = owns
        buffer = .allocate(capacity: Self.bufferBytes)
    }

    deinit {
        buffer.deallocate()
        if ownsDescriptor { close(descriptor) }
    }

    /// Lends the buffer the lines of the last batch point into.
    package func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(buffer))
    }

    /// Up to `maxLines` more lines that are not blank, with the problems met on the way
    /// (an over-long line); nil at the end of the input.
    package func next(maxLines: Int) throws -> (lines: [Line], problems: [Diagnostic])? {
        // The unread bytes are moved to the front only when the room from them to the
        // buffer's end could not hold the longest line: not after every batch, which moved
        // the three batches still unread each time.
        if start > 0, buffer.count - start <= Self.maxLineBytes {
            if end > start { UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: buffer.baseAddress! + start, byteCount: end - start) }
            end -= start
            start = 0
        }
        var lines: [Line] = []
        var problems: [Diagnostic] = []
        var scanned = start
        while lines.count < maxLines {
            if scanned < end, let found = memchr(buffer.baseAddress! + scanned, 0x0A, end - scanned) {
                let feed = buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                take(start..<feed, into: &lines, &problems)
                offset += feed + 1 - start
                start = feed + 1
                scanned = start
                continue
            }
            scanned = end
            if atEnd {
                if start < end { take(start..<end, into: &lines, &problems) }
                offset += end - start
                start = end
                break
            }
            if skipping || end - start > Self.maxLineBytes {
                if !skipping {
                    problems.append(Diagnostic(.lineTooLong(limit: Self.maxLineBytes), file: file, line: lineNumber + 1, column: 1))
                    skipping = true
                }
                offset += end - start
                end = start
                scanned = start
            }
            if end == buffer.count { break }
            let received = read(descriptor, buffer.baseAddress! + end, buffer.count - end)
            if received < 0 {
                if errno == EINTR { continue }
                throw Self.unreadable(file, errno)
            }
            if received == 0 { atEnd = true } else { end += received }
        }
        if lines.isEmpty, problems.isEmpty, atEnd, start == end { return nil }
        return (lines, problems)
    }

    /// Counts a complete line and keeps it unless it is blank, over the limit or the rest
    /// of a dropped one.
    private func take(_ range: Range<Int>, into lines: inout [Line], _ problems: inout [Diagnostic]) {
        lineNumber += 1
        if skipping {
            skipping = false
            return
        }
        if range.count > Self.maxLineBytes {
            problems.append(Diagnostic(.lineTooLong(limit: Self.maxLineBytes), file: file, line: lineNumber, column: 1))
            return
        }
        let blank = range.allSatisfy { buffer[$0] == 0x20 || buffer[$0] == 0x09 || buffer[$0] == 0x0D }
        if !blank { lines.append(Line(bytes: range, number: lineNumber, offset: offset)) }
    }

    private static func unreadable(_ path: String, _ code: Int32) -> PledgeError {
        .unreadable(file: path, reason: String(cString: strerror(code)))
    }
}
