import Testing
import Pledge
@testable import PledgeExtract

/// Zeta Labs: a plain-text policy the extractor had not seen when it was written
/// (Fixtures/zeta.txt, the coordinator's probe). Its rules, and what the engine decides with them.
@Suite struct ZetaProbeTests {
    private let document: PolicyDocument
    init() throws { document = try Fixtures.written("zeta.txt") }

    @Test func theFirstLineIsTheTitle() {
        #expect(document.policy.title == "Zeta Labs Privacy Statement")
        #expect(document.policy.effective == "2025-01-05")
    }

    @Test func aggregatedDemographicsOnlyNeverIdentified() throws {
        let rule = try document.rule(.allow, "share", data: "user.demographic")
        #expect(rule.scope.identifiability == ["aggregated"])
        let identified = Operation(action: "share", data: ["user.demographic"], recipient: "advertiser", identifiability: "identified")
        #expect(try Fixtures.decide(document, identified) != .allow)
    }

    @Test func sharingWithThirdPartiesNeedsConsent() throws {
        let rule = try document.rule(.deny, "share", recipient: "third_party")
        #expect(rule.unless.map(\.when) == [["consent"]])
        // Aggregated, so that the prohibition of selling identified data (sharing covers selling) is not what decides.
        let op = Operation(action: "share", data: ["user.contact.email"], recipient: "third_party", purpose: "analytics",
                           identifiability: "aggregated")
        #expect(try Fixtures.decide(document, op) == .deny)
        var consented = op
        consented.context = ["consent"]
        #expect(try Fixtures.decide(document, consented) == .allow)
    }

    @Test func disclosureByLawOrSubpoenaIsLegalProcess() throws {
        #expect(try document.rule(.allow, "disclose").when == ["legal_process"])
    }

    @Test func practicesStatedWithoutAModal() throws {
        let keep = try document.rule(.allow, "retain", data: "user.payment")
        #expect(keep.scope.retention == .atMost(try #require(ISODuration("P7Y"))))
        #expect(keep.scope.purpose == ["essential.legal_obligation"])
        #expect(try document.rule(.allow, "collect", data: "user.device.ip_address").when.isEmpty)
    }

    @Test func marketingStopsOnOptOutAndNeverReachesChildren() throws {
        #expect(try document.rule(.deny, "email", data: "user.contact.email").when == ["opted_out"])
        // "We never send marketing messages to children": messages of no named channel, a ban on every channel.
        #expect(try document.rule(.deny, "contact", data: "user.childrens").when.isEmpty)
    }

    @Test func onlyTheRetentionUntilClosureIsLeftForReview() {
        #expect(document.unmapped.map(\.text) == ["We retain your account information for as long as your account is active."])
    }
}
