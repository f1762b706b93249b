import Testing
import Pledge
@testable import PledgeExtract

/// Lumen: Markdown with bold headings and a lettered list (Fixtures/lumen.md).
@Suite struct MarkdownPolicyTests {
    private let document: PolicyDocument
    init() throws { document = try Fixtures.written("lumen.md") }

    @Test func boldHeadingsAreSections() throws {
        #expect(document.policy.effective == "2025-02-01")
        #expect(try document.rule(.allow, "collect").source.section == "Information we receive")
    }

    @Test func usingTheAppIsNoCondition() throws {
        let rule = try document.rule(.allow, "collect")
        #expect(rule.scope.data == ["user.behavior", "user.device"])
        #expect(rule.when.isEmpty)
    }

    @Test func eachLetteredPurposeIsItsOwnPermission() throws {
        let purposes = document.rules(effect: .allow, action: "use").map { $0.scope.purpose ?? [] }
        // "provide and operate the service": "to" is shared by both verbs, each a purpose.
        #expect(purposes == [["essential.service", "essential.service.operations"], ["essential.fraud_detection"], ["essential.service.operations.improve"]])
    }

    @Test func exceptAsRequiredByLawIsAnExceptionNotAPrecondition() throws {
        let rule = try document.rule(.deny, "disclose")
        #expect(rule.scope.data == ["user.location"])
        #expect(rule.when.isEmpty)
        #expect(rule.unless.map(\.when) == [["legal_process"], ["consent"]])
    }

    @Test func marketingLapsesOnOptOut() throws {
        #expect(try document.rule(.allow, "email").unless == [Exception(when: ["opted_out"])])
        #expect(try document.rule(.deny, "email").when == ["opted_out"])
    }

    @Test func decisions() throws {
        let brokers = Operation(action: "sell", data: ["user.contact.email"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, brokers) == .deny)
        let merger = Operation(action: "disclose", data: ["user.name"], recipient: "acquirer", context: ["merger"])
        #expect(try Fixtures.decide(document, merger) == .allow)
        let noMerger = Operation(action: "disclose", data: ["user.name"], recipient: "acquirer")
        #expect(try Fixtures.decide(document, noMerger) == .notCovered)
        let location = Operation(action: "disclose", data: ["user.location"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, location) == .deny)
        var consented = location
        consented.context = ["consent"]
        #expect(try Fixtures.decide(document, consented) == .allow)
        let newsletter = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject",
                                   purpose: "marketing.communications.email", context: ["opted_out"])
        #expect(try Fixtures.decide(document, newsletter) == .deny)
    }
}
