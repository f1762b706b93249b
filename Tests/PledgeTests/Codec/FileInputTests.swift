import Foundation
import Testing
@testable import Pledge

/// Paths that are not plain files: each is a clear "cannot read" naming the path, never a
/// hang, a crash or a Foundation error code.
@Suite struct FileInputTests {
    func problems(_ path: String, limit: Int = 1 << 20) -> [String] {
        CodecFixtures.problems { _ = try FileInput.bytes(atPath: path, limit: limit) }
    }

    @Test func aFolderIsNamedAsOne() throws {
        let folder = try CodecFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(problems(folder.path) == ["0:0: cannot read: Is a directory"])
        #expect(CodecFixtures.problems { _ = try RuleFile.load(path: folder.path) } == ["0:0: cannot read: Is a directory"])
    }

    @Test func aSymlinkLoopIsAnErrorNotAHang() throws {
        let folder = try CodecFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.yaml").path, b = folder.appendingPathComponent("b.yaml").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        #expect(problems(a) == ["0:0: cannot read: Too many levels of symbolic links"])
    }

    @Test func aFIFONobodyWritesToReadsAsEmptyInsteadOfWaiting() throws {
        let folder = try CodecFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("ops.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(try FileInput.bytes(atPath: fifo, limit: 100) == [])
        #expect(CodecFixtures.problems { _ = try OperationFile.load(path: fifo) } == ["1:1: the file is empty"])
    }

    @Test func anEndlessStreamStopsOneBytePastTheLimit() {
        #expect(problems("/dev/zero", limit: 1000) == ["0:0: the file is 1001 bytes, over the limit of 1000 bytes; it is not read"])
    }

    @Test func aFileIsReadWholeWhateverItsSize() throws {
        let folder = try CodecFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ops.yaml").path
        var generator = SeededGenerator(seed: 7)
        let bytes = (0..<200_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(try FileInput.bytes(atPath: path, limit: bytes.count) == bytes)
        #expect(problems(path, limit: bytes.count - 1) == ["0:0: the file is 200000 bytes, over the limit of 199999 bytes; it is not read"])
    }
}
