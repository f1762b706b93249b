import Testing
@testable import Pledge

/// Every check's examples are its tests: each triggering example yields a finding of
/// that check, no non-triggering example does.
@Suite struct LintCheckExampleTests {
    static let checkIDs = Linter.descriptors.map(\.id)

    @Test(arguments: checkIDs)
    func triggeringExamplesTrigger(_ id: String) throws {
        let descriptor = try #require(Linter.descriptors.first { $0.id == id })
        #expect(!descriptor.triggering.isEmpty)
        for (n, example) in descriptor.triggering.enumerated() {
            let findings = Linter().lint(example).filter { $0.check == id }
            #expect(!findings.isEmpty, "triggering example \(n) of \(id) found nothing")
        }
    }

    @Test(arguments: checkIDs)
    func nonTriggeringExamplesDoNot(_ id: String) throws {
        let descriptor = try #require(Linter.descriptors.first { $0.id == id })
        #expect(!descriptor.nonTriggering.isEmpty)
        for (n, example) in descriptor.nonTriggering.enumerated() {
            let findings = Linter().lint(example).filter { $0.check == id }
            #expect(findings.isEmpty, "non-triggering example \(n) of \(id): \(findings.map(\.message))")
        }
    }

    @Test func checkIDsAreUniqueAndDescribed() {
        #expect(Set(Self.checkIDs).count == Self.checkIDs.count)
        for d in Linter.descriptors {
            #expect(!d.summary.isEmpty && !d.rationale.isEmpty, "\(d.id)")
        }
    }
}
