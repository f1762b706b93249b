/// The keys of a review file (`pledge-review: 1`), in the order they are documented. The
/// decoder and the JSON Schema test both read these.
package enum ReviewFileKeys {
    package static let version = "pledge-review"

    package static let document = ["pledge-review", "reviews"]
    package static let documentRequired = ["pledge-review", "reviews"]

    package static let entry = ["sentence", "sentence_sha256", "verdict", "rule", "draft", "by", "date", "note", "reads"]
    package static let entryRequired = ["sentence", "sentence_sha256", "verdict", "by", "date"]
}
