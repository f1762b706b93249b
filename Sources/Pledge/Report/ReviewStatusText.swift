/// How reports name a rule's review: `unreviewed` for an extractor's draft nobody signed
/// off, else `accepted by A. Reviewer on 2026-11-26`.
package enum ReviewStatusText {
    package static func of(_ review: RuleReview?) -> String {
        guard let review else { return "unreviewed" }
        return "\(review.status.rawValue) by \(review.by) on \(review.date)"
    }
}

/// A rule's review in JSON reports: `status` is `unreviewed` when there is none.
struct ReviewJSON: Encodable {
    var status: String
    var by: String?
    var date: String?

    init(_ review: RuleReview?) {
        status = review?.status.rawValue ?? "unreviewed"
        by = review?.by
        date = review?.date
    }
}
