/// Turns an outline's blocks into sentences, each with its own line and section.
enum SentenceReader {
    static func sentences(_ outline: PolicyOutline) -> [Sentence] {
        var result: [Sentence] = []
        for (index, entry) in outline.blocks.enumerated() {
            let block = entry.block
            var line = block.line
            var position = block.text.startIndex
            for piece in SentenceSplitter.split(block.text) {
                // Count the line breaks between the previous sentence and this one: a line
                // feed is always a character of its own, so its byte is enough.
                line += block.text.utf8[position..<piece.start].lazy.filter { $0 == 0x0A }.count
                position = piece.start
                result.append(Sentence(text: piece.text, line: line, section: entry.section, block: index,
                                       isListItem: block.isListItem, unreadLength: piece.unreadLength))
            }
        }
        return result
    }
}
