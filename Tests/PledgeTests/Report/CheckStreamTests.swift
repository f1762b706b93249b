import Foundation
import Testing
@testable import Pledge

/// Streaming check — JSON Lines read a batch at a time, decided on both threads, results
/// kept by shape and written as bytes — prints exactly what the plain report prints for
/// the same operations: every format, in input order, each result with its own id and place.
@Suite struct CheckStreamTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    let document: PolicyDocument
    let engine: Engine

    init() throws {
        document = try RuleFile.load(path: Self.root.appendingPathComponent("Rules/clickandchat/2011-12-01.yaml").path)
        engine = try Engine(document: document)
    }

    /// A log of `count` lines drawn from every combination of a few terms (so that many
    /// pairs of operations differ in one term only), each line with its own id.
    func log(_ count: Int) -> String {
        var g = SeededGenerator(seed: 7)
        var pool: [String] = []
        for action in ["share", "use"] {
            for data in ["[\"user.contact.email\"]", "\"user\"", "[\"user.contact\", \"user.location\"]", "[\"user.location\", \"user.contact\"]"] {
                for purpose in [nil, "marketing", "essential.service"] {
                    for recipient in [nil, "third_party", "data_subject"] {
                        for context in [nil, "consent", "opted_out"] {
                            var fields = ["\"action\": \"\(action)\"", "\"data\": \(data)"]
                            if let purpose { fields.append("\"purpose\": \"\(purpose)\"") }
                            if let recipient { fields.append("\"recipient\": \"\(recipient)\"") }
                            if let context { fields.append("\"context\": [\"\(context)\"]") }
                            pool.append(fields.joined(separator: ", "))
                        }
                    }
                }
            }
        }
        return (0..<count).map { i in "{\"id\": \"op-\(i)\", " + g.pick(pool) + "}\n" }.joined()
    }

    func streamed(_ text: String, _ format: CheckFormat, run: CheckRun) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-stream-\(UUID()).jsonl").path
        return try streamed(text, format, run: run, at: path).replacingOccurrences(of: path, with: "ops.jsonl")
    }

    /// The output of a stream of `text` written to `path`.
    func streamed(_ text: String, _ format: CheckFormat, run: CheckRun, at path: String) throws -> String {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var out: [UInt8] = []
        let check = CheckStream(engine: engine, run: run, reporter: try #require(format.streamingReporter), cores: 2) { out += $0 }
        let reader = JSONLinesOperationReader(file: path, taxonomy: .standard, terms: document.terms)
        try check.check(JSONLinesStream(path: path), reader: reader) { Issue.record("problems: \($0)") }
        try check.finish()
        return String(decoding: out, as: UTF8.self)
    }

    @Test(arguments: [CheckFormat.text, .json, .jsonl])
    func aStreamedRunPrintsWhatTheWholeReportPrints(_ format: CheckFormat) throws {
        // Enough lines for a batch to be cut between two threads; 216 shapes, so most lines are repeats.
        let text = log(5_000)
        let operations = try OperationFile.decodeJSONLines(text, file: "ops.jsonl", terms: document.terms)
        let report = CheckReport(engine: engine, operations: operations, rulesFile: "rules.yaml")
        let expected = format.reporter.render(report)
        #expect(try streamed(text, format, run: report.run) == expected)
        #expect(expected.contains("op-4999"))
    }

    /// Batch after batch, each written in the room of the last one's bytes (kept, emptied):
    /// two full batches cut between two threads, then one too small to cut, print what the
    /// whole report prints — nothing of a batch is left in the next.
    @Test(arguments: [CheckFormat.text, .jsonl])
    func batchesWrittenInTheRoomOfTheLastPrintWhatTheWholeReportPrints(_ format: CheckFormat) throws {
        let text = log(2 * CheckStream.batchLines + 600)
        let operations = try OperationFile.decodeJSONLines(text, file: "ops.jsonl", terms: document.terms)
        let report = CheckReport(engine: engine, operations: operations, rulesFile: "rules.yaml")
        let expected = format.reporter.render(report)
        #expect(try streamed(text, format, run: report.run) == expected)
        #expect(expected.contains("op-\(2 * CheckStream.batchLines + 599)"))
    }

    /// A line met again with another id is answered from the line's bytes (``CheckLineCache``):
    /// only where the line is the same but for the id's value, and the value is one every
    /// report writes as it stands. Ids with escapes, beyond ASCII, empty, placed last or
    /// missing, spacing that moves the brace, and a line that differs in one term after the
    /// id all print what the whole report prints.
    @Test(arguments: [CheckFormat.text, .jsonl])
    func aLineRepeatedWithAnotherIdPrintsItsOwnId(_ format: CheckFormat) throws {
        let terms = "\"action\": \"share\", \"data\": [\"user.contact.email\"], \"recipient\": \"third_party\""
        let other = "\"action\": \"share\", \"data\": [\"user.contact.email\"], \"recipient\": \"data_subject\""
        let shapes: [(Int) -> String] = [
            { "{\"id\": \"op-\($0)\", \(terms)}" },
            { "{\"id\": \"op-\\\"\($0)\\\"\", \(terms)}" },
            { "{\"id\": \"op-\\u00e9-\($0)\", \(terms)}" },
            { "{\"id\": \"op-é-\($0)\", \(terms)}" },
            { _ in "{\"id\": \"\", \(terms)}" },
            { "{\(terms), \"id\": \"last-\($0)\"}" },
            { _ in "{\(terms)}" },
            { "  { \"id\" : \"spaced-\($0)\" , \(terms)}" },
            { "{\"id\": \"op-\($0)\", \(other)}" },
        ]
        var g = SeededGenerator(seed: 11)
        let text = (0..<3_000).map { i in g.pick(shapes)(i) + "\n" }.joined()
        let operations = try OperationFile.decodeJSONLines(text, file: "ops.jsonl", terms: document.terms)
        let report = CheckReport(engine: engine, operations: operations, rulesFile: "rules.yaml")
        let expected = format.reporter.render(report)
        #expect(try streamed(text, format, run: report.run) == expected)
        #expect(expected.contains("op-é-") && expected.contains("last-") && expected.contains("spaced-"))
    }

    /// A line read as its terms' numbers only is written from the bytes of its id and of the
    /// file's name where neither needs an escape; a file name that does (a quote for JSON, a
    /// non-ASCII letter for the terminal) is written as the whole report escapes it.
    @Test(arguments: [CheckFormat.text, .jsonl])
    func aFileNameThatNeedsAnEscapeIsEscapedInEveryResult(_ format: CheckFormat) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pledge \"é\" \(UUID()).jsonl").path
        let text = log(3_000)
        let operations = try OperationFile.decodeJSONLines(text, file: path, terms: document.terms)
        let report = CheckReport(engine: engine, operations: operations, rulesFile: "rules.yaml")
        let expected = format.reporter.render(report)
        #expect(try streamed(text, format, run: report.run, at: path) == expected)
        #expect(expected.contains("op-2999"))
    }

    /// The line cache finds an id's end by its quote alone: a line whose id holds an escaped
    /// quote, the rest of it the same bytes as a kept line's, is no such line — it is read,
    /// and reported where it is malformed, never answered as the kept line.
    @Test(arguments: [CheckFormat.text, .jsonl])
    func anIdCutShortByAnEscapedQuoteIsNotALineMetAgain(_ format: CheckFormat) throws {
        let terms = "\"action\": \"share\", \"data\": [\"user.contact.email\"], \"recipient\": \"third_party\"}"
        let kept = (0..<40).map { "{\"id\": \"op-\($0)\", " + terms + "\n" }.joined()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-stream-\(UUID()).jsonl").path
        try (kept + "{\"id\": \"x\\\", " + terms + "\n" + kept).write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = CheckRun(rulesFile: "rules.yaml", policy: document.policy, allowsUncovered: false)
        var out: [UInt8] = [], problems: [Diagnostic] = []
        let check = CheckStream(engine: engine, run: run, reporter: try #require(format.streamingReporter), cores: 1) { out += $0 }
        let reader = JSONLinesOperationReader(file: path, taxonomy: .standard, terms: document.terms)
        let read = try check.check(JSONLinesStream(path: path), reader: reader) { problems += $0 }
        #expect(read.operations == 80)
        #expect(!problems.isEmpty && problems.allSatisfy { $0.location.line == 41 }, "\(problems)")
        #expect(!String(decoding: out, as: UTF8.self).contains(":41:") && !String(decoding: out, as: UTF8.self).contains("\"line\":41"))
    }

    /// A decision with errors names its operation's place, so it is never reused for another.
    @Test func errorsAreWrittenWithEachOperationsOwnPlace() throws {
        let bad = (1...3).map { line in
            Pledge.Operation(action: "share", data: ["no.such.data"], location: SourceLocation(file: "ops.yaml", line: line, column: 3))
        }
        let run = CheckRun(rulesFile: "rules.yaml", policy: document.policy, allowsUncovered: false)
        var out: [UInt8] = []
        let check = CheckStream(engine: engine, run: run, reporter: CheckJSONLinesReporter(), cores: 1) { out += $0 }
        try check.check(bad)
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 3)
        for (i, line) in lines.enumerated() {
            #expect(line.contains("\"errors\":[{\"location\":{\"column\":3,\"file\":\"ops.yaml\",\"line\":\(i + 1)}"), "\(line)")
        }
    }
}
