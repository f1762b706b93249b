/// One entry of a review file: a reviewer's judgement on one rule read from one sentence,
/// or on a sentence the extractor read no rule from.
public struct SentenceReview: Sendable, Hashable {
    /// What the reviewer decided.
    public enum Verdict: String, Sendable, Hashable, CaseIterable {
        /// The drafted rule (or, with no rule, the sentence's lack of one) is right.
        case accept
        /// The drafted rule is wrong in some field; ``SentenceReview/reading`` is right.
        case correct
        /// The drafted rule should not exist.
        case reject
        /// The sentence makes a promise the extractor missed; ``SentenceReview/reading`` is it.
        case add
    }

    /// The sentence as the reviewer read it (shown when it changes).
    public var sentence: String
    /// ``SentenceHash`` of ``sentence``: what the review is matched by.
    public var sentenceHash: String
    public var verdict: Verdict
    /// The drafted rule judged, or the id of the added rule; nil for a sentence with no rule.
    public var rule: String?
    /// For accept and reject: ``DraftFingerprint`` of the draft judged.
    public var draft: String?
    /// For correct and add: the rule as the sentence should read (its id and source are the review's).
    public var reading: Rule?
    public var by: String
    /// An ISO date.
    public var date: String
    public var note: String?
    /// Where the entry stands in the review file.
    public var location: SourceLocation

    public init(sentence: String, verdict: Verdict, rule: String? = nil, draft: String? = nil, reading: Rule? = nil,
                by: String, date: String, note: String? = nil, location: SourceLocation) {
        self.sentence = sentence
        self.sentenceHash = SentenceHash.of(sentence)
        self.verdict = verdict
        self.rule = rule
        self.draft = draft
        self.reading = reading
        self.by = by
        self.date = date
        self.note = note
        self.location = location
    }

    /// The sign-off a rule carries once this review is applied.
    func signOff(_ status: RuleReview.Status) -> RuleReview {
        RuleReview(status: status, by: by, date: date, note: note)
    }
}
