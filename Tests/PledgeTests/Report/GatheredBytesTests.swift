import Testing
@testable import Pledge

/// A result's first line gathered on the stack (``GatheredBytes``) holds the bytes the
/// report's own writers write piece by piece: the place with its line and column (left out
/// when unknown, every number of digits), the outcome and the id — for the text report
/// (``TerminalBytes``) and for a compact JSON result (``JSONWriter``).
@Suite struct GatheredBytesTests {
    static let numbers = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1_000, 12_345, 65_535, 99_999, 100_000, 999_999, 1_000_000,
                          1_234_567, 9_999_999_999, 10_000_000_000, Int.max]

    @Test func numbersAreWrittenAsTheJSONWriterWritesThem() {
        for value in Self.numbers where value > 0 {
            var expected: [UInt8] = []
            JSONWriter.appendDecimal(value, to: &expected)
            var gathered: [UInt8] = []
            GatheredBytes.gather(into: &gathered) { $0.decimal(value) }
            #expect(gathered == expected, "\(value)")
        }
    }

    @Test func aTextResultsFirstLineIsTheOneWrittenPieceByPiece() {
        let shape = CheckEntryShape(after: Array("  no rule speaks to: …\n".utf8))
        for line in Self.numbers {
            for column in [0, 1, 10, 123] {
                for outcome in Outcome.allCases {
                    let place = SourceLocation(file: "logs/ops-2026.jsonl", line: line, column: column)
                    var out: [UInt8] = Array("before\n".utf8)
                    CheckTextReporter().write(Operation(action: "use", data: ["user"]), id: "op-7", location: place,
                                              outcome: outcome, shape: shape, into: &out)
                    var expected = TerminalBytes()
                    expected.bytes = Array("before\n".utf8)
                    expected.location(place)
                    expected.literal(": ")
                    expected.bytes += outcome.rawValue.utf8
                    expected.literal(": ")
                    expected.field("op-7")
                    expected.literal("\n")
                    #expect(out == expected.bytes + shape.after, "\(place) \(outcome)")
                }
            }
        }
    }

    @Test func aJSONResultsIdAndLocationAreTheOnesWrittenKeyByKey() {
        let result = CheckResultJSON(pretty: false, depth: 0, lead: "")
        let shape = CheckEntryShape(before: Array("{\"deciding\":[]".utf8), after: Array(",\"outcome\":\"deny\"}\n".utf8))
        for line in Self.numbers {
            for column in [0, 1, 10, 123] {
                let place = SourceLocation(file: "<stdin>", line: line, column: column)
                var out: [UInt8] = []
                result.write(id: "op-7", location: place, shape: shape, into: &out)
                var json = JSONWriter(insideAt: 1, appendingTo: shape.before)
                json.field("id", "op-7")
                json.location(place)
                #expect(out == json.bytes + shape.after, "\(place)")
            }
        }
    }
}
