import Testing
import Pledge
@testable import PledgeExtract

/// Practices stated without a modal, cessations, compelled disclosures and contacts aimed at
/// children. Sentences written for the test.
@Suite struct StatedPracticeTests {
    @Test func aPassivePracticeWithADurationIsABoundedRetention() throws {
        let document = try Fixtures.extract("Billing records are retained for ten years to meet our accounting obligations.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .allow)
        #expect(rule.scope.action == ["retain"])
        #expect(rule.scope.data == ["user.payment"])
        #expect(rule.scope.purpose == ["essential.legal_obligation"])
        #expect(rule.scope.retention == .atMost(try #require(ISODuration("P10Y"))))
    }

    @Test func theCompanysOwnSystemsActForIt() throws {
        let document = try Fixtures.extract("Our web servers record the IP address of every visitor.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .allow)
        #expect(rule.scope.action == ["collect"])
        #expect(rule.scope.data == ["user.device.ip_address"])
        // A partner is no system of ours.
        #expect(try Fixtures.extract("Our partners record the IP address of every visitor.").rules.isEmpty)
    }

    @Test func aStatedPracticeThatCannotBeMappedIsListed() throws {
        let document = try Fixtures.extract("Shipment records are kept in a locked archive.")
        #expect(document.rules.isEmpty)
        #expect(document.unmapped.map(\.reason) == ["no data object"])
    }

    @Test func aSecondClauseWithDataItCannotNameIsListedBesideTheFirstsRule() throws {
        let document = try Fixtures.extract("We never sell your profile, but we may share delivery records with couriers.")
        #expect(document.rules.map(\.effect) == [.deny])
        #expect(document.unmapped.map(\.reason) == ["no data object"])
    }

    @Test func aggregatedDataIsDataAndItsLevel() throws {
        let document = try Fixtures.extract("We will not rent your profile, but we may give aggregate data to sponsors and advertisers.")
        let rule = try document.rule(.allow, "disclose")
        #expect(rule.scope.data == ["user"])
        #expect(rule.scope.identifiability == ["aggregated"])
    }

    @Test(arguments: [
        ("Once you unsubscribe, we cease sending you newsletters.", "email", "opted_out"),
        ("If you withdraw your consent, we will discontinue using your location for advertising.", "use", "opted_out"),
        ("When you close your account, we stop collecting your location.", "collect", "account_cancelled"),
    ])
    func toStopDoingSomethingIsAProhibitionUnderItsCondition(_ text: String, _ action: String, _ fact: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .deny)
        #expect(rule.scope.action == [action])
        #expect(rule.when.contains(fact))
    }

    @Test(arguments: [
        "We may release your profile if required to do so by law or a court order.",
        "We may release your profile where compelled by statute or subpoena.",
    ])
    func aDisclosureTheLawCompelsIsLegalProcess(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.map(\.when) == [["legal_process"]])
        // legal_process covers a subpoena.
        let op = Operation(action: "disclose", data: ["user.demographic.profile"], recipient: "government", context: ["subpoena"])
        #expect(try Fixtures.decide(document, op) == .allow)
    }

    @Test func permittedByLawIsNoCompulsion() throws {
        let document = try Fixtures.extract("We may release your profile where permitted by law.")
        // Kept in its words; no compulsion (legal process) is read into it.
        let rule = try document.rule(.allow, "disclose")
        #expect(rule.when.compactMap { document.facts[$0]?.says } == ["where permitted by law"])
        var compelled = Operation(action: "disclose", data: ["user.demographic.profile"], recipient: "government")
        compelled.context = ["legal_process"]
        #expect(try Fixtures.decide(document, compelled) != .allow)
    }

    @Test func childrenAreWhomAContactReachesAndTheMessagesAreNoData() throws {
        let document = try Fixtures.extract("We do not send promotional messages to minors.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.action == ["contact"])   // messages of no named channel: every channel
        #expect(rule.scope.data == ["user.childrens"])
        #expect(rule.scope.recipient == ["data_subject"])
        #expect(rule.scope.purpose?.allSatisfy { $0.hasPrefix("marketing") } == true)
        let op = Operation(action: "email", data: ["user.childrens", "user.contact.email"], recipient: "data_subject", purpose: "marketing")
        #expect(try Fixtures.decide(document, op) == .deny)
    }
}
