import Foundation
import Testing
@testable import Pledge

/// Review files as reviewers write them: every mistake is named with its place, and the
/// bundled JSON Schema agrees with the decoder.
@Suite struct ReviewFileTests {
    static let sentence = "We shall use such information strictly for the purpose of providing services to you."

    func decode(_ text: String, terms: [String: [String]] = [:]) throws -> [SentenceReview] {
        try ReviewFile.decode(bytes: Array(text.utf8), file: "r.review.yaml", terms: terms)
    }

    func errors(_ text: String) -> [String] {
        do {
            _ = try decode(text)
            return []
        } catch let error as PledgeError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    var valid: String {
        """
        pledge-review: 1
        reviews:
          - sentence: \(Self.sentence)
            sentence_sha256: "\(SentenceHash.of(Self.sentence))"
            verdict: correct
            rule: deny-use-user
            by: A. Reviewer
            date: "2026-11-26"
            note: The policy names more uses that serve the user.
            reads:
              effect: deny
              action: [use]
              data: [registration_data]
              purpose: [marketing.advertising]
          - sentence: \(Self.sentence)
            sentence_sha256: "\(SentenceHash.of(Self.sentence))"
            verdict: accept
            rule: deny-retain-user
            draft: "0123456789abcdef"
            by: A. Reviewer
            date: "2026-11-26"

        """
    }

    @Test func aValidFileDecodes() throws {
        let reviews = try decode(valid, terms: ["registration_data": ["user.name"]])
        #expect(reviews.map(\.verdict) == [.correct, .accept])
        #expect(reviews[0].reading?.scope == Scope(action: ["use"], data: ["registration_data"], purpose: ["marketing.advertising"]))
        #expect(reviews[0].location == SourceLocation(file: "r.review.yaml", line: 3, column: 5))
        #expect(reviews[1].draft == "0123456789abcdef")
    }

    @Test func aHashThatIsNotTheSentencesIsNamedWithTheRightOne() {
        let text = valid.replacingOccurrences(of: "strictly for", with: "only for")
        let reworded = Self.sentence.replacingOccurrences(of: "strictly for", with: "only for")
        #expect(errors(text).contains { $0.hasPrefix("r.review.yaml:4:22: error: 'sentence_sha256'") && $0.contains("which is \(SentenceHash.of(reworded))") })
    }

    @Test func eachVerdictNeedsWhatItJudges() {
        let hash = SentenceHash.of(Self.sentence)
        let text = """
        pledge-review: 1
        reviews:
          - {sentence: "\(Self.sentence)", sentence_sha256: "\(hash)", verdict: accept, rule: a, by: R, date: "2026-11-26"}
          - {sentence: "\(Self.sentence)", sentence_sha256: "\(hash)", verdict: reject, rule: b, draft: "0123456789abcdef", by: R, date: "2026-11-26"}
          - {sentence: "\(Self.sentence)", sentence_sha256: "\(hash)", verdict: add, rule: c, by: R, date: "2026-11-26", note: n}
          - {sentence: "\(Self.sentence)", sentence_sha256: "\(hash)", verdict: accept, rule: d, draft: "xyz", by: R, date: "2026-11-26"}
          - {sentence: "\(Self.sentence)", sentence_sha256: "\(hash)", verdict: accept, draft: "0123456789abcdef", by: R, date: "26/11/2026"}
          - {sentence: "\(Self.sentence)", sentence_sha256: "\(hash)", verdict: approve, rule: e, by: R, date: "2026-11-26"}

        """
        let found = errors(text)
        #expect(found.contains("r.review.yaml:3:5: error: a 'accept' review of a rule records the draft it judged ('draft:', from `pledge review`)"))
        #expect(found.contains("r.review.yaml:4:5: error: a 'reject' review says why ('note:')"))
        #expect(found.contains("r.review.yaml:5:5: error: a 'add' review gives the rule as the sentence reads ('reads:')"))
        #expect(found.contains { $0.hasPrefix("r.review.yaml:6:") && $0.contains("'draft' must be 16 hexadecimal digits") })
        #expect(found.contains { $0.hasPrefix("r.review.yaml:7:") && $0.contains("'draft' belongs to accept and reject reviews only") })
        #expect(found.contains { $0.hasPrefix("r.review.yaml:7:") && $0.contains("'date' must be an ISO date") })
        #expect(found.contains { $0.hasPrefix("r.review.yaml:8:") && $0.contains("'verdict' cannot be 'approve'") })
    }

    @Test func aRuleIsReviewedOnce() {
        let text = valid.replacingOccurrences(of: "rule: deny-retain-user", with: "rule: deny-use-user")
        #expect(errors(text).contains { $0.hasPrefix("r.review.yaml:15:5: error: rule 'deny-use-user' is reviewed twice; it is first reviewed at 3:5") })
    }

    @Test func aCorrectionNamesOnlyKnownKeysAndTerms() {
        let found = errors(valid.replacingOccurrences(of: "purpose: [marketing.advertising]", with: "purpose: [marketing.adverts]\n      scope: x"))
        #expect(found.contains { $0.contains("error: unknown data category or defined term 'registration_data'") })
        #expect(found.contains { $0.contains("error: unknown purpose 'marketing.adverts'") })
        #expect(found.contains { $0.contains("error: unknown key 'scope' in 'reads'") })
    }

    @Test func anUnknownVersionIsAllThatIsSaid() {
        #expect(errors("pledge-review: 2\nreviews: []\n") == ["r.review.yaml:1:16: error: unknown schema version 'pledge-review: 2'; this Pledge reads version 1"])
        #expect(errors("reviews: []\n") == ["r.review.yaml:1:1: error: missing 'pledge-review: 1' (the schema version)"])
    }

    @Test func theSchemaHasTheDecodersKeysAndAcceptsTheBundledReviews() throws {
        let schema = JSONValue(try YAMLReader.read(bytes: Array(ReviewFile.jsonSchema().utf8), file: "reviews.schema.json", limits: .ruleFile).root)
        let top = schema.object ?? [:]
        let entry = top["$defs"]?.object?["review"]?.object ?? [:]
        #expect(Set(top["properties"]?.object?.keys ?? [:].keys) == Set(ReviewFileKeys.document))
        #expect(Set(entry["properties"]?.object?.keys ?? [:].keys) == Set(ReviewFileKeys.entry))
        #expect(Set((entry["required"]?.array ?? []).compactMap(\.string)) == Set(ReviewFileKeys.entryRequired))
        let reading = top["$defs"]?.object?["reading"]?.object ?? [:]
        #expect(Set(reading["properties"]?.object?.keys ?? [:].keys) == Set(RuleFileKeys.reading))

        let validator = JSONSchemaValidator(root: schema)
        let rules = RuleFileSchemaTests.repositoryRoot.appendingPathComponent("Rules")
        let files = (FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { ReviewFile.isReviewFile($0.path) }
        #expect(files.count == 6)
        for url in files + [] {
            let json = JSONValue(try YAMLReader.read(bytes: Array(try Data(contentsOf: url)), file: url.path, limits: .ruleFile).root)
            #expect(validator.errors(in: json) == [], "\(url.path)")
        }
        let broken = JSONValue(try YAMLReader.read(bytes: Array(valid.replacingOccurrences(of: "    note: The policy names more uses that serve the user.\n", with: "").utf8),
                                                   file: "x", limits: .ruleFile).root)
        #expect(validator.errors(in: broken).contains { $0.contains("missing note") })
    }
}
