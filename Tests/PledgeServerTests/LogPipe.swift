import Foundation

/// A named pipe given to the server as its decision log: the test decides when the server's
/// log writer may write, as a slow or stuck disk would. Until ``drain()``, the writer fills the
/// pipe (64 KiB) and then blocks in `write`, holding the lines it took, as on a stuck disk.
final class LogPipe: @unchecked Sendable {
    let url: URL
    private let descriptor: Int32
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    private var ended = false

    /// Makes the pipe in `folder` and opens its reading end (without waiting for a writer, so
    /// the server's open for writing finds a reader and does not wait either).
    init(in folder: URL) throws {
        url = folder.appendingPathComponent("decisions.pipe")
        guard mkfifo(url.path, 0o600) == 0 else { throw ServerProcess.Failure(description: "mkfifo \(url.path): errno \(errno)") }
        descriptor = open(url.path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw ServerProcess.Failure(description: "open \(url.path): errno \(errno)") }
    }

    deinit { close(descriptor) }

    /// From now on, reads everything written, until the server closes its end.
    func drain() {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        Thread { [self] in
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                lock.withLock {
                    if count > 0 { bytes += chunk[..<count] } else { ended = true }
                }
                if count <= 0 { return }
            }
        }.start()
    }

    /// Every line written, once the server has closed the pipe (after it exited).
    func lines() async throws -> [[String: Any]] {
        try await ServerProcess.poll("the decision log pipe to end", timeout: ServerProcess.patience) { lock.withLock { ended } }
        let text = lock.withLock { String(decoding: bytes, as: UTF8.self) }
        return try text.split(separator: "\n").map {
            guard let object = try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] else {
                throw ServerProcess.Failure(description: "not a JSON object: \($0)")
            }
            return object
        }
    }
}
