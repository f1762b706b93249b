import Foundation
import Pledge
import PledgeExtract

/// One policy text extracted and, when its review file stands in the rules folder, reviewed:
/// what `extract` writes and `review` shows.
struct ReviewedExtraction {
    /// The extractor's draft.
    var draft: PolicyDocument
    /// Every sentence of the text.
    var sentences: [Provenance]
    /// The review file's path, whether or not it exists.
    var reviewFile: String
    /// The draft with the reviews applied; nil when there is no review file.
    var reviewed: ReviewedPolicy?

    /// The rule file to write: the reviewed rules, or the draft when nobody has reviewed it.
    var document: PolicyDocument { reviewed?.document ?? draft }

    init(_ policy: PolicySet.File, rulesFolder: String?, extractor: Extractor, taxonomy: Taxonomy) throws {
        let bytes = try PolicySet.read(policy.path)
        draft = try extractor.extract(bytes: bytes, source: policy.path, id: policy.id)
        sentences = try extractor.sentences(bytes: bytes, source: policy.path)
        reviewFile = rulesFolder.map { ReviewFile.path(forRuleFile: policy.target(in: $0)) } ?? ""
        guard rulesFolder != nil,
              let reviews = try ReviewFile.loadIfPresent(path: reviewFile, taxonomy: draft.taxonomy(extending: taxonomy), terms: draft.terms)
        else { return }
        reviewed = ReviewedPolicy(draft: draft, reviews: reviews, sentences: sentences)
    }

    /// The reviews that were not applied, each as a diagnostic at its place in the review file.
    var staleReviews: [StaleReview] { reviewed?.stale ?? [] }
}
