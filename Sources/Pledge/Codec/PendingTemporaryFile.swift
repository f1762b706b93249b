#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary file ``AtomicFile`` is writing, kept where a signal handler can reach it,
/// so that SIGTERM or SIGINT (Ctrl-C) in the middle of `extract -o` leaves no hidden
/// `.NAME.yaml.UUID.tmp` behind. The path lives in a fixed C buffer (a handler may not
/// allocate or take locks); the handler unlinks it, then dies of the signal as it would have.
package enum PendingTemporaryFile {
    private static let capacity = 4_096
    nonisolated(unsafe) private static let path = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var pending: sig_atomic_t = 0

    /// Installs the handler for SIGTERM and SIGINT, and unblocks them (a parent may have
    /// spawned us with them blocked); a command that writes files calls it once.
    package static func removeOnTermination() {
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in [SIGTERM, SIGINT] {
            sigaddset(&unblocked, number)
            _ = signal(number) { received in
                if PendingTemporaryFile.pending != 0 { unlink(PendingTemporaryFile.path) }
                _ = signal(received, SIG_DFL)
                raise(received)
            }
        }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    }

    /// Names the file about to be created (a path too long to keep is not named; the write
    /// goes ahead all the same).
    static func begin(_ file: String) {
        let bytes = Array(file.utf8)
        guard bytes.count < capacity else { return }
        pending = 0
        for (i, byte) in bytes.enumerated() { path[i] = CChar(bitPattern: byte) }
        path[bytes.count] = 0
        pending = 1
    }

    /// The file was renamed into place or removed.
    static func end() { pending = 0 }
}
