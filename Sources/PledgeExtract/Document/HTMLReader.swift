/// Reads HTML into ``Block``s in one pass: tags are dropped, `h1`–`h6` become headings,
/// `p`/`div`/`li`/`br`/table cells end a block, a block that is bold from end to end
/// (`<b>`/`<strong>`) is a heading, entities are decoded, `script`/`style` are skipped.
/// Every block keeps the source line where its text starts.
enum HTMLReader {
    static func blocks(_ html: String) -> [Block] {
        var state = State()
        let chars = Array(html)
        let tagEnds = TagEnds(chars)
        var i = 0
        var line = 1
        while i < chars.count {
            let c = chars[i]
            if c == "<", let end = tagEnds.end(chars, from: i) {
                let tag = Tag(String(chars[(i + 1)..<end]))
                for ch in chars[i...end] where ch == "\n" { line += 1 }
                i = end + 1
                state.handle(tag, line: line)
                continue
            }
            if c == "\n" { line += 1 }
            if state.skipping { i += 1; continue }
            if c == "&", let (decoded, length) = Entity.decode(chars, at: i) {
                state.append(decoded, line: line)
                i += length
                continue
            }
            state.append(c, line: line)
            i += 1
        }
        state.close()
        return state.blocks
    }

    private struct Tag {
        var name: String
        var closing: Bool
        init(_ body: String) {
            closing = body.hasPrefix("/")
            let trimmed = body.drop(while: { $0 == "/" })
            name = String(trimmed.prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
        }
    }

    private struct State {
        var blocks: [Block] = []
        var text = ""
        var startLine = 0
        var kind: Block.Kind = .paragraph
        var boldDepth = 0
        var boldCharacters = 0
        var visibleCharacters = 0
        var skipDepth = 0
        var orderedCounters: [Int?] = []

        var skipping: Bool { skipDepth > 0 }

        mutating func handle(_ tag: Tag, line: Int) {
            switch tag.name {
            case "script", "style", "head", "noscript", "template":
                skipDepth = max(0, skipDepth + (tag.closing ? -1 : 1))
            case "h1", "h2", "h3", "h4", "h5", "h6":
                close()
                if !tag.closing { kind = .heading(level: Int(String(tag.name.dropFirst())) ?? 1) }
            case "ol", "ul":
                close()
                if tag.closing { _ = orderedCounters.popLast() } else { orderedCounters.append(tag.name == "ol" ? 0 : nil) }
            case "li":
                close()
                if !tag.closing {
                    if let last = orderedCounters.last, let n = last {
                        orderedCounters[orderedCounters.count - 1] = n + 1
                        kind = .listItem(marker: "\(n + 1).")
                    } else {
                        kind = .listItem(marker: "-")
                    }
                }
            case "p", "div", "br", "tr", "td", "th", "dt", "dd", "section", "article", "blockquote",
                 "header", "footer", "table", "body", "hr", "title", "main", "nav":
                close()
            case "b", "strong":
                boldDepth = max(0, boldDepth + (tag.closing ? -1 : 1))
            default:
                break
            }
        }

        mutating func append(_ c: Character, line: Int) {
            if c.isWhitespace {
                if !text.isEmpty, text.last != " " { text.append(" ") }
                return
            }
            if text.isEmpty { startLine = line }
            text.append(c)
            visibleCharacters += 1
            if boldDepth > 0 { boldCharacters += 1 }
        }

        mutating func close() {
            let body = text.trimmingCharacters(in: " ")
            if !body.isEmpty {
                var blockKind = kind
                if case .paragraph = kind, boldCharacters == visibleCharacters, body.count <= 200 {
                    blockKind = .heading(level: 4)
                }
                blocks.append(Block(kind: blockKind, text: body, line: startLine))
            }
            text = ""
            kind = .paragraph
            boldCharacters = 0
            visibleCharacters = 0
        }
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
