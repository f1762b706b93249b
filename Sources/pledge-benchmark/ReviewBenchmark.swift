import Foundation
import Pledge
import PledgeExtract

/// Figures for reviews: per bundled policy, reading its review file and applying it to the
/// draft (what `extract` adds to extraction), the expected decisions, the worksheet; and
/// applying 5,000 reviews to a 5,000-rule draft, to show the cost stays small as reviews grow.
enum ReviewBenchmark {
    static func run(policies folder: String) {
        print("\n== review")
        let extractor = Extractor()
        let ids = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for id in ids {
            let versions = ((try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/\(id)")) ?? []).filter { $0.hasSuffix(".md") }.sorted()
            for version in versions {
                let path = "\(folder)/\(id)/\(version)"
                let rules = "Rules/\(id)/\((version as NSString).deletingPathExtension).yaml"
                guard let bytes = try? FileInput.bytes(atPath: path, limit: PolicyInput.maximumBytes),
                      let draft = try? extractor.extract(bytes: bytes, source: path, id: id),
                      let sentences = try? extractor.sentences(bytes: bytes, source: path),
                      let reviewBytes = try? FileInput.bytes(atPath: ReviewFile.path(forRuleFile: rules), limit: RuleFile.sizeLimit),
                      let reviews = try? ReviewFile.decode(bytes: reviewBytes, file: rules, terms: draft.terms)
                else { continue }
                let read = Measure.samples(200) { _ = try? ReviewFile.decode(bytes: reviewBytes, file: rules, terms: draft.terms) }
                let apply = Measure.samples(200) { _ = ReviewedPolicy(draft: draft, reviews: reviews, sentences: sentences) }
                let reviewed = ReviewedPolicy(draft: draft, reviews: reviews, sentences: sentences)
                let sheet = Measure.samples(50) {
                    _ = WorksheetHTMLReporter().render(ReviewWorksheet(reviewed: reviewed, sentences: sentences, reviewFile: rules))
                }
                var tests = "no tests"
                if let engine = try? Engine(document: reviewed.document),
                   let expectations = try? ExpectationFile.load(path: ExpectationFile.path(forRuleFile: rules), terms: draft.terms) {
                    let run = Measure.samples(200) { for e in expectations { _ = ExpectationResult(e, engine: engine) } }
                    tests = "\(expectations.count) tests \(median(run))"
                }
                print("\(path) (\(reviews.count) reviews, \(sentences.count) sentences): read \(median(read)), apply \(median(apply)), "
                      + "HTML worksheet \(median(sheet)), \(tests)")
            }
        }
        let (draft, reviews, sentences) = synthetic(count: 5_000)
        let large = Measure.samples(3) { _ = ReviewedPolicy(draft: draft, reviews: reviews, sentences: sentences) }
        print("5000 reviews on a 5000-rule draft: apply \(median(large))")
    }

    /// A draft of `count` rules, one a sentence, each accepted by a review.
    private static func synthetic(count: Int) -> (PolicyDocument, [SentenceReview], [Provenance]) {
        var rules: [Rule] = []
        var reviews: [SentenceReview] = []
        for i in 0..<count {
            let place = Provenance(section: "S\(i / 20)", line: i + 1, text: "We will not share record number \(i) with anyone.")
            let rule = Rule(id: "deny-share-\(i)", effect: .deny, scope: Scope(action: ["share"], data: ["user"]), source: place)
            rules.append(rule)
            reviews.append(SentenceReview(sentence: place.text, verdict: .accept, rule: rule.id, draft: DraftFingerprint.of(rule),
                                          by: "R", date: "2026-11-26", location: SourceLocation(file: "r.review.yaml", line: i + 1)))
        }
        return (PolicyDocument(policy: PolicyMetadata(id: "synthetic"), rules: rules), reviews, rules.map(\.source))
    }

    private static func median(_ samples: [UInt64]) -> String {
        Measure.format(nanoseconds: Double(Measure.quantile(samples, 0.5)))
    }
}
