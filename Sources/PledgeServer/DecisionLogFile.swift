import Foundation
import Pledge

/// The decision log's file as its writer thread keeps it: appends whole lines, rotates the
/// file by size between lines, and hands the page cache back the pages it has written.
///
/// A log is written once and read seldom, but every page the kernel caches for it is a page
/// it takes afresh: the copy into a fresh page cost the server more than the rest of a logged
/// decision (in a virtual machine, whose host backs a page only when it is first touched,
/// 0.5 GB/s against 5 GB/s into a page used before). So each write is followed by a
/// `POSIX_FADV_DONTNEED` over the bytes written since two writes ago: the kernel starts
/// writing back the newest pages (without waiting for them) and drops those of the write
/// before, clean by then; a page still being written back is left to the kernel's own
/// reclaim. The next writes take the dropped pages again, and the file's cache stays small
/// whatever its size.
struct DecisionLogFile: ~Copyable {
    let path: String
    /// A file that would grow past this many bytes is rotated first.
    let rotateBytes: Int
    /// How many rotated files are kept.
    let keep: Int
    private var descriptor: Int32
    private(set) var size: Int
    /// Where the last release began and ended: the next one starts where the last began, so
    /// that pages still being written back then are dropped now.
    private var released: (start: Int, end: Int) = (0, 0)

    /// Opens (appending to) the file.
    /// - Throws: ``PledgeError/unwritable(file:reason:)`` when it cannot be opened.
    init(path: String, rotateBytes: Int, keep: Int) throws {
        self.path = path
        self.rotateBytes = rotateBytes
        self.keep = keep
        (descriptor, size) = try Self.open(path)
        released = (size, size)
    }

    /// Writes a chunk of whole lines, rotating between lines so that no file grows past the
    /// limit (a single line longer than the limit gets a file of its own), then releases the
    /// pages written. Returns why it could not, if it could not.
    mutating func write(_ chunk: [UInt8]) -> String? {
        let newline = UInt8(ascii: "\n")
        var rest = chunk[...]
        while !rest.isEmpty {
            let room = max(0, rotateBytes - size)
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
        releaseWrittenPages()
        return nil
    }

    /// Syncs and closes the file.
    mutating func close() {
        fsync(descriptor)
        Foundation.close(descriptor)
        descriptor = -1
    }

    /// Asks the kernel to write back, and drop from its cache, the whole pages written since
    /// the last release began. Advice only: what it cannot drop yet it keeps.
    private mutating func releaseWrittenPages() {
        let page = 4096
        let end = size / page * page
        guard end > released.end else { return }
        posix_fadvise(descriptor, off_t(released.start), off_t(end - released.start), POSIX_FADV_DONTNEED)
        released = (released.end, end)
    }

    /// `<path>.<k>` → `<path>.<k+1>` for the kept files, the live file → `<path>.1`, and a new live file.
    private mutating func rotate() -> String? {
        // The old file's pages are written back by the sync; drop them too.
        fsync(descriptor)
        posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED)
        Foundation.close(descriptor)
        if keep > 0 {
            for k in stride(from: keep - 1, through: 1, by: -1) { rename("\(path).\(k)", "\(path).\(k + 1)") }
            rename(path, "\(path).1")
        } else {
            unlink(path)
        }
        do {
            (descriptor, size) = try Self.open(path)
            released = (size, size)
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
