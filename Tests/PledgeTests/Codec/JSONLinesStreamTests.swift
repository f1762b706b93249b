import Foundation
import Testing
@testable import Pledge

/// A JSON Lines input read a batch at a time through one buffer, whose unread bytes are
/// moved to its front only when the room left could not hold the longest line: every line
/// comes out once, in order, with its own bytes, number and offset, whether it sits at the
/// buffer's end, straddles the move, or is dropped for being over the limit.
@Suite struct JSONLinesStreamTests {
    /// Every line of `text`, with its number and offset, as the stream gives them; the
    /// problems met; and how many lines each batch held.
    func read(_ text: [UInt8], maxLines: Int) throws -> (lines: [(text: [UInt8], number: Int, offset: Int)], problems: [Diagnostic], batches: [Int]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-lines-\(UUID()).jsonl").path
        try Data(text).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let stream = try JSONLinesStream(path: path)
        var lines: [(text: [UInt8], number: Int, offset: Int)] = [], problems: [Diagnostic] = [], batches: [Int] = []
        while let batch = try stream.next(maxLines: maxLines) {
            // A batch's lines are read before the next batch is asked for, as a check reads them.
            stream.withBytes { bytes in
                for line in batch.lines { lines.append((Array(bytes[line.bytes]), line.number, line.offset)) }
            }
            problems += batch.problems
            batches.append(batch.lines.count)
        }
        return (lines, problems, batches)
    }

    /// Lines of lengths drawn at random, each naming its own number, several buffers' worth.
    func lines(_ count: Int, seed: UInt64) -> [String] {
        var g = SeededGenerator(seed: seed)
        return (1...count).map { n in "{\"id\": \"op-\(n)\", \"pad\": \"" + String(repeating: "x", count: Int(g.next() % 300)) + "\"}" }
    }

    @Test func everyLineComesOutOnceInOrderAcrossTheBuffersMoves() throws {
        let expected = lines(60_000, seed: 5)
        let text = Array(expected.map { $0 + "\n" }.joined().utf8)
        #expect(text.count > 2 * (4 << 20))
        let read = try read(text, maxLines: CheckStream.batchLines)
        #expect(read.problems.isEmpty)
        #expect(read.lines.count == expected.count)
        var offset = 0
        for (n, line) in read.lines.enumerated() {
            #expect(line.number == n + 1 && line.offset == offset && line.text == Array(expected[n].utf8), "line \(n + 1)")
            offset += expected[n].utf8.count + 1
        }
        // Batches are full but where the buffer's end cuts one short: never empty.
        #expect(read.batches.allSatisfy { $0 > 0 })
        #expect(read.batches.filter { $0 == CheckStream.batchLines }.count >= read.batches.count / 2)
    }

    @Test func aLineOverTheLimitIsDroppedAndTheLinesAroundItKeptWhereverItFalls() throws {
        for before in [1_000, 20_000, 26_000] {
            var expected = lines(before, seed: UInt64(before))
            let long = "{\"id\": \"long\", \"pad\": \"" + String(repeating: "y", count: JSONLinesStream.maxLineBytes) + "\"}"
            let after = lines(3_000, seed: 9).map { $0.replacingOccurrences(of: "op-", with: "after-") }
            let text = Array((expected + [long] + after).map { $0 + "\n" }.joined().utf8)
            expected += after
            let read = try read(text, maxLines: CheckStream.batchLines)
            #expect(read.problems.map(\.location.line) == [before + 1], "\(before) lines before")
            #expect(read.lines.map { String(decoding: $0.text, as: UTF8.self) } == expected, "\(before) lines before")
            #expect(read.lines.map(\.number) == Array(1...before) + Array(before + 2...before + 3_001))
        }
    }
}
