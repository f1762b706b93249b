/// Where each HTML tag that opens at a `<` ends, found for the whole text in one backward
/// pass, so that a `<` that opens no tag (a megabyte of `<a`) costs a lookup, not a scan.
///
/// A tag ends at the first `>` outside a quoted attribute value; one longer than
/// ``maximumLength`` characters is not a tag but stray text.
struct TagEnds {
    static let maximumLength = 4_096

    /// Per index: the first `>` at or after it that is outside quotes when reading starts
    /// there outside any quote; -1 when there is none.
    private let closing: [Int32]

    init(_ chars: [Character]) {
        var closing = [Int32](repeating: -1, count: chars.count + 1)
        var nextDouble: Int32 = -1, nextSingle: Int32 = -1   // the next `"` and `'` after the index
        var i = chars.count - 1
        while i >= 0 {
            switch chars[i] {
            case ">":
                closing[i] = Int32(i)
            case "\"":
                // A quoted value: reading resumes after the quote that closes it.
                closing[i] = nextDouble < 0 ? -1 : closing[Int(nextDouble) + 1]
                nextDouble = Int32(i)
            case "'":
                closing[i] = nextSingle < 0 ? -1 : closing[Int(nextSingle) + 1]
                nextSingle = Int32(i)
            default:
                closing[i] = closing[i + 1]
            }
            i -= 1
        }
        self.closing = closing
    }

    /// The index of the `>` that closes a tag opened at `start`, or nil when `start` opens none.
    func end(_ chars: [Character], from start: Int) -> Int? {
        guard start + 1 < chars.count, chars[start + 1].isLetter || chars[start + 1] == "/" || chars[start + 1] == "!" else { return nil }
        let end = Int(closing[start + 1])
        return end >= 0 && end - start < Self.maximumLength ? end : nil
    }
}
