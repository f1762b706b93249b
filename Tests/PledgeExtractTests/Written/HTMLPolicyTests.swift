import Testing
import Pledge
@testable import PledgeExtract

/// BrightPath Learning: HTML with a lead-in and a `<ul>` list (Fixtures/brightpath.html).
@Suite struct HTMLPolicyTests {
    private let document: PolicyDocument
    init() throws { document = try Fixtures.written("brightpath.html") }

    @Test func titleDateAndSectionsComeFromTheMarkup() throws {
        #expect(document.policy.title == "BrightPath Learning Privacy Policy")
        #expect(document.policy.effective == "2025-01-15")
        #expect(try document.rule(.deny, "share").source.section == "How we share it")
    }

    @Test func eachListItemCompletesTheLeadInWithItsOwnCondition() throws {
        #expect(try document.rule(.allow, "collect", data: "user.name").when == ["registration"])
        #expect(try document.rule(.allow, "collect", data: "user.demographic.date_of_birth").when.isEmpty)
        #expect(try document.rule(.allow, "collect", data: "user.device.ip_address").scope.data
                == ["user.device.ip_address", "user.device.device_id"])
    }

    @Test func aDataWordThatNamesARecipientIsNotData() throws {
        let rule = try document.rule(.allow, "share", data: "user.contact.email")
        #expect(rule.scope.recipient == ["service_provider"])
        #expect(rule.scope.purpose == ["marketing.communications"])
    }

    @Test func researchIsAPurposeAndDeidentifiedIsKept() throws {
        let rule = try document.rule(.allow, "share", data: "user.behavior")
        #expect(rule.scope.purpose == ["analytics"])
        #expect(rule.scope.identifiability == ["anonymized", "aggregated"])
    }

    @Test func anUnknownPurposeIsKeptInTheTextsWords() throws {
        let rule = try document.rule(.allow, "share", data: "user.name")
        #expect(rule.scope.purpose?.compactMap { document.purposes[$0]?.says } == ["to organise study groups"])
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.name"], recipient: "business_partner")) != .allow)
    }

    @Test func childrensDataIsNotCollectedAndDeletedWhenFound() throws {
        #expect(try document.rule(.deny, "collect").scope.data == ["user.childrens"])
        let duty = try document.rule(.require, "delete")
        #expect(duty.scope.data == ["user.childrens"])
        // The condition is the duty's own, kept in its words: the duty binds once the company learns of such data.
        #expect(duty.when.compactMap { document.facts[$0]?.says } == ["If we learn that we have collected information from a child under 13"])
    }

    @Test func decisions() throws {
        let advertisers = Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser", purpose: "marketing")
        #expect(try Fixtures.decide(document, advertisers) == .deny)
        let newsletter = Operation(action: "share", data: ["user.contact.email"], recipient: "service_provider", purpose: "marketing.communications")
        #expect(try Fixtures.decide(document, newsletter) == .allow)
        let study = Operation(action: "share", data: ["user.behavior"], recipient: "business_partner", purpose: "analytics", identifiability: "aggregated")
        #expect(try Fixtures.decide(document, study) == .allow)
        var identified = study
        identified.identifiability = "identified"
        #expect(try Fixtures.decide(document, identified) != .allow)
    }
}
