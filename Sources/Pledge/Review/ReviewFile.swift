import Foundation

/// The human-owned half of a policy's rules: `Rules/<id>/<version>.review.yaml`, beside the
/// generated `<version>.yaml`. Reviewers write it by hand; `pledge extract` reads it and
/// writes the rule file with the reviews applied. Keeping it apart means re-extraction
/// never overwrites a reviewer's words, and a pull request shows the judgement (this file)
/// apart from its effect (the rule file).
///
/// ```yaml
/// pledge-review: 1
/// reviews:
///   - sentence: We shall use such information strictly for the purpose of providing services to you, …
///     sentence_sha256: 4c1f0e3a9b2d7c55
///     verdict: correct
///     rule: deny-use-user
///     by: A. Reviewer
///     date: "2026-11-26"
///     note: Cookies for site functions and card data against fraud serve the service too.
///     reads:
///       effect: deny
///       action: [use]
///       data: [user]
///       unless:
///         - purpose: [essential, functional]
/// ```
public enum ReviewFile {
    /// The review file that belongs with a rule file: `2011-12-01.yaml` → `2011-12-01.review.yaml`.
    public static func path(forRuleFile ruleFile: String) -> String {
        (ruleFile.hasSuffix(".yaml") ? String(ruleFile.dropLast(5)) : ruleFile) + ".review.yaml"
    }

    /// Whether `path` names a review file rather than a rule file.
    public static func isReviewFile(_ path: String) -> Bool { path.hasSuffix(".review.yaml") }

    /// Decodes a review file's bytes.
    /// - Parameters:
    ///   - terms: the defined terms of the policy, which corrected and added rules may name.
    /// - Throws: ``PledgeError/invalid(_:)`` with every problem, each with its place.
    public static func decode(bytes: [UInt8], file: String, taxonomy: Taxonomy = .standard,
                              terms: [String: [String]] = [:]) throws -> [SentenceReview] {
        let yaml = try YAMLReader.read(bytes: bytes, file: file, limits: .ruleFile)
        var decoder = ReviewFileDecoder(rules: RuleFileDecoder(input: NodeDecoder(file: file, diagnostics: yaml.diagnostics), taxonomy: taxonomy),
                                        vocabulary: Vocabulary(taxonomy: taxonomy, terms: terms.keys))
        let reviews = decoder.decode(yaml.root)
        let diagnostics = decoder.rules.input.diagnostics
        guard diagnostics.isEmpty else { throw PledgeError.invalid(diagnostics.sorted()) }
        return reviews
    }

    /// Reads the review file at `path`; nil when there is none (a policy nobody reviewed yet).
    public static func loadIfPresent(path: String, taxonomy: Taxonomy = .standard,
                                     terms: [String: [String]] = [:]) throws -> [SentenceReview]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try decode(bytes: FileInput.bytes(atPath: path, limit: RuleFile.sizeLimit), file: path, taxonomy: taxonomy, terms: terms)
    }

    /// The JSON Schema (draft 2020-12) of review files, bundled with the library.
    public static func jsonSchema() throws -> String {
        guard let url = Bundle.module.url(forResource: "reviews.schema", withExtension: "json") else {
            throw PledgeError.unreadable(file: "reviews.schema.json", reason: "missing from the Pledge bundle")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
