import Foundation
import Testing
@testable import Pledge

/// The fast reading of a JSON Lines operation and the full one (strict JSON into a node
/// tree, then the operation decoder) must agree: on every line the fast one takes, the same
/// operation at the same place; on every line with a problem, the fast one declines, so the
/// full one reports it at its line and column.
@Suite struct PlainOperationLineTests {
    let terms = OperationTerms(terms: ["registration_data": ["user.name"]])
    var reader: JSONLinesOperationReader { JSONLinesOperationReader(file: "ops.jsonl", terms: terms) }

    func keys(_ dimension: Pledge.Dimension) -> [String] { Taxonomy.standard[dimension].nodes.map(\.key) }

    func quoted(_ s: String) -> String { "\"" + s + "\"" }

    /// A line of random fields, mostly well formed, sometimes spoiled in one of many ways.
    func line(_ g: inout SeededGenerator) -> String {
        var fields: [String] = []
        let action = g.chance(0.2) ? "retain" : g.pick(keys(.action))
        if g.chance(0.7) { fields.append(quoted("id") + ": " + quoted("op-\(g.next() % 1000)")) }
        fields.append(quoted("action") + ":" + quoted(action))
        let data = (0..<Int.random(in: 1...3, using: &g)).map { _ in g.chance(0.1) ? "registration_data" : g.pick(keys(.data)) }
        fields.append(quoted("data") + ": " + (data.count == 1 && g.chance(0.3) ? quoted(data[0]) : "[" + data.map(quoted).joined(separator: ", ") + "]"))
        for dimension in [Pledge.Dimension.recipient, .purpose, .identifiability] where g.chance(0.6) {
            fields.append(quoted(dimension.rawValue) + " : " + quoted(g.pick(keys(dimension))))
        }
        if g.chance(0.4) { fields.append(quoted("context") + ":[" + (0..<Int.random(in: 0...2, using: &g)).map { _ in quoted(g.pick(keys(.context))) }.joined(separator: ",") + "]") }
        if g.chance(0.3) { fields.append(quoted("retention") + ": " + quoted(g.pick(["P30D", "P1Y", "30 days", "PT"]))) }
        fields.shuffle(using: &g)
        var text = g.pick(["", " ", "\t"]) + "{" + fields.joined(separator: g.pick([",", ", ", " ,\t"])) + "}" + g.pick(["", " ", "\r"])
        if g.chance(0.4) {
            let cut = Int.random(in: 0..<200, using: &g)
            let spoilers: [(String) -> String] = [
                { $0.replacingOccurrences(of: "\"action\"", with: "\"acton\"") },
                { $0.replacingOccurrences(of: "\"data\":", with: "\"data\": [], \"data\":") },
                { $0.replacingOccurrences(of: "\"data\": [", with: "\"data\": [1, ") },
                { $0.replacingOccurrences(of: "user", with: "us\\u0065r") },
                { $0.replacingOccurrences(of: "user", with: "usér") },
                { $0.replacingOccurrences(of: "user", with: "users") },
                { $0.replacingOccurrences(of: "\"id\": ", with: "\"id\": null, \"x\": ") },
                { $0 + "}" },
                { String($0.dropLast(2)) },
                { "[" + $0 + "]" },
                { $0.replacingOccurrences(of: ":", with: "") },
                { $0.replacingOccurrences(of: "\"data\"", with: "\"data\": [], \"context\"") },
                // Keys matched by their bytes whole, terms by theirs up to the next quote.
                { $0.replacingOccurrences(of: "\"action\"", with: "\"act\\u0069on\"") },
                { $0.replacingOccurrences(of: "\"data\"", with: "\"dat\"") },
                { $0.replacingOccurrences(of: "\"id\"", with: "\"idx\"") },
                { $0.replacingOccurrences(of: "\"purpose\"", with: "\"purposes\"") },
                { $0.replacingOccurrences(of: "user", with: "us\\\"er") },
                { $0.replacingOccurrences(of: "user.", with: "user\\u002E") },
                { $0.replacingOccurrences(of: "\"data\": [\"", with: "\"data\": [\"\t") },
                { String($0.prefix(max(1, cut % max(1, $0.count)))) },
            ]
            text = g.pick(spoilers)(text)
        }
        return text
    }

    @Test func theFastReadingAgreesWithTheFullOne() {
        var g = SeededGenerator(seed: 2026)
        var taken = 0, declined = 0, valid = 0
        for number in 1...4_000 {
            let text = line(&g)
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { line in
                let full = reader.checkedOperation(line, number: number, offset: 0)
                let fast = PlainOperationLine.operation(line, file: "ops.jsonl", number: number,
                                                        terms: terms)
                if full.operation != nil { valid += 1 }
                if let fast {
                    taken += 1
                    #expect(full.diagnostics.isEmpty, "\(text)")
                    #expect(fast == full.operation, "\(text)")
                } else {
                    declined += 1
                }
                let read = reader.operation(line, number: number, offset: 0)
                #expect(read.operation == full.operation && read.diagnostics == full.diagnostics, "\(text)")
            }
        }
        // The fast reading takes every valid line here but those with an escape or a non-ASCII byte.
        #expect(taken > valid * 9 / 10, "taken \(taken) of \(valid) valid lines")
        #expect(declined > 1_000)
    }

