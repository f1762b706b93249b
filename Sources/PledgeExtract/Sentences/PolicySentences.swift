import Pledge

extension Extractor {
    /// Every sentence of a policy text, in order, with its section and line: what a review
    /// of a sentence the extractor read no rule from is matched against, and what the
    /// review worksheet lists.
    /// - Throws: ``PledgeError/invalid(_:)`` for bytes that are not a readable policy text.
    package func sentences(bytes: [UInt8], source: String) throws -> [Provenance] {
        let text = try PolicyInput.decode(bytes, source: source)
        return SentenceReader.sentences(PolicyOutline(text: text)).map {
            Provenance(section: $0.section, line: $0.line, text: $0.text)
        }
    }
}
