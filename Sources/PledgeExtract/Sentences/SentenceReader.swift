/// Turns an outline's blocks into sentences, each with its own line and section.
enum SentenceReader {
    static func sentences(_ outline: PolicyOutline) -> [Sentence] {
        var result: [Sentence] = []
        for (index, entry) in outline.blocks.enumerated() {
            let block = entry.block
            let chars = Array(block.text)
            var line = block.line
            var position = 0
            for piece in SentenceSplitter.split(block.text) {
                // Count the line breaks between the previous sentence and this one.
                while position < piece.offset, position < chars.count {
                    if chars[position] == "\n" { line += 1 }
                    position += 1
                }
                result.append(Sentence(text: piece.text, line: line, section: entry.section, block: index,
                                       isListItem: block.isListItem, unreadLength: piece.unreadLength))
            }
        }
        return result
    }
}
