import Foundation

/// Reads a file's bytes for a decoder, refusing one over the size limit before reading it
/// (so a gigabyte file costs a `stat`, not a gigabyte of memory). Every failure is a
/// ``PledgeError/unreadable(file:reason:)`` naming the file: a folder, a missing file, a
/// symlink loop, a FIFO nobody writes to.
package enum FileInput {
    package static func bytes(atPath path: String, limit: Int) throws -> [UInt8] {
        // Non-blocking, so opening a FIFO that has no writer returns at once instead of
        // waiting forever; a pipe that does have one (`<(…)`, /dev/stdin) reads as usual.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path, errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw unreadable(path, errno) }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFDIR { throw unreadable(path, EISDIR) }
        if kind == S_IFREG, status.st_size > limit {
            throw PledgeError.invalid([Diagnostic(.tooLarge(bytes: Int(status.st_size), limit: limit), file: path)])
        }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0, fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == 0 else { throw unreadable(path, errno) }
        return try bytes(readingFrom: descriptor, file: path, limit: limit, expected: kind == S_IFREG ? Int(status.st_size) : nil)
    }

    /// Reads an open descriptor to its end (standard input, say), refusing more than `limit` bytes.
    /// - Parameter expected: the size, when known, to read into one buffer.
    package static func bytes(readingFrom descriptor: Int32, file: String, limit: Int, expected: Int? = nil) throws -> [UInt8] {
        // One byte past the limit tells an over-size stream (a pipe, /dev/zero) apart.
        var bytes = [UInt8](repeating: 0, count: min(limit, expected ?? 1 << 16) + 1)
        var count = 0
        while count <= limit {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - count))) }
            let received = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress.map { $0 + count }, $0.count - count) }
            if received < 0 {
                if errno == EINTR { continue }
                throw unreadable(file, errno)
            }
            if received == 0 { break }
            count += received
        }
        if count > limit {
            throw PledgeError.invalid([Diagnostic(.tooLarge(bytes: count, limit: limit), file: file)])
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func unreadable(_ path: String, _ code: Int32) -> PledgeError {
        .unreadable(file: path, reason: String(cString: strerror(code)))
    }
}
