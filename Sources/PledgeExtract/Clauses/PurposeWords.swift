/// Words in a purpose's place that name no purpose of the practice.
enum PurposeWords {
    /// "statistics about visitors, sales and traffic patterns": a topic right after the data says what the data is about,
    /// not what it is shared for (what a message is about is its purpose).
    static func describesData(_ topic: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        s.endsData(at: topic.lowerBound)
    }

    /// "the address you choose to provide", "the purpose for which you provided it": a relative clause of giving names a
    /// purpose by reference, which is not understood.
    static func namedByReference(_ i: Int, _ s: AnnotatedSentence) -> Bool {
        (max(0, i - 5)..<i).contains { j in
            ["which", "whom"].contains(s.word(j)) && Grammar.readerPronouns.contains(s.word(j + 1))
                && !(j..<i).contains { s.tokens[$0].isPunctuation }
        }
    }

    /// "for marketing or other purposes", "for advertising and any other purpose": the purposes named are joined to every
    /// other, so together they name none in particular.
    static func anyOther(in range: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        range.contains { i in
            ["or", "and"].contains(s.word(i)) && {
                let k = s.word(i + 1) == "any" ? i + 2 : i + 1
                return s.word(k) == "other" && Grammar.purposeNouns.contains(s.word(k + 1))
            }()
        }
    }
}
