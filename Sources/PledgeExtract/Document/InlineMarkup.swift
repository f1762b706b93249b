/// Removes Markdown inline markup from one line, keeping the words a reader sees:
/// `[text](url)` → text, `<url>` → url, `**bold**`/`*em*`/`_em_` → the words,
/// backslash escapes (`1\.`) → the character.
enum InlineMarkup {
    static func strip(_ line: Substring) -> String {
        let chars = Array(line)
        var out = ""
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\" where i + 1 < chars.count && chars[i + 1].isPunctuation:
                out.append(chars[i + 1])
                i += 2
            case "*":
                // Always emphasis in policy texts.
                i += 1
            case "_" where isEmphasisUnderscore(chars, i):
                i += 1
            case "[":
                // [text](url): keep the text, drop the target. Bounded scans keep this linear.
                if let close = find("]", in: chars, from: i + 1, limit: 500),
                   close + 1 < chars.count, chars[close + 1] == "(",
                   let end = find(")", in: chars, from: close + 2, limit: 2_000) {
                    out.append(contentsOf: strip(Substring(String(chars[(i + 1)..<close]))))
                    i = end + 1
                } else {
                    out.append(c)
                    i += 1
                }
            case "<":
                // An autolink <http://…> keeps its address.
                if let end = find(">", in: chars, from: i + 1, limit: 2_000),
                   String(chars[(i + 1)..<end]).contains(where: { $0 == ":" || $0 == "@" }) {
                    out.append(contentsOf: chars[(i + 1)..<end])
                    i = end + 1
                } else {
                    out.append(c)
                    i += 1
                }
            default:
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// `_` is emphasis only at a word edge (not inside `snake_case`).
    private static func isEmphasisUnderscore(_ chars: [Character], _ i: Int) -> Bool {
        let before = i > 0 ? chars[i - 1] : " "
        let after = i + 1 < chars.count ? chars[i + 1] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }

    private static func find(_ target: Character, in chars: [Character], from start: Int, limit: Int) -> Int? {
        var j = start
        while j < chars.count, j < start + limit {
            if chars[j] == target { return j }
            if chars[j] == "\n" { return nil }
            j += 1
        }
        return nil
    }
}
