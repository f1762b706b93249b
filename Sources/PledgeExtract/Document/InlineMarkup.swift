/// Removes Markdown inline markup from one line, keeping the words a reader sees:
/// `[text](url)` → text, `<url>` → url, `**bold**`/`*em*`/`_em_` → the words,
/// backslash escapes (`1\.`) → the character.
///
/// It walks the line by index, holding no copy of it: memory is the output's.
enum InlineMarkup {
    static func strip(_ line: Substring) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            let next = line.index(after: i)
            switch c {
            case "\\" where next < line.endIndex && line[next].isPunctuation:
                out.append(line[next])
                i = line.index(after: next)
            case "*":
                // Always emphasis in policy texts.
                i = next
            case "_" where isEmphasisUnderscore(line, i):
                i = next
            case "[":
                // [text](url): keep the text, drop the target. Bounded scans keep this linear.
                if let close = find("]", in: line, from: next, limit: 500),
                   case let open = line.index(after: close), open < line.endIndex, line[open] == "(",
                   let end = find(")", in: line, from: line.index(after: open), limit: 2_000) {
                    out.append(contentsOf: strip(line[next..<close]))
                    i = line.index(after: end)
                } else {
                    out.append(c)
                    i = next
                }
            case "<":
                // An autolink <http://…> keeps its address.
                if let end = find(">", in: line, from: next, limit: 2_000),
                   line[next..<end].contains(where: { $0 == ":" || $0 == "@" }) {
                    out.append(contentsOf: line[next..<end])
                    i = line.index(after: end)
                } else {
                    out.append(c)
                    i = next
                }
            default:
                out.append(c)
                i = next
            }
        }
        return out
    }

    /// `_` is emphasis only at a word edge (not inside `snake_case`).
    private static func isEmphasisUnderscore(_ line: Substring, _ i: Substring.Index) -> Bool {
        let before = i > line.startIndex ? line[line.index(before: i)] : " "
        let afterIndex = line.index(after: i)
        let after = afterIndex < line.endIndex ? line[afterIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }

    /// The first `target` within `limit` characters from `start`, not past a line feed.
    private static func find(_ target: Character, in line: Substring, from start: Substring.Index, limit: Int) -> Substring.Index? {
        var j = start
        var seen = 0
        while j < line.endIndex, seen < limit {
            if line[j] == target { return j }
            if line[j] == "\n" { return nil }
            line.formIndex(after: &j)
            seen += 1
        }
        return nil
    }
}
