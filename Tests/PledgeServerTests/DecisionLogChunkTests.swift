import Foundation
import PledgeServer
import Testing

/// The decision log keeps the lines waiting to be written in chunks, reused once written, and
/// hands the file's written pages back to the kernel: whatever the requests' sizes — a line,
/// part of a chunk, more than a chunk — every line reaches the file once, whole and in the
/// order it was taken, across rotated files.
@Suite struct DecisionLogChunkTests {
    /// Request `number`'s lines: `count` lines of about 100 bytes, numbered.
    static func lines(request number: Int, count: Int) -> [UInt8] {
        var text = ""
        for line in 0..<count {
            text += #"{"request":\#(number),"line":\#(line),"pad":"\#(String(repeating: "x", count: 60 + line % 7))"}"# + "\n"
        }
        return Array(text.utf8)
    }

    /// A request's line count: one line, a quarter of a chunk, most of a chunk (so the next
    /// request does not fit behind it), more than a chunk (a chunk of its own).
    static let counts = [1, 600, 2_300, 3_500, 1, 40]

    @Test func everyLineReachesTheFilesOnceWholeAndInOrder() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-chunks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var settings = DecisionLog.Settings(path: folder.appendingPathComponent("decisions.log").path)
        settings.flushInterval = 0.01
        settings.rotateBytes = 1 << 20
        settings.keep = 100
        // Small enough that requests wait for room, so waiting lines go into chunks too.
        settings.maxPendingBytes = 1 << 20
        let log = try DecisionLog(settings: settings)
        var expected: [UInt8] = []
        for number in 0..<60 {
            let lines = Self.lines(request: number, count: Self.counts[number % Self.counts.count])
            expected += lines
            try await log.append(lines)
        }
        log.close()

        // Oldest first: decisions.log.N … decisions.log.1, then decisions.log.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let rotated = names.compactMap { Int($0.split(separator: ".").last ?? "") }.sorted(by: >)
        #expect(rotated.count >= 3, "\(names)")
        var written: [UInt8] = []
        for name in rotated.map({ "decisions.log.\($0)" }) + ["decisions.log"] {
            let file = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(file.count <= settings.rotateBytes, "\(name): \(file.count) bytes")
            #expect(file.last == UInt8(ascii: "\n"), "\(name) ends inside a line")
            written += file
        }
        #expect(written.count == expected.count)
        // Compared as a whole (not by `#expect`'s diff of two arrays of megabytes).
        let same = written == expected
        #expect(same, "the files' lines differ from the lines taken, in order")
    }

    @Test func aRequestLargerThanAChunkIsTakenWhole() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-chunks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("decisions.log").path
        let log = try DecisionLog(settings: DecisionLog.Settings(path: path))
        let small = Self.lines(request: 0, count: 3), large = Self.lines(request: 1, count: 4_000)
        #expect(large.count > DecisionLog.chunkBytes)
        // Taken at once, behind a chunk already begun: neither waits.
        #expect(try log.takeAtOnce(byteCount: small.count) { $0 += small })
        #expect(try log.takeAtOnce(byteCount: large.count) { $0 += large })
        log.close()
        let same = try Data(contentsOf: URL(fileURLWithPath: path)) == Data(small + large)
        #expect(same, "the file holds other bytes than the two requests' lines, in order")
    }
}
