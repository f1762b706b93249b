import Pledge

/// "We will only share information that is necessary for the third party to provide the service", "We only collect
/// the information we need to process your order": an exclusive limit to what is needed. No rule can name which data
/// is needed, so the exceptions the limit carves out are kept only together with the limit in the policy's own words,
/// as a fact an operation must claim ("that is necessary for the third party to provide the service"): the prohibition
/// binds every operation that does not claim it, and carved for all data without it, the exception would let through
/// what is not needed.
extension ClauseAnalyzer {
    /// Keeps the exceptions from `first` on only with the words that say what is needed, from the clause that opens
    /// them ("that is necessary …", "we need to …") to the end of the object. When they make no phrase, the prohibition
    /// is kept without the exceptions (stricter) and listed; with no such words, nothing changes.
    func limitToNeeded(_ statement: inout Statement, exceptionsFrom first: Int, object: Range<Int>, _ s: AnnotatedSentence,
                       _ spans: ClauseSpans, _ reading: inout SentenceReading) {
        guard let need = object.first(where: { Grammar.needWords.contains(s.word($0)) && !spans.isQualifier($0) }) else { return }
        let opener = (max(object.lowerBound, need - 4)..<need).first { Grammar.relativePronouns.contains(s.word($0)) || Grammar.companyPronouns.contains(s.word($0)) }
        guard let phrase = StatedPhrase.read((opener ?? need)..<object.upperBound, s, as: .context, taxonomy: taxonomy) else {
            statement.unless.removeSubrange(first...)
            reading.loss = reading.loss ?? "the exclusive limit is to what is needed (\(s.word(need)) …), which is not read; the prohibition is kept without its exception, which is stricter"
            return
        }
        for k in first..<statement.unless.count { statement.unless[k].when.append(phrase.name) }
        statement.statedRanges.append(phrase.range)
        reading.stated.append(phrase)
    }
}
