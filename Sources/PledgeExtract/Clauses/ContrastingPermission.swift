import Pledge

/// "We never give your details to vendors without your consent. We do, however, rent our mailing list to partners."
/// A permission set against the prohibition just before it in its paragraph ("however", "but", "nevertheless") is that
/// prohibition's exception: kept apart, the prohibition would override what the next sentence expressly allows. Only
/// a permission within the prohibition — each of its acts one the prohibition forbids — carves anything out, and only
/// what the two have in common, with the permission's own scope and facts (``CrossReferencedExceptions``); "We do not
/// sell your data. However, we may share it with partners" leaves the ban on selling whole.
enum ContrastingPermission {
    static func apply(_ readings: inout [Int: SentenceReading], _ sentences: [AnnotatedSentence], taxonomy: Taxonomy) {
        for (i, reading) in readings.sorted(by: { $0.key < $1.key }) where reading.statements.contains(where: { $0.effect == .deny }) {
            let j = i + 1
            guard j < sentences.count, sentences[j].sentence.block == sentences[i].sentence.block, contrasts(sentences[j]),
                  let next = readings[j] else { continue }
            var excepted = reading
            CrossReferencedExceptions.carve(&excepted, by: next.statements.filter { $0.effect == .allow && $0.unless.isEmpty }, taxonomy: taxonomy)
            readings[i] = excepted
        }
    }

    /// "However, …", "We do, however, …", "But …", "Nevertheless, …": the sentence is set against the one before.
    private static func contrasts(_ s: AnnotatedSentence) -> Bool {
        ["but", "nevertheless", "nonetheless"].contains(s.word(0))
            || (0..<min(s.tokens.count, 6)).contains { s.word($0) == "however" }
    }
}
