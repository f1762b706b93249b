/// JUnit XML: a `<testsuite>` per test file, a `<testcase>` per test; a failure carries
/// expected versus actual and the deciding clauses; a known difference is `<skipped>` with why.
public struct TestJUnitReporter: TestReporter {
    public init() {}

    public func render(_ run: ExpectationRun) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let failures = run.results.filter { $0.status.fails }.count
        out += "<testsuites name=\"pledge test\" tests=\"\(run.results.count)\" failures=\"\(failures)\">\n"
        for suite in run.suites {
            let suiteFailures = suite.results.filter { $0.status.fails }.count
            let skipped = suite.results.filter { $0.status == .knownDifference }.count
            out += "  <testsuite name=\"\(xml(suite.testFile))\" tests=\"\(suite.results.count)\" failures=\"\(suiteFailures)\" skipped=\"\(skipped)\">\n"
            for result in suite.results {
                let e = result.expectation
                out += "    <testcase classname=\"\(xml(suite.ruleFile))\" name=\"\(xml(e.name))\" file=\"\(xml(e.location.file))\" line=\"\(e.location.line)\""
                switch result.status {
                case .passed:
                    out += "/>\n"
                    continue
                case .knownDifference:
                    out += ">\n      <skipped message=\"known difference: \(xml(e.knownDifference ?? ""))\"/>\n"
                case .failed, .unexpectedPass:
                    let message = result.status == .unexpectedPass
                        ? "passed although marked as a known difference; remove known_difference"
                        : "expected \(result.expectedText), decided \(result.decision.outcome.rawValue)"
                    out += ">\n      <failure message=\"\(xml(message))\">\(xml(detail(result, policyFile: suite.policyFile)))</failure>\n"
                }
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    private func detail(_ result: ExpectationResult, policyFile: String) -> String {
        var lines = ["expected: \(result.expectedText)", "actual: \(result.actualText)"]
        for reference in result.decision.deciding {
            lines.append("deciding: \(reference.ruleID) [\(ReviewStatusText.of(reference.review))] (\(policyFile):\(reference.source.line)): \"\(reference.source.text)\"")
        }
        return lines.joined(separator: "\n")
    }

    /// Text escaped for XML attributes and content; characters XML 1.0 cannot hold become U+FFFD.
    private func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default: out.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }
}
