import Pledge

/// "If you edit an article, a cookie is saved in your browser. It holds no personal data. It expires after one day."
/// A keeping the company permits, whose period a later sentence of its paragraph gives while pointing back to it ("It
/// expires after …", "These cookies last for a year"), is kept at most that long: read alone, the permission would let
/// the data be kept for ever. The sentence that gives the period is read with it.
enum NeighbourRetention {
    /// Gives each permission to keep data with no period the period one of the next two sentences states for it.
    static func apply(_ readings: inout [Int: SentenceReading], _ sentences: [AnnotatedSentence], taxonomy: Taxonomy) {
        let acts = taxonomy[.action]
        for (i, reading) in readings.sorted(by: { $0.key < $1.key }) {
            let open = reading.statements.indices.filter { k in
                let statement = reading.statements[k]
                return statement.effect == .allow && statement.retention == nil
                    && statement.actions.allSatisfy { acts.covers("retain", $0) }
            }
            guard !open.isEmpty else { continue }
            // The sentences in between point back to the same data too ("This cookie holds no personal data.").
            var j = i + 1
            while j <= i + 2, j < sentences.count, sentences[j].sentence.block == sentences[i].sentence.block,
                  readings[j]?.statements.isEmpty ?? true, NeighbourLimit.pointsBack(sentences[j]) {
                guard let period = period(sentences[j]) else { j += 1; continue }
                var limited = reading
                for k in open { limited.statements[k].retention = .atMost(period) }
                readings[i] = limited
                readings[j] = nil
                break
            }
        }
    }

    /// "It expires after 1 day", "These cookies will last for one year": how long what the sentence points back to
    /// lasts, stated with no negation.
    private static func period(_ s: AnnotatedSentence) -> ISODuration? {
        guard s.tokens.indices.contains(where: { Grammar.expiryVerbs.contains(s.word($0)) }),
              !s.tokens.indices.contains(where: { Grammar.negations.contains(s.word($0)) || s.word($0) == "no" }),
              case .atMost(let period)? = RetentionReader.limit(in: s.tokens.indices, s, effect: .allow, ages: [])
        else { return nil }
        return period
    }
}
