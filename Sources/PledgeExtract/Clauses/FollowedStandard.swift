/// "in accordance with the applicable license", "on the basis of your settings": what a practice follows. The phrase
/// itself changes nothing a permission says, and neither does a standard the rule cannot name anyway — the policy or
/// the law. Anything else it names (a license, settings, preferences, an agreement) limits the practice, so its words
/// are read only by a condition the rule carries ("in accordance with your instructions"): a data or action word
/// there ("settings", "license") is no data or act of the rule.
enum FollowedStandard {
    /// The neutral phrases that take an object: those ending in a preposition ("in accordance with").
    private static let leads = Grammar.neutralPhrases.filter { Grammar.prepositions.contains($0.last ?? "") }

    /// The words after each neutral phrase that ends in a preposition, up to the next punctuation mark, list mark, or
    /// purpose or condition of the clause ("in accordance with applicable laws for the following purposes").
    static func objects(in clause: Range<Int>, _ s: AnnotatedSentence, spans: ClauseSpans) -> [Range<Int>] {
        leads.flatMap { phrase in
            clause.filter { s.has(phrase, at: $0) }.map { i in
                let start = i + phrase.count
                let end = (start..<clause.upperBound).first { k in
                    s.tokens[k].isPunctuation || Grammar.coordinators.contains(s.word(k)) || spans.inPurpose(k) || spans.inCondition(k)
                } ?? clause.upperBound
                return start..<end
            }
        }
    }

    /// Whether a word of such an object changes nothing: a neutral word, or one naming the policy, its parts, or the law.
    static func isUnlimiting(_ w: String) -> Bool {
        UnreadWords.isNeutral(w) || Grammar.referencePlaces.contains(w) || Grammar.lawWords.contains(w) || ["terms", "provisions"].contains(w)
    }
}
