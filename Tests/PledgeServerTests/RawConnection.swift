import Foundation

/// A plain TCP connection to the server: the tests' only HTTP client. It sends exactly the bytes
/// a test writes (also requests no HTTP client would send) and reads what comes back, with no
/// client library in between whose own event loop could fail under load.
final class RawConnection {
    let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if status != 0 { throw ServerProcess.Failure(description: "cannot connect to port \(port)") }
    }

    deinit { close(descriptor) }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            // MSG_NOSIGNAL: once the server has closed a slow connection, a write fails with EPIPE instead of ending
            // the whole test run with SIGPIPE.
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { throw ServerProcess.Failure(description: "write failed after \(sent) of \(bytes.count) bytes") }
            sent += n
        }
    }

    /// Sends nothing more (a half-close): the server still answers what it has read.
    func finishSending() { shutdown(descriptor, Int32(SHUT_WR)) }

    /// What arrived before the server closed the connection (nil on timeout).
    func readUntilClosed(timeout: Double) throws -> String? {
        try readBytesUntilClosed(timeout: timeout).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes that arrived before the server closed the connection (nil on timeout).
    func readBytesUntilClosed(timeout: Double) throws -> [UInt8]? {
        var received: [UInt8] = []
        let deadline = Date(timeIntervalSinceNow: timeout)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            var pollInfo = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&pollInfo, 1, 100) > 0 else { continue }
            let n = read(descriptor, &buffer, buffer.count)
            if n <= 0 { return received }
            received += buffer[..<n]
        }
        return nil
    }

    /// Whatever has arrived, if anything, without waiting.
    func readIfAvailable() throws -> String? {
        var pollInfo = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&pollInfo, 1, 0) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = read(descriptor, &buffer, buffer.count)
        return n > 0 ? String(decoding: buffer[..<n], as: UTF8.self) : nil
    }
}