    /// A line read as its terms' numbers only (``NumberedLine``) names the operation the
    /// reading into an ``Operation`` gives — the same terms, id and brace — and is declined
    /// exactly where that reading declines, or the operation has a retention (which the
    /// numbers do not hold).
    @Test func aLineReadAsNumbersNamesTheOperationReadAsStrings() {
        var g = SeededGenerator(seed: 31)
        var read = 0
        for number in 1...3_000 {
            let bytes = Array(line(&g).utf8)
            bytes.withUnsafeBufferPointer { line in
                var operation = Pledge.Operation(action: "", data: []), place = NumberedLine()
                var numbers = TermNumbers(), placeNumbers = TermNumbers()
                let whole = reader.readPlain(line, number: number, into: &operation, numbers: &numbers)
                let numbered = reader.readPlain(line, number: number, into: &place, numbers: &placeNumbers)
                #expect(numbered == (whole && operation.retention == nil), "\(String(decoding: bytes, as: UTF8.self))")
                guard numbered else { return }
                read += 1
                #expect(placeNumbers.key == numbers.key && placeNumbers.complete == numbers.complete)
                #expect(place.column == operation.location?.column)
                #expect(place.id.map { String(decoding: line[$0], as: UTF8.self) } == operation.id)
                guard numbers.complete else { return }
                var terms = operation
                terms.id = nil
                terms.location = nil
                #expect(numbers.operation(reader.termTable.terms) == terms)
            }
        }
        #expect(read > 1_000)
    }

    /// A request body of the decision API: one object or a list of them, on one line. The
    /// same operations as the YAML reader reads; but each is placed at its own brace, where
    /// libyaml places the second and later mappings of a one-line list further on the line.
    @Test func aOneLineBodyReadsAsTheYAMLReaderReadsIt() {
        var g = SeededGenerator(seed: 12)
        var plain = 0
        for _ in 0..<1_500 {
            let objects = (0..<Int.random(in: 1...4, using: &g)).map { _ in line(&g).trimmingCharacters(in: .whitespaces) }
            let text = objects.count == 1 && g.chance(0.5) ? objects[0] : "[" + objects.joined(separator: g.pick([",", ", "])) + "]"
            let bytes = Array(text.utf8)
            let named = ["registration_data": ["user.name"]]
            let fast = Result { try OperationFile.decode(bytes: bytes, file: "request", terms: named) }
            let full = Result { try OperationFile.decodeChecked(bytes: bytes, file: "request", taxonomy: .standard, terms: named) }
            switch (fast, full) {
            case (.success(let a), .success(let b)):
                func unplaced(_ ops: [Pledge.Operation]) -> [Pledge.Operation] { ops.map { var op = $0; op.location?.column = 0; return op } }
                #expect(unplaced(a) == unplaced(b), "\(text)")
                #expect(a.first?.location == b.first?.location)
                let plain = bytes.withUnsafeBufferPointer { PlainOperationLine.operations($0, file: "request", terms: terms) }
                for op in plain ?? [] {
                    let column = op.location?.column ?? 0
                    #expect(column > 0 && column <= bytes.count && bytes[column - 1] == UInt8(ascii: "{"), "\(text)")
                }
            case (.failure(let a as PledgeError), .failure(let b as PledgeError)): #expect(a.diagnostics == b.diagnostics, "\(text)")
            default: Issue.record("one way read it, the other refused it: \(text)")
            }
            if bytes.withUnsafeBufferPointer({ PlainOperationLine.operations($0, file: "request", terms: terms) }) != nil {
                plain += 1
            }
        }
        #expect(plain > 300)
    }

    /// A policy's term spelled with a byte JSON escapes, or not in ASCII, is never found by
    /// its bytes: the full reader reads a line naming it, and gets the same operation.
    @Test func aTermThatNeedsAnEscapeIsReadByTheFullReader() {
        let named = OperationTerms(terms: ["données": ["user.name"], "tab\there": ["user.name"]])
        let reader = JSONLinesOperationReader(file: "ops.jsonl", terms: named)
        let lines: [(text: String, data: [String]?)] = [(#"{"action": "use", "data": ["données"]}"#, ["données"]),
                                                        (#"{"action": "use", "data": ["tab\there"]}"#, ["tab\there"]),
                                                        ("{\"action\": \"use\", \"data\": [\"tab\there\"]}", nil)]
        for (text, data) in lines {
            Array(text.utf8).withUnsafeBufferPointer { line in
                #expect(PlainOperationLine.operation(line, file: "ops.jsonl", number: 1, terms: named) == nil, "\(text)")
                let full = reader.operation(line, number: 1, offset: 0)
                #expect(full.operation?.data == data && full.diagnostics.isEmpty == (data != nil), "\(text)")
            }
        }
        Array(#"{"action": "use", "data": ["user.name"]}"#.utf8).withUnsafeBufferPointer { line in
            #expect(PlainOperationLine.operation(line, file: "ops.jsonl", number: 1, terms: named)?.data == ["user.name"])
        }
    }

    @Test func invalidUTF8InAStringIsALocatedErrorNeverAnOperation() {
        let bytes: [UInt8] = Array(#"{"action": "share", "data": [""#.utf8) + [0xC3, 0x28] + Array(#""]}"#.utf8)
        bytes.withUnsafeBufferPointer { line in
            let read = reader.operation(line, number: 7, offset: 100)
            #expect(read.operation == nil)
            // The bad byte is the 31st of the line, 130 bytes into the file.
            #expect(read.diagnostics.map(\.description) == ["ops.jsonl:7:31: error: invalid UTF-8 at byte offset 130; Pledge reads UTF-8 text only"])
        }
    }
}
