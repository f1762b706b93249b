import Foundation
import Testing

/// Paths a hostile user gives where a readable file is expected, output that cannot be
/// written, and usage errors: each exits 2 with `path: error: …`, never a Foundation error
/// code, a crash or a half-written file.
@Suite struct BadPathTests {
    let rules = "Tests/PledgeCLITests/Golden/check/clickandchat.yaml"
    let policy = "Policies/clickandchat/2011-12-01.md"

    @Test func aFolderWhereAFileIsExpectedIsNamedAsOneByEveryCommand() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dir = folder.path
        let commands: [[String]] = [
            ["validate", dir], ["lint", dir], ["check", "--rules", dir, rules], ["check", "--rules", rules, dir],
            ["diff", dir, rules], ["diff", rules, dir], ["lint", rules, "--taxonomy", dir], ["extract", policy, "--taxonomy", dir],
        ]
        for arguments in commands {
            let result = try CLIRunner.run(arguments, stdin: "")
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasSuffix("\(dir): error: cannot read: Is a directory\n"), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        }
    }

    @Test func aSymlinkLoopIsNamed() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.md").path, b = folder.appendingPathComponent("b.md").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        let result = try CLIRunner.run(["lint", a])
        #expect(result.status == 2)
        #expect(result.stderr == "\(a): error: cannot read: Too many levels of symbolic links\n")
    }

    @Test func aFIFONobodyWritesToIsAnErrorNotAHang() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("ops.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try CLIRunner.run(["check", "--rules", rules, fifo])
        #expect(result.status == 2)
        #expect(result.stderr == "\(fifo):1:1: error: the file is empty\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func extractIntoAFolderThatCannotBeMadeIsExit2AndWritesNothing() throws {
        let result = try CLIRunner.run(["extract", policy, "-o", "/proc/nope"])
        #expect(result.status == 2)
        #expect(result.stderr == "/proc/nope: error: cannot write: No such file or directory\n")
        #expect(!FileManager.default.fileExists(atPath: "/proc/nope"))

        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("rules").path
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data("a file".utf8)))
        let overFile = try CLIRunner.run(["extract", policy, "-o", blocker])
        #expect(overFile.status == 2)
        #expect(overFile.stderr == "\(blocker): error: cannot write: Not a directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rules"])
    }

    @Test func aRuleFileThatCannotReplaceItsTargetLeavesNoTemporaryFile() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The target path is taken by a folder, so the final rename fails.
        let target = folder.appendingPathComponent("clickandchat/2011-12-01.yaml")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("keep"), withIntermediateDirectories: true)
        let result = try CLIRunner.run(["extract", policy, "-o", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr == "\(target.path): error: cannot write: Is a directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path) == ["2011-12-01.yaml"])
    }

    @Test func extractCheckReadsTheRuleFilesLikeEveryInput() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("clickandchat/2011-12-01.yaml")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let result = try CLIRunner.run(["extract", policy, "-o", folder.path, "--check"])
        #expect(result.status == 2)
        #expect(result.stderr == "\(target.path): error: cannot read: Is a directory\n")
    }

    @Test func aReaderThatGoesAwayEndsTheOutputQuietly() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let result = try CLIRunner.run(["diff", "Policies/clickandchat/2010-09-14.md", policy], stdout: pipe.fileHandleForWriting)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }

    @Test func aFullDiskOnStandardOutputIsAnError() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try CLIRunner.run(["lint", rules], stdout: full)
        #expect(result.status == 2)
        #expect(result.stderr == "<stdout>: error: cannot write: No space left on device\n")
    }

    @Test func anUnwritableStandardErrorDoesNotCrash() throws {
        let process = Process()
        process.executableURL = CLIRunner.productsDirectory.appendingPathComponent("pledge")
        process.arguments = ["lint", "/"]
        process.standardError = FileHandle(forWritingAtPath: "/dev/full")
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 2)
    }

    @Test(arguments: [
        ["check", "--rules", "x.yaml", "--format", "nope"],
        ["lint", "--no-such-flag", "x.yaml"],
        ["diff", "only-one.yaml"],
        ["no-such-command"],
    ])
    func usageErrorsExit2LikeAllBadInput(_ arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stderr.contains("Usage: pledge"))
    }

    @Test func helpDocumentsTheExitStatuses() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Exit status, for every command: 0 success; 1 the answer is no"))
        #expect(result.stdout.contains("usage"))
    }
}
