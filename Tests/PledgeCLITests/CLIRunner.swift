import Foundation

/// Runs the `pledge` executable built beside the test bundle.
enum CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder that holds the built products (the test bundle sits in it too).
    static var productsDirectory: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On Linux the runner is `<products>/PledgePackageTests.xctest`; on macOS it is inside the bundle.
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("pledge").path), url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url
    }

    /// The repository root, for the bundled Policies/ and Rules/.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `pledge` with the arguments, in the package root, feeding `stdin`.
    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> Result {
        // A command that stops before reading all its input (a bad file, a usage error) closes the pipe: writing to
        // it must fail with EPIPE, not end the whole test run with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("pledge")
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // `pledge check` streams: it writes results while it still reads, so standard input
        // is fed and standard error drained on other threads, or a full pipe would stall both sides.
        let feeding = DispatchGroup()
        let writer = input.fileHandleForWriting
        DispatchQueue.global().async(group: feeding) {
            if let stdin { try? writer.write(contentsOf: Data(stdin.utf8)) }
            try? writer.close()
        }
        let errors = StandardError()
        DispatchQueue.global().async(group: feeding) { errors.data = err.fileHandleForReading.readDataToEndOfFile() }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        feeding.wait()
        let stderrData = errors.data
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// A new empty folder for a test's files; the test removes it.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Set to 1 to rewrite the golden files with today's output instead of comparing:
    /// `PLEDGE_UPDATE_GOLDEN=1 swift test --filter PledgeCLITests`, then read `git diff`.
    static let updatingGoldens = ProcessInfo.processInfo.environment["PLEDGE_UPDATE_GOLDEN"] == "1"

    /// The golden file's contents, or, when ``updatingGoldens``, `output` written to it
    /// (in the source tree) and returned.
    static func golden(_ name: String, updatingWith output: String) throws -> String {
        guard updatingGoldens else { return try golden(name) }
        let url = packageRoot.appendingPathComponent("Tests/PledgeCLITests/Golden/\(name)")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try output.write(to: url, atomically: true, encoding: .utf8)
        return output
    }

    /// The contents of a golden file.
    static func golden(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Golden/\(name)", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

extension CLIRunner {
    /// Runs `pledge` with standard output going to `output` (a pipe with no reader, /dev/full)
    /// and returns the exit status and standard error.
    static func run(_ arguments: [String], stdout output: FileHandle) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("pledge")
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let err = Pipe()
        process.standardOutput = output
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus,
                String(decoding: stderrData, as: UTF8.self))
    }
}

/// Standard error as read on another thread; read after that thread is done.
private final class StandardError: @unchecked Sendable {
    var data = Data()
}
