import Foundation
import Testing
@testable import Pledge

/// A line's result written straight from its decision by numbers
/// (``NumberedLineWriter/write(_:_:_:_:id:file:line:column:room:into:)``, what `pledge check`
/// does for a line whose shape it has not kept) is byte for byte the shape by numbers
/// written around the line's id and place, and the parts it names are that shape's — what
/// ``CheckShapeCache`` keeps and writes again for the next line with the same terms. So
/// whether `jsonl` writes the result whole in the thread's room (``ResultRoom``) or, the
/// room too small, piece by piece.
@Suite struct NumberedLineWriteTests {
    @Test func aResultWrittenFromItsDecisionIsItsShapeAroundItsPlace() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let document = try RuleFile.load(path: root.appendingPathComponent("Rules/clickandchat/2011-12-01.yaml").path)
        let engine = try Engine(document: document)
        let reader = JSONLinesOperationReader(file: "ops.jsonl", taxonomy: engine.taxonomy, terms: document.terms)
        let classes = engine.termClasses(reader.termTable), spellings = reader.termTable.spellings
        var g = SeededGenerator(seed: 13)
        let lines = (0..<300).map { n in
            var fields = ["\"id\": \"op-\(n)\"", "\"action\": \"\(g.pick(["collect", "share", "sell", "use", "retain"]))\"",
                          "\"data\": [\"\(g.pick(["user.contact.email", "registration_data", "user.device.ip_address", "user"]))\"]"]
            if let to = g.pick([nil, "third_party", "advertiser", "affiliate"]) { fields.append("\"recipient\": \"\(to)\"") }
            if let purpose = g.pick([nil, "marketing", "essential.legal_obligation", "functional"]) { fields.append("\"purpose\": \"\(purpose)\"") }
            if let fact = g.pick([nil, "subpoena", "consent", "opted_out"]) { fields.append("\"context\": [\"\(fact)\"]") }
            return "{" + fields.joined(separator: ", ") + "}"
        }
        let file: [UInt8] = Array("logs/ops.jsonl".utf8)
        var written = 0
        // The thread's room, and one too small for any result.
        for roomSize in [ResultRoom.capacity, 64] {
            let room = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: roomSize)
            defer { room.deallocate() }
            for format in [CheckFormat.text, .jsonl] {
                let writer = try #require(format.streamingReporter as? any NumberedLineWriter)
                let run = writer.prepare(CheckRun(rulesFile: "rules.yaml", policy: document.policy, allowsUncovered: false),
                                         engine: engine)
                let bytes = try #require(run.explanation)
                for (n, text) in lines.enumerated() {
                    let line = Array(text.utf8)
                    try line.withUnsafeBufferPointer { line in
                        var place = NumberedLine(), numbers = TermNumbers()
                        #expect(reader.readPlain(line, number: n + 1, into: &place, numbers: &numbers) && numbers.complete, "\(text)")
                        let id = UnsafeBufferPointer(rebasing: line[try #require(place.id)])
                        try file.withUnsafeBufferPointer { file in
                            var expected: [UInt8] = Array("before".utf8), direct = expected
                            let outcome = engine.explain(numbers, classes) { d in
                                var shape = CheckEntryShape(after: [])
                                writer.shape(of: d, numbers, spellings, run, bytes, into: &shape)
                                #expect(writer.write(id: id, file: file, line: n + 1, column: place.column, outcome: d.outcome,
                                                     shape: shape, into: &expected))
                                let parts = writer.write(d, numbers, spellings, bytes, id: id, file: file, line: n + 1,
                                                         column: place.column, room: room, into: &direct)
                                #expect(parts.map { Array(direct[$0.before]) } == shape.before, "\(format) \(text)")
                                #expect(parts.map { Array(direct[$0.after]) } == shape.after, "\(format) \(text)")
                                return d.outcome
                            }
                            #expect(outcome != nil)
                            #expect(direct == expected, "\(format) \(text): \(String(decoding: direct, as: UTF8.self))")
                            written += 1
                        }
                    }
                }
            }
        }
        #expect(written == 4 * lines.count)
    }

    /// An id and place too long to gather, in a room too small for the whole result, are not
    /// written at all: the line is written another way.
    @Test func anIdTooLongIsLeftToTheShape() throws {
        let document = try RuleFile.load(path: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules/clickandchat/2011-12-01.yaml").path)
        let engine = try Engine(document: document)
        let reader = JSONLinesOperationReader(file: "ops.jsonl", taxonomy: engine.taxonomy, terms: document.terms)
        let classes = engine.termClasses(reader.termTable), spellings = reader.termTable.spellings
        let id = String(repeating: "x", count: 600)
        let line = Array("{\"id\": \"\(id)\", \"action\": \"collect\", \"data\": [\"user\"]}".utf8)
        let room = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 512)
        defer { room.deallocate() }
        for format in [CheckFormat.text, .jsonl] {
            let writer = try #require(format.streamingReporter as? any NumberedLineWriter)
            let run = writer.prepare(CheckRun(rulesFile: "rules.yaml", policy: document.policy, allowsUncovered: false), engine: engine)
            let bytes = try #require(run.explanation)
            try line.withUnsafeBufferPointer { line in
                var place = NumberedLine(), numbers = TermNumbers()
                #expect(reader.readPlain(line, number: 1, into: &place, numbers: &numbers))
                let idBytes = UnsafeBufferPointer(rebasing: line[try #require(place.id)])
                var out: [UInt8] = []
                let parts = engine.explain(numbers, classes) { d in
                    Array("f.jsonl".utf8).withUnsafeBufferPointer { file in
                        writer.write(d, numbers, spellings, bytes, id: idBytes, file: file, line: 1, column: place.column, room: room,
                                     into: &out)
                    }
                }
                #expect(parts != nil && parts! == nil)
                #expect(out.isEmpty)
            }
        }
    }
}
