import Foundation

/// A `pledge-server` started for one test, on a free loopback port (`--port 0`: the server
/// prints the port it bound), stopped by the test with a signal.
final class ServerProcess: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let process = Process()
    private let lock = NSLock()
    private var stdoutText = ""
    private var stderrText = ""
    private(set) var port = 0

    /// The folder that holds the built products (the test bundle sits in it too).
    static var productsDirectory: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("pledge-server").path), url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url
    }

    /// The test fixtures in the source tree.
    static var fixtures: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures") }

    /// Starts the server with `arguments` (`--port 0` is added) and waits until it listens.
    init(_ arguments: [String]) async throws {
        process.executableURL = Self.productsDirectory.appendingPathComponent("pledge-server")
        process.arguments = arguments + ["--port", "0"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.stdoutText += String(decoding: data, as: UTF8.self) }
        }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.stderrText += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
        let marker = "listening on http://127.0.0.1:"
        try await Self.poll("the server to listen", timeout: Self.patience) { [self] in
            if !process.isRunning { throw Failure(description: "pledge-server exited: \(stderr)") }
            guard let range = stdout.range(of: marker) else { return false }
            let digits = stdout[range.upperBound...].prefix { $0.isNumber }
            port = Int(digits) ?? 0
            return port > 0
        }
    }

    var stdout: String { lock.withLock { stdoutText } }
    var stderr: String { lock.withLock { stderrText } }

    /// Sends a signal (SIGTERM, SIGHUP, …).
    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Sends SIGTERM and waits for the exit; returns the exit status.
    @discardableResult
    func terminate() async throws -> Int32 {
        signal(SIGTERM)
        try await Self.poll("the server to exit", timeout: Self.patience) { [self] in !process.isRunning }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// How long a test waits for something the server should do at once. Generous: the whole
    /// suite shares two cores, and other suites' tests can hold both for a minute.
    static let patience = 300.0

    /// Awaits `condition` every 20 ms until it holds; fails after `timeout` seconds.
    static func poll(_ what: String, timeout: Double, _ condition: () async throws -> Bool) async throws {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while try await !condition() {
            if Date() > deadline { throw Failure(description: "timed out after \(timeout) s waiting for \(what)") }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Runs `pledge-server` with exactly `arguments` until it exits by itself (it refuses to start).
    static func runToExit(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("pledge-server")
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }

    /// A copy of a fixture rules folder (or an empty one), for a test that changes it.
    static func rulesCopy(of fixture: String? = "rules") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-server-\(UUID().uuidString)")
        if let fixture {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(fixture), to: url)
        } else {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        return url
    }
}

extension ServerProcess {
    /// Sends a request on a connection of its own (`Connection: close`) and returns the answer,
    /// whatever its status. The blocking reads run off the concurrency pool's threads.
    func send(_ method: String, _ path: String, body: String? = nil, headers: [String: String] = [:]) async throws -> HTTPExchange {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let payload = Array((body ?? "").utf8)
        if body != nil {
            if !headers.keys.contains(where: { $0.lowercased() == "content-type" }) { head += "Content-Type: application/json\r\n" }
            head += "Content-Length: \(payload.count)\r\n"
        }
        let request = Array((head + "\r\n").utf8) + payload
        let port = port
        let answer: [UInt8] = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result {
                    let connection = try RawConnection(port: port)
                    try connection.send(request)
                    guard let bytes = try connection.readBytesUntilClosed(timeout: Self.patience) else {
                        throw Failure(description: "no answer to \(method) \(path) within \(Self.patience) s")
                    }
                    return bytes
                })
            }
        }
        return try HTTPExchange(parsing: answer)
    }

    func check(_ body: String, policy: String = "shop", version: String? = nil, headers: [String: String] = [:]) async throws -> HTTPExchange {
        try await send("POST", "/v1/check?policy=\(policy)" + (version.map { "&version=\($0)" } ?? ""), body: body, headers: headers)
    }
}
