import Foundation
import Testing
@testable import Pledge

/// The one JSON writer of check results, held to Foundation: what it writes parses back to
/// the same strings with `JSONSerialization`, and pretty-printed it is byte for byte what
/// `JSONEncoder` (`.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`) writes — the
/// layout of every golden JSON report.
@Suite struct JSONWriterTests {
    /// Every C0 control, DEL, C1, the line and paragraph separators, bidirectional
    /// overrides and isolates, the quote, the backslash, the slash, non-BMP scalars.
    static let tricky: [String] = [
        String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar(UInt8($0)) })),
        "\u{7F}\u{80}\u{9F}", "line\u{2028}paragraph\u{2029}", "\u{202E}evil\u{202C} \u{2066}x\u{2069} \u{200F}",
        "\"quoted\" \\ back\\slash / slash", "é, 漢字, 😀, \u{10FFFF}", "", "\r\n", "tab\there",
    ]

    @Test func trickyStringsReadBackAsWrittenByJSONSerialization() throws {
        for value in Self.tricky {
            for pretty in [false, true] {
                var json = JSONWriter(pretty: pretty)
                json.beginObject()
                json.field("text", value)
                json.strings("list", [value, value])
                json.endObject()
                let parsed = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any]
                #expect(parsed?["text"] as? String == value, "\(value.unicodeScalars.map { String($0.value, radix: 16) })")
                #expect(parsed?["list"] as? [String] == [value, value])
            }
        }
    }

    /// A JSON value of a random shape, written both ways.
    indirect enum Value: Encodable {
        case string(String), number(Int), bool(Bool), list([Value]), object([String: Value])

        func encode(to encoder: any Encoder) throws {
            var single = encoder.singleValueContainer()
            switch self {
            case .string(let s): try single.encode(s)
            case .number(let n): try single.encode(n)
            case .bool(let b): try single.encode(b)
            case .list(let items): try single.encode(items)
            case .object(let fields): try single.encode(fields)
            }
        }

        func write(_ json: inout JSONWriter) {
            switch self {
            case .string(let s): json.string(s)
            case .number(let n): json.number(n)
            case .bool(let b): json.bool(b)
            case .list(let items):
                json.beginArray()
                for item in items { item.write(&json) }
                json.endArray()
            case .object(let fields):
                json.beginObject()
                for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
                    json.key(Self.keys.first { "\($0)" == key }!)
                    value.write(&json)
                }
                json.endObject()
            }
        }

        // Keys are static text in the writer; these are the ones generated.
        static let keys: [StaticString] = ["a", "b", "clause", "data", "errors", "z"]

        static func random(_ g: inout SeededGenerator, depth: Int) -> Value {
            switch Int.random(in: 0..<(depth > 3 ? 3 : 5), using: &g) {
            // U+FEFF too, which JSONSerialization drops on reading but the encoder writes as it is.
            case 0: return .string(g.pick(JSONWriterTests.tricky + ["plain", "user.contact.email", "\u{FEFF}bom"]))
            case 1: return .number(g.pick([0, 7, -42, 1_000_000, Int.max, Int.min]))
            case 2: return .bool(g.chance(0.5))
            case 3: return .list((0..<Int.random(in: 0..<4, using: &g)).map { _ in random(&g, depth: depth + 1) })
            default:
                var fields: [String: Value] = [:]
                for _ in 0..<Int.random(in: 0..<4, using: &g) { fields["\(g.pick(keys))"] = random(&g, depth: depth + 1) }
                return .object(fields)
            }
        }
    }

    @Test func prettyOutputIsJSONEncodersByteForByte() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var g = SeededGenerator(seed: 13)
        for _ in 0..<500 {
            let value = Value.random(&g, depth: 0)
            var json = JSONWriter(pretty: true)
            value.write(&json)
            #expect(json.text == String(decoding: try encoder.encode(value), as: UTF8.self))
        }
    }

    @Test func compactOutputIsJSONEncodersByteForByte() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var g = SeededGenerator(seed: 12)
        for _ in 0..<500 {
            let value = Value.random(&g, depth: 0)
            var json = JSONWriter()
            value.write(&json)
            #expect(json.text == String(decoding: try encoder.encode(value), as: UTF8.self))
        }
    }

    @Test func writingOnInsideAnOpenObjectContinuesItsLayout() {
        var whole = JSONWriter(pretty: true, depth: 1)
        whole.beginObject()
        whole.field("a", "x")
        whole.field("b", 2)
        whole.endObject()
        var first = JSONWriter(pretty: true, depth: 1)
        first.beginObject()
        first.field("a", "x")
        var rest = JSONWriter(pretty: true, insideAt: 2, appendingTo: first.bytes)
        rest.field("b", 2)
        rest.endObject()
        #expect(rest.text == whole.text)
        #expect(whole.text == "{\n    \"a\" : \"x\",\n    \"b\" : 2\n  }")
    }
}
