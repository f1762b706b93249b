import Pledge

/// "We collect information automatically when you visit. This includes your IP address and browser type." A permission
/// over data named generically ("information") followed in its paragraph by a sentence that says what that data includes
/// is a permission for the data named there: read alone, "information" would permit collecting every kind of personal
/// data, which the text does not describe. (Narrower than a list that may go on, never wider.) The second sentence is
/// read into the permission, not listed.
enum IncludedData {
    static func apply(_ readings: inout [Int: SentenceReading], _ sentences: [AnnotatedSentence]) {
        for (i, reading) in readings.sorted(by: { $0.key < $1.key }) where reading.statements.contains(where: isGeneric) {
            let j = i + 1
            guard j < sentences.count, sentences[j].sentence.block == sentences[i].sentence.block,
                  readings[j]?.statements.isEmpty ?? true, ListedStatement.includedData(sentences[j]) != nil
            else { continue }
            let s = sentences[j]
            var named: [String] = []
            for m in s[.data] where !m.keys.contains("user") {
                for k in m.keys where !named.contains(k) { named.append(k) }
            }
            guard !named.isEmpty else { continue }
            var narrowed = reading
            for k in narrowed.statements.indices where isGeneric(narrowed.statements[k]) { narrowed.statements[k].data = named }
            readings[i] = narrowed
            readings[j] = SentenceReading()
        }
    }

    private static func isGeneric(_ statement: Statement) -> Bool { statement.effect == .allow && statement.data == ["user"] }
}
