import Pledge

/// "We do not sell or transfer your personal information to outside parties. This does not include trusted third
/// parties who assist us in operating our website." A sentence that points back to the prohibition before it in its
/// paragraph and says what it does not reach ("This does not include …", "This restriction does not apply to …")
/// states that prohibition's exception. Kept apart, the prohibition would forbid what the policy expressly allows.
/// The exception is held like one in the prohibition's own sentence: narrowed by the recipients it names and, unless
/// every other word of it is a determiner, kept in the policy's own words, so that the prohibition still binds every
/// operation that does not claim it. It cites the sentence it was read from. One that cannot be read is listed.
enum NeighbourException {
    /// What such a sentence leaves out of the prohibition before it.
    enum Exclusion {
        case read(Exception, StatedPhrase?)
        /// It leaves out something no exception can name (no party, or the company or the reader).
        case unread(String)
    }

    static func apply(_ readings: inout [Int: SentenceReading], _ sentences: [AnnotatedSentence], analyzer: ClauseAnalyzer) {
        for (i, reading) in readings.sorted(by: { $0.key < $1.key }) where reading.statements.contains(where: { $0.effect == .deny }) {
            let j = i + 1
            guard j < sentences.count, sentences[j].sentence.block == sentences[i].sentence.block,
                  readings[j]?.statements.isEmpty ?? true, let exclusion = analyzer.exclusion(sentences[j]) else { continue }
            switch exclusion {
            case .read(var exception, let phrase):
                exception.source = sentences[j].sentence.provenance
                var excepted = reading
                for k in excepted.statements.indices where excepted.statements[k].effect == .deny {
                    excepted.statements[k].unless.append(exception)
                }
                if let phrase { excepted.stated.append(phrase) }
                readings[i] = excepted
                readings[j] = SentenceReading()
            case .unread(let words):
                var listed = readings[j] ?? SentenceReading()
                listed.gap = "the exception (\(words) …) this sentence states for the prohibition before it is not read; the prohibition is kept without it, which is stricter"
                readings[j] = listed
            }
        }
    }
}

extension ClauseAnalyzer {
    /// The exception a sentence of the form "This [restriction] does not include/apply to …" states; nil for any other
    /// sentence.
    func exclusion(_ s: AnnotatedSentence) -> NeighbourException.Exclusion? {
        var i = 0
        while ["however", "but", "and", "please", "note", ","].contains(s.word(i)) { i += 1 }
        guard ["this", "that"].contains(s.word(i)) else { return nil }
        i += Grammar.exclusionNouns.contains(s.word(i + 1)) ? 2 : 1
        guard ["does", "do", "will", "shall"].contains(s.word(i)), s.word(i + 1) == "not",
              let verb = Grammar.exclusionVerbs.first(where: { s.has($0, at: i + 2) }) else { return nil }
        let start = i + 2 + verb.count
        let end = s.word(s.tokens.count - 1) == "." ? s.tokens.count - 1 : s.tokens.count
        guard start < end else { return nil }
        let body = start..<end
        let unread = NeighbourException.Exclusion.unread(s.text(start..<min(end, start + 3)))
        // What it leaves out comes first; the company or the reader named later ("who assist us in servicing you") is
        // no recipient of its own.
        let inside = { (k: String) in k == "first_party" || k == "data_subject" }
        guard let first = s[.recipient].first(where: { body.contains($0.range.lowerBound) }), !first.keys.contains(where: inside)
        else { return unread }
        let recipients = keys(.recipient, in: body, s) { _ in true }.filter { !inside($0) }
        let scope = Scope(recipient: recipients)
        // "This does not include our service providers": every word read, the recipients alone are the exception.
        let named = s[.recipient].filter { body.contains($0.range.lowerBound) }.flatMap(\.range)
        if body.allSatisfy({ named.contains($0) || s.tokens[$0].isPunctuation || Grammar.determiners.contains(s.word($0)) }) {
            return .read(Exception(scope: scope), nil)
        }
        guard let phrase = StatedPhrase.read(body, s, as: .context, taxonomy: taxonomy) else { return unread }
        return .read(Exception(scope: scope, when: [phrase.name]), phrase)
    }
}
