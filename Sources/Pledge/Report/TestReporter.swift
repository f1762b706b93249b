/// Writes an ``ExpectationRun`` (`pledge test`) in one format. One file per format.
public protocol TestReporter: Sendable {
    /// The whole output, ending with a newline.
    func render(_ run: ExpectationRun) -> String
}

/// The formats `pledge test --format` offers.
public enum TestFormat: String, Sendable, CaseIterable {
    /// For people (the default).
    case text
    case json
    /// JUnit XML, for CI test tabs.
    case junit

    /// The reporter that writes this format.
    public var reporter: any TestReporter {
        switch self {
        case .text: return TestTextReporter()
        case .json: return TestJSONReporter()
        case .junit: return TestJUnitReporter()
        }
    }
}

extension ExpectationResult {
    /// `deny (denied by deny-use-user: use …)`: the actual decision in one line.
    var actualText: String { "\(decision.outcome.rawValue) (\(decision.explanation))" }

    /// What was expected, with the deciding rules asked for.
    var expectedText: String {
        expectation.outcome.rawValue + (expectation.deciding.isEmpty ? "" : " by " + expectation.deciding.joined(separator: ", "))
    }
}
