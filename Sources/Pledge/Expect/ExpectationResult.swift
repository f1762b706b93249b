/// One expectation run against a policy's engine.
public struct ExpectationResult: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case passed
        case failed
        /// Failed as its `known_difference` says it would: reported, not failing.
        case knownDifference = "known_difference"
        /// Marked as a known difference but passed: the marker is out of date, so it fails.
        case unexpectedPass = "unexpected_pass"

        /// Whether the status fails the run.
        public var fails: Bool { self == .failed || self == .unexpectedPass }
    }

    public var expectation: Expectation
    public var decision: Decision
    public var status: Status
    /// Expected deciding rules that did not decide.
    public var missingDeciding: [String]

    /// Runs `expectation` on `engine`.
    public init(_ expectation: Expectation, engine: Engine) {
        self.expectation = expectation
        decision = engine.evaluate(expectation.operation)
        let ids = Set(decision.deciding.map(\.ruleID))
        missingDeciding = expectation.deciding.filter { !ids.contains($0) }
        let met = decision.outcome == expectation.outcome && missingDeciding.isEmpty
        switch (met, expectation.knownDifference != nil) {
        case (true, false): status = .passed
        case (false, false): status = .failed
        case (false, true): status = .knownDifference
        case (true, true): status = .unexpectedPass
        }
    }
}
