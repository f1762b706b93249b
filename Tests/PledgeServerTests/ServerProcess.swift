import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

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
    private(set) var baseURL = URL(string: "http://127.0.0.1")!
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
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
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

/// An HTTP exchange with the server.
struct HTTPExchange: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    func json() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw ServerProcess.Failure(description: "not a JSON object: \(text)")
        }
        return object
    }

    /// A header, whatever case the server wrote its name in.
    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}

extension ServerProcess {
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = patience
        configuration.httpMaximumConnectionsPerHost = 16
        return URLSession(configuration: configuration)
    }()

    /// Sends a request and returns the answer, whatever its status.
    func send(_ method: String, _ path: String, body: String? = nil, headers: [String: String] = [:]) async throws -> HTTPExchange {
        var request = URLRequest(url: URL(string: path, relativeTo: baseURL)!)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await Self.session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw Failure(description: "not an HTTP response") }
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields { fields["\(name)"] = "\(value)" }
        return HTTPExchange(status: http.statusCode, headers: fields, body: data)
    }

    func check(_ body: String, policy: String = "shop", version: String? = nil, headers: [String: String] = [:]) async throws -> HTTPExchange {
        try await send("POST", "/v1/check?policy=\(policy)" + (version.map { "&version=\($0)" } ?? ""), body: body, headers: headers)
    }
}
