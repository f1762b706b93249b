/// A review that no longer fits the draft and so was not applied: its rule stands as the
/// extractor drafted it (unreviewed) until a reviewer looks again.
public struct StaleReview: Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The sentence was reworded; `now` is the closest sentence of the current text.
        case sentenceChanged(now: String)
        /// No sentence of the current text resembles it.
        case sentenceGone
        /// The sentence is unchanged but the extractor no longer reads this rule from it.
        case ruleNotRead(readNow: [String])
        /// The draft the review judged has changed.
        case draftChanged(now: String)
        /// An added rule's id is now a drafted rule's.
        case idTaken
    }

    public var review: SentenceReview
    public var reason: Reason

    public init(review: SentenceReview, reason: Reason) {
        self.review = review
        self.reason = reason
    }

    /// What is reviewed: `rule 'x'`, or the sentence.
    public var subject: String { review.rule.map { "rule '\($0)'" } ?? "a sentence with no rule" }

    /// `file:line:col: stale review (verdict) of rule 'x': why`, with the old and new sentence.
    public var description: String {
        let head = "\(review.location): stale review (\(review.verdict.rawValue)) of \(subject): "
        let was = "\n    was: \(review.sentence)"
        switch reason {
        case .sentenceChanged(let now):
            return head + "its sentence changed; the review is not applied" + was + "\n    now: \(now)"
        case .sentenceGone:
            return head + "its sentence is gone from the policy; the review is not applied" + was
        case .ruleNotRead(let readNow):
            let now = readNow.isEmpty ? "no rule" : readNow.joined(separator: ", ")
            return head + "the extractor no longer reads this rule from the sentence (it reads: \(now)); the review is not applied"
                + "\n    sentence: \(review.sentence)"
        case .draftChanged(let now):
            return head + "the draft changed since it was judged (draft \(review.draft ?? "?") is now \(now)); the review is not applied"
                + "\n    sentence: \(review.sentence)"
        case .idTaken:
            return head + "the extractor now drafts a rule with this id; give the added rule another id"
        }
    }
}
