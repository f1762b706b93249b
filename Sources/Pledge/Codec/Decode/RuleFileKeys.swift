/// The keys each mapping of a rule file (and an operation) may hold, in the order the
/// encoder writes them, and which are required. The decoder and the JSON Schema test both
/// read these, so the schema cannot drift from the decoder.
package enum RuleFileKeys {
    package static let version = "pledge"

    package static let document = ["pledge", "policy", "terms", "purposes", "facts", "rules", "unmapped"]
    package static let documentRequired = ["pledge", "policy", "rules"]

    /// A stated purpose or fact (`purposes.<name>`, `facts.<name>`).
    package static let statedTerm = ["says", "within"]
    package static let statedTermRequired = ["says"]

    package static let policy = ["id", "title", "effective", "archived", "source", "source_sha256"]
    package static let policyRequired = ["id"]

    /// The scope keys, shared by rules and their exceptions.
    package static let scope = ["action", "data", "purpose", "recipient", "identifiability", "retention"]

    package static let rule = ["id", "effect"] + scope + ["when", "unless", "obligations", "source", "review"]
    package static let ruleRequired = ["id", "effect", "source"]

    /// A rule's sign-off (`review:`), written by `pledge extract` from the review file.
    package static let ruleReview = ["status", "by", "date", "note"]
    package static let ruleReviewRequired = ["status", "by", "date"]

    /// What a review file's `reads:` holds: a rule without its id and source, which the review supplies.
    package static let reading = ["effect"] + scope + ["when", "unless", "obligations"]
    package static let readingRequired = ["effect"]

    package static let exception = scope + ["when", "source"]
    package static let exceptionRequired: [String] = []
    /// An exception must name at least one of these: one without would lift its rule everywhere.
    package static let exceptionNarrowing = scope + ["when"]

    package static let retention = ["max", "over"]

    package static let provenance = ["section", "line", "text"]
    package static let provenanceRequired = ["line", "text"]

    package static let unmapped = ["section", "line", "text", "reason", "review"]
    package static let unmappedRequired = ["line", "text", "reason"]

    /// Every key name of a rule file, once.
    static let names = Array(Set(document + statedTerm + policy + rule + ruleReview + exception + retention + provenance + unmapped))

    package static let operation = ["id", "action", "data", "recipient", "purpose", "identifiability", "context", "retention"]
    package static let operationRequired = ["action", "data"]
}
