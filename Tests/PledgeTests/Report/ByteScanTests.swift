import Foundation
import Testing
@testable import Pledge

/// The eight-bytes-at-a-time scans (``ByteScan``) find what the byte-by-byte rules find,
/// wherever the byte sits in the word: every special scalar (controls, DEL, C1, the
/// separators, bidirectional overrides, the quote, the backslash) and ordinary ones
/// (tab, é, curly quotes) at every position from 0 to 23, in texts of every length
/// around a word.
@Suite struct ByteScanTests {
    static let scalars: [String] = ["\u{0}", "\u{1B}", "\n", "\r", "\u{7F}", "\u{85}", "\u{2028}", "\u{202E}", "\u{2069}",
                                    "\"", "\\", "\t", "é", "“", "a"]

    static func texts() -> [String] {
        var texts: [String] = []
        for scalar in scalars {
            for before in 0..<24 {
                for after in [0, 1, 7, 8, 9] {
                    texts.append(String(repeating: "a", count: before) + scalar + String(repeating: "z", count: after))
                }
            }
        }
        return texts
    }

    @Test func aTerminalFieldIsEscapedAsTheScalarTableSays() {
        for text in Self.texts() {
            var out = TerminalBytes()
            out.field(text)
            #expect(out.bytes == Array(TextEscaping.terminalField(text).utf8), "\(text.debugDescription)")
        }
    }

    @Test func eachScanFindsTheFirstByteItsRuleNames() {
        for text in Self.texts() {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                func first(_ rule: (UInt8) -> Bool) -> Int { bytes.firstIndex(where: rule) ?? bytes.count }
                #expect(ByteScan.terminalSpecial(buffer) == first { ($0 < 0x20 && $0 != 0x09) || $0 >= 0x7F }, "\(text.debugDescription)")
                #expect(ByteScan.jsonSpecial(buffer) == first { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }, "\(text.debugDescription)")
                #expect(ByteScan.plainStringEnd(buffer, from: 0) == first { $0 < 0x20 || $0 >= 0x7F || $0 == 0x22 || $0 == 0x5C },
                        "\(text.debugDescription)")
            }
        }
    }

    /// A string's end (``ByteScan/quote(_:from:)``) from every start: the first quote at or
    /// after it, whatever stands before it (other quotes, bytes next to a quote's) and
    /// however many bytes are left.
    @Test func aQuoteIsFoundFromEveryStart() {
        var g = SeededGenerator(seed: 16)
        for length in 0..<40 {
            for _ in 0..<8 {
                let bytes: [UInt8] = (0..<length).map { _ in g.pick([0x22, 0x21, 0x23, 0x00, 0x61, 0xC3, 0xA9, 0x61, 0x61]) }
                bytes.withUnsafeBufferPointer { buffer in
                    for start in 0...length {
                        let expected = bytes[start...].firstIndex(of: 0x22) ?? length
                        #expect(ByteScan.quote(buffer, from: start) == expected, "\(bytes) from \(start)")
                    }
                }
            }
        }
    }

    @Test func aJSONStringReadsBackAsWritten() throws {
        for text in Self.texts() {
            var json = JSONWriter()
            json.beginArray()
            json.string(text)
            json.endArray()
            #expect(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String] == [text], "\(text.debugDescription)")
        }
    }
}
