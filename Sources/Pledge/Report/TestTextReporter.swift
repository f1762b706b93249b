/// For people: one line per test (place, status, name); for a failure or a known
/// difference, what was expected, what was decided, and the clauses that decided it with
/// their review status; a summary last.
public struct TestTextReporter: TestReporter {
    public init() {}

    public func render(_ run: ExpectationRun) -> String {
        let field = TextEscaping.terminalField
        var out = ""
        for suite in run.suites {
            for result in suite.results {
                let status = result.status.fails ? result.status.rawValue.uppercased() : result.status.rawValue
                out += "\(result.expectation.location): \(status): \(field(result.expectation.name))\n"
                guard result.status != .passed else { continue }
                if let why = result.expectation.knownDifference { out += "  known difference: \(field(why))\n" }
                out += "  expected: \(field(result.expectedText))\n"
                out += "  actual:   \(field(result.actualText))\n"
                if !result.missingDeciding.isEmpty { out += "  did not decide: \(result.missingDeciding.joined(separator: ", "))\n" }
                if let text = result.expectation.text { out += "  the text: \"\(field(text))\"\n" }
                for reference in result.decision.deciding {
                    out += "  deciding: \(field(reference.ruleID)) [\(field(ReviewStatusText.of(reference.review)))] "
                        + "(\(field(suite.policyFile)):\(reference.source.line)): \"\(field(reference.source.text))\"\n"
                }
                for reference in result.decision.overridden {
                    out += "  overridden: \(field(reference.ruleID)) [\(field(ReviewStatusText.of(reference.review)))]: \"\(field(reference.source.text))\"\n"
                }
            }
        }
        return TextEscaping.terminal(out + (out.isEmpty ? "" : "\n") + run.summary + "\n")
    }
}
