/// Every test of one or more test files, run: what `pledge test` reports.
public struct ExpectationRun: Sendable {
    /// One test file and its results.
    public struct Suite: Sendable {
        public var testFile: String
        public var ruleFile: String
        /// The policy text the rules quote, for the places of deciding clauses.
        public var policyFile: String
        public var results: [ExpectationResult]

        public init(testFile: String, ruleFile: String, policyFile: String, results: [ExpectationResult]) {
            self.testFile = testFile
            self.ruleFile = ruleFile
            self.policyFile = policyFile
            self.results = results
        }
    }

    public var suites: [Suite]

    public init(suites: [Suite]) { self.suites = suites }

    public var results: [ExpectationResult] { suites.flatMap(\.results) }

    /// The number of results of each status.
    public func count(_ status: ExpectationResult.Status) -> Int { results.filter { $0.status == status }.count }

    /// True when no test failed.
    public var passes: Bool { !results.contains { $0.status.fails } }

    /// `12 tests: 11 passed, 1 failed, 0 known differences`.
    public var summary: String {
        let total = results.count
        var parts = ["\(count(.passed)) passed", "\(count(.failed)) failed"]
        if count(.knownDifference) > 0 { parts.append("\(count(.knownDifference)) known difference\(count(.knownDifference) == 1 ? "" : "s")") }
        if count(.unexpectedPass) > 0 { parts.append("\(count(.unexpectedPass)) unexpectedly passed (remove known_difference)") }
        return "\(total) test\(total == 1 ? "" : "s") in \(suites.count) file\(suites.count == 1 ? "" : "s"): " + parts.joined(separator: ", ")
    }
}
