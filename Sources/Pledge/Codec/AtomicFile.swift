import Foundation

/// Writes a file so that readers see the old contents or the new, never half of either:
/// the text goes to a temporary file in the same folder, which is then renamed over the
/// target. Every failure is a ``PledgeError/unwritable(file:reason:)`` naming the path
/// (a missing folder too), and leaves no temporary file behind, nor does SIGTERM or SIGINT
/// once ``PendingTemporaryFile/removeOnTermination()`` is installed.
package enum AtomicFile {
    package static func write(_ text: String, toPath path: String) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp").path
        PendingTemporaryFile.begin(temporary)
        defer { PendingTemporaryFile.end() }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw unwritable(path, errno) }
        var failure = DescriptorWriter.writeAll(Array(text.utf8), to: descriptor)
        // A full disk may only show at fsync or close: both count before the rename.
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw unwritable(path, failure)
        }
    }

    private static func unwritable(_ path: String, _ code: Int32) -> PledgeError {
        .unwritable(file: path, reason: String(cString: strerror(code)))
    }
}
