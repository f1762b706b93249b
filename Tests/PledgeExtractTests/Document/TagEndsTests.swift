import Testing
@testable import PledgeExtract

/// Tag ends found in one pass agree with reading each tag from its `<`: the first `>`
/// outside quotes, within the length limit.
@Suite struct TagEndsTests {
    /// The definition, read directly (quadratic on hostile input; fine for short texts).
    static func scan(_ chars: [Character], from start: Int) -> Int? {
        guard start + 1 < chars.count, chars[start + 1].isLetter || chars[start + 1] == "/" || chars[start + 1] == "!" else { return nil }
        var quote: Character? = nil
        var j = start + 1
        while j < chars.count, j - start < TagEnds.maximumLength {
            let c = chars[j]
            if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { return j }
            j += 1
        }
        return nil
    }

    @Test(arguments: Array(UInt64(1)...30))
    func agreesWithReadingEachTag(_ seed: UInt64) {
        let alphabet: [Character] = ["<", ">", "\"", "'", "a", "/", " ", "="]
        let length = seed % 3 == 0 ? 9_000 : 300
        // Knuth's MMIX congruential step: the same text for a seed on every run.
        var state = seed
        let chars = (0..<length).map { _ -> Character in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return alphabet[Int((state >> 33) % UInt64(alphabet.count))]
        }
        let ends = TagEnds(chars)
        for start in chars.indices where chars[start] == "<" {
            #expect(ends.end(chars, from: start) == Self.scan(chars, from: start), "at \(start)")
        }
    }

    @Test func aTagLongerThanTheLimitIsText() {
        let chars = Array("<a " + String(repeating: "x", count: TagEnds.maximumLength) + ">")
        #expect(TagEnds(chars).end(chars, from: 0) == nil)
        let quoted = Array("<a title=\"x>y\">")
        #expect(TagEnds(quoted).end(quoted, from: 0) == quoted.count - 1)
    }
}
