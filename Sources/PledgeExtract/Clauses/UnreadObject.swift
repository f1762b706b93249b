import Pledge

/// Words of a predicate's object that the taxonomy does not read, where leaving them out
/// would change what a rule says.
extension ClauseAnalyzer {
    /// "send you service announcements": the things a contact sends, in words no dimension names.
    /// What is sent states the purpose; read without it, the rule would cover every purpose.
    func unknownSentThing(in object: Range<Int>, _ s: AnnotatedSentence, _ spans: ClauseSpans) -> String? {
        var unread: [Int] = []
        for j in object {
            let w = s.word(j)
            if spans.isQualifier(j) || spans.inExample(j) || spans.topics.contains(where: { $0.contains(j) }) { break }
            if s.tokens[j].isPunctuation {
                if w == "," { continue }
                break
            }
            // The sent things end where a phrase, clause or new subject begins.
            if Grammar.prepositions.contains(w) || Grammar.relativePronouns.contains(w) || Grammar.auxiliaries.contains(w)
                || Grammar.companyPronouns.contains(w) { break }
            if Grammar.coordinators.contains(w) || Grammar.determiners.contains(w) || Grammar.adverbs.contains(w)
                || Grammar.readerPronouns.contains(w) { continue }
            if Dimension.allCases.contains(where: { d in s[d].contains { $0.range.contains(j) } }) { continue }
            unread.append(j)
        }
        return unread.isEmpty ? nil : unread.map { s.word($0) }.joined(separator: " ")
    }

    /// "your heart rate data", "your training records": a data noun the taxonomy does not name,
    /// owned by the reader, so plainly personal data; so is one listed beside data the taxonomy names ("user names,
    /// e-mail addresses or registration information").
    func unknownPersonalData(in object: Range<Int>, _ s: AnnotatedSentence) -> String? {
        for j in object where Grammar.dataNouns.contains(s.word(j)) && !s[.data].contains(where: { $0.range.contains(j) }) {
            var start = j
            while start - 1 >= object.lowerBound, !s.tokens[start - 1].isPunctuation, !Grammar.determiners.contains(s.word(start - 1)),
                  !Grammar.prepositions.contains(s.word(start - 1)), !Grammar.coordinators.contains(s.word(start - 1)) {
                start -= 1
            }
            if s.word(start - 1) == "your" { return s.text((start - 1)..<(j + 1)) }
            if start > object.lowerBound, ["or", "and", "nor", ","].contains(s.word(start - 1)), s[.data].contains(where: { $0.range.upperBound <= start - 1 && object.contains($0.range.lowerBound) }) {
                return s.text(start..<(j + 1))
            }
        }
        return nil
    }
}
