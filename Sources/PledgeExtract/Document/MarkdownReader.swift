/// Reads Markdown or plain text into ``Block``s: `#` headings, bold lines standing alone,
/// short numbered titles, numbered/lettered/bulleted items, paragraphs (hard-wrapped
/// lines joined; a Markdown hard break — two trailing spaces — starts a new block).
enum MarkdownReader {
    static func blocks(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var current: Block? = nil
        var hardBreak = false
        func close() {
            if let block = current, !block.text.allSatisfy(\.isWhitespace) { blocks.append(block) }
            current = nil
        }
        var lineNumber = 0
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for rawLine in lines {
            lineNumber += 1
            let raw = rawLine
            let endsWithBreak = raw.hasSuffix("  ") || raw.hasSuffix("\\")
            var line = raw.drop(while: { $0.isWhitespace })
            if line.hasPrefix(">") { line = line.dropFirst().drop(while: { $0 == " " }) }
            let trimmed = line.trimmingTrailingSpace()
            defer { hardBreak = endsWithBreak }
            if trimmed.isEmpty { close(); continue }

            if let level = headingLevel(trimmed) {
                close()
                let title = cleaned(trimmed.dropFirst(level))
                // "###### We collect two types of information …": a paragraph set in a heading's type is no title.
                if isSentence(title, longerThan: 12) { current = Block(kind: .paragraph, text: title, line: lineNumber); continue }
                if !title.isEmpty { blocks.append(Block(kind: .heading(level: level), text: title, line: lineNumber)) }
                continue
            }
            if let bold = boldLine(trimmed) {
                close()
                // "**We do not sell your personal information.**": a sentence set in bold for emphasis is no title.
                if isSentence(bold, longerThan: 6) { current = Block(kind: .paragraph, text: bold, line: lineNumber) }
                else { blocks.append(Block(kind: .heading(level: 4), text: bold, line: lineNumber)) }
                continue
            }
            if let (marker, rest) = ListMarker.split(String(trimmed)) {
                close()
                // "1. **What we collect?** We collect …": the bold lead is the section's heading.
                if let (title, body) = boldLead(rest) {
                    blocks.append(Block(kind: .heading(level: 3), text: "\(marker) \(title)", line: lineNumber))
                    if !body.isEmpty { current = Block(kind: .paragraph, text: body, line: lineNumber) }
                    continue
                }
                let body = cleaned(Substring(rest))
                if isNumberedTitle(marker: marker, body: body) {
                    blocks.append(Block(kind: .heading(level: 2), text: "\(marker) \(body)", line: lineNumber))
                } else {
                    current = Block(kind: .listItem(marker: marker), text: dash(body), line: lineNumber)
                }
                continue
            }
            let body = cleaned(trimmed)
            // (The document's first line is left to the outline, which may take it for the policy's title.)
            if !(blocks.isEmpty && current == nil),
               RunInTitle.isTitle(body, after: current?.text, before: lines.indices.contains(lineNumber) ? lines[lineNumber] : nil) {
                close()
                blocks.append(Block(kind: .heading(level: 4), text: body, line: lineNumber))
                continue
            }
            // "… without your consent, other  ⏎ than for the purpose of …": a hard break inside a sentence, the next line
            // going on in lower case, breaks a line of type, not the sentence.
            let goesOn = body.first?.isLowercase == true && current.map { !".!?:;".contains($0.text.last ?? ".") } == true
            if current != nil, !hardBreak || goesOn {
                current?.text += "\n" + body
            } else {
                close()
                current = Block(kind: .paragraph, text: body, line: lineNumber)
            }
        }
        close()
        return blocks
    }

    private static func headingLevel(_ line: Substring) -> Int? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let after = line.dropFirst(hashes).first
        return after == nil || after == " " ? hashes : nil
    }

    /// A line that is bold from end to end ("**Cookies**", "**1. What …?**").
    private static func boldLine(_ line: Substring) -> String? {
        guard line.hasPrefix("**"), line.hasSuffix("**"), line.count > 4 else { return nil }
        let inner = cleaned(line)
        guard !inner.isEmpty, inner.count <= 200 else { return nil }
        return inner
    }

    /// A bold or heading line that is a sentence rather than a title: it ends with a full stop or an exclamation mark and
    /// runs longer than titles do ("**Use of Aggregated Information.**" stays a title; a heading line takes more words,
    /// "###### We collect two types of information …").
    private static func isSentence(_ text: String, longerThan words: Int) -> Bool {
        guard let last = text.last, ".!".contains(last) else { return false }
        return text.split(separator: " ").count > words
    }

    /// "**Title** rest" at the start of an item.
    private static func boldLead(_ rest: String) -> (String, String)? {
        guard rest.hasPrefix("**") else { return nil }
        let afterOpen = rest.dropFirst(2)
        // Skip empty bold pairs ("** ** **Title**").
        guard let close = afterOpen.range(of: "**") else { return nil }
        var titleEnd = close.upperBound
        var title = cleaned(afterOpen[..<close.lowerBound])
        var remainder = afterOpen[titleEnd...]
        while title.isEmpty, remainder.drop(while: { $0 == " " }).hasPrefix("**") {
            let next = remainder.drop(while: { $0 == " " }).dropFirst(2)
            guard let nextClose = next.range(of: "**") else { return nil }
            title = cleaned(next[..<nextClose.lowerBound])
            titleEnd = nextClose.upperBound
            remainder = next[titleEnd...]
        }
        guard !title.isEmpty else { return nil }
        let body = remainder.drop(while: { $0 == " " })
        // "**When you request more information** , we collect …": bold that the sentence goes on from is emphasis, no title.
        if body.hasPrefix(",") { return nil }
        // "**Service Providers** : We may share …": the colon closes the title.
        return (title, cleaned(body.hasPrefix(":") ? body.dropFirst() : remainder))
    }

    /// "1. What information we collect and how": a numbered line that is a title, not a sentence.
    private static func isNumberedTitle(marker: String, body: String) -> Bool {
        guard marker.first?.isNumber == true, !body.isEmpty else { return false }
        guard let last = body.last, !".;:!,".contains(last) else { return false }
        // "2. To administer the website", "3. to send you newsletters": an infinitive states a purpose; it titles nothing.
        let words = body.split(separator: " ")
        if words.count > 1, words[0].lowercased() == "to", words[1].first?.isLowercase == true { return false }
        // "2. as required by law; and": an item that opens in lower case, breaks at a semicolon or ends in a
        // coordinator continues a list's sentence; a title does none of these.
        if body.first?.isLowercase == true || body.contains(";") || ["and", "or", "and/or"].contains(words.last?.lowercased() ?? "") { return false }
        return words.count <= 12
    }

    /// An item written "1. - If …" keeps only its words.
    private static func dash(_ body: String) -> String {
        for prefix in ["- ", "– ", "— "] where body.hasPrefix(prefix) { return String(body.dropFirst(prefix.count)) }
        return body
    }

    private static func cleaned(_ text: Substring) -> String {
        InlineMarkup.strip(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension Substring {
    func trimmingTrailingSpace() -> Substring {
        var s = self
        while let last = s.last, last.isWhitespace || last == "\\" { s = s.dropLast() }
        return s
    }
}
