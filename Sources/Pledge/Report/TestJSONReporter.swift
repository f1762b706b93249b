/// One JSON object: per test file, each test's place, name, status, expected and actual
/// outcome, and the deciding rules with their clauses and review status; a summary.
public struct TestJSONReporter: TestReporter {
    public init() {}

    private struct Report: Encodable {
        var suites: [Suite]
        var summary: Summary
    }

    private struct Suite: Encodable {
        var tests: String
        var rules: String
        var policy: String
        var results: [Result]
    }

    private struct Result: Encodable {
        var name: String
        var location: LocationJSON
        var status: String
        var operation: OperationJSON
        var expected: Expected
        var actual: Actual
        var knownDifference: String?

        enum CodingKeys: String, CodingKey {
            case name, location, status, operation, expected, actual
            case knownDifference = "known_difference"
        }
    }

    private struct Expected: Encodable {
        var outcome: String
        var deciding: [String]
    }

    private struct Actual: Encodable {
        var outcome: String
        var explanation: String
        var deciding: [Rule]
    }

    private struct Rule: Encodable {
        var rule: String
        var effect: String
        var review: ReviewJSON
        var clause: String
        var line: Int
    }

    private struct Summary: Encodable {
        var tests: Int
        var passed: Int
        var failed: Int
        var knownDifferences: Int
        var unexpectedPasses: Int
        var success: Bool

        enum CodingKeys: String, CodingKey {
            case tests, passed, failed, success
            case knownDifferences = "known_differences"
            case unexpectedPasses = "unexpected_passes"
        }
    }

    public func render(_ run: ExpectationRun) -> String {
        let suites = run.suites.map { suite in
            Suite(tests: suite.testFile, rules: suite.ruleFile, policy: suite.policyFile, results: suite.results.map { r in
                Result(name: r.expectation.name, location: LocationJSON(r.expectation.location), status: r.status.rawValue,
                       operation: OperationJSON(r.expectation.operation),
                       expected: Expected(outcome: r.expectation.outcome.rawValue, deciding: r.expectation.deciding),
                       actual: Actual(outcome: r.decision.outcome.rawValue, explanation: r.decision.explanation,
                                      deciding: r.decision.deciding.map {
                                          Rule(rule: $0.ruleID, effect: $0.effect.rawValue, review: ReviewJSON($0.review),
                                               clause: $0.source.text, line: $0.source.line)
                                      }),
                       knownDifference: r.expectation.knownDifference)
            })
        }
        let summary = Summary(tests: run.results.count, passed: run.count(.passed), failed: run.count(.failed),
                              knownDifferences: run.count(.knownDifference), unexpectedPasses: run.count(.unexpectedPass),
                              success: run.passes)
        return ReportJSON.encode(Report(suites: suites, summary: summary))
    }
}
