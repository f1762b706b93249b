import Testing
import Pledge
@testable import PledgeExtract

/// Northwind Outfitters: plain text, numbered sections, hard-wrapped lines (Fixtures/northwind.txt).
@Suite struct PlainTextPolicyTests {
    private let document: PolicyDocument
    init() throws { document = try Fixtures.written("northwind.txt") }

    @Test func numberedTitlesAreSectionsAndTheDateIsRead() throws {
        #expect(document.policy.title == "NORTHWIND OUTFITTERS PRIVACY NOTICE")
        #expect(document.policy.effective == "2025-03-03")
        #expect(try document.rule(.deny, "sell").source.section == "3. Sharing")
    }

    @Test func collectionAtRegistrationKeepsItsCondition() throws {
        let rule = try document.rule(.allow, "collect", data: "user.name")
        #expect(rule.scope.data == ["user.name", "user.contact.email", "user.contact.address"])
        #expect(rule.when == ["registration"])
    }

    @Test func visitingTheWebsiteRestatesWhatThePolicyGoverns() throws {
        let rule = try document.rule(.allow, "collect", data: "user.device.ip_address")
        #expect(rule.when.isEmpty)
        #expect(document.unmappedReason("We collect your IP address") == nil)
    }

    @Test func purposesLimitEachUse() throws {
        #expect(try document.rule(.allow, "use", data: "user.contact.address").scope.purpose == ["essential.service.fulfillment"])
        #expect(try document.rule(.allow, "use", data: "user.behavior.purchase_history").scope.purpose == ["personalize.content"])
    }

    @Test func sharingWithCarriersIsWithServiceProvidersToDeliver() throws {
        let rule = try document.rule(.allow, "share", data: "user.contact.address")
        #expect(rule.scope.recipient == ["service_provider"])
        #expect(rule.scope.purpose == ["essential.service.fulfillment"])
    }

    @Test func prohibitionAndLegalDisclosure() throws {
        let sell = try document.rule(.deny, "sell")
        #expect(sell.scope.data == ["user.contact.email"])
        #expect(sell.scope.recipient == ["third_party"])
        let legal = try document.rule(.allow, "disclose", recipient: "government")
        #expect(legal.when == ["legal_process"])
    }

    @Test func anUnknownRecipientIsNotAnyone() throws {
        #expect(document.rules(action: "share", data: "user.contact.phone_number").isEmpty)
        #expect(document.unmappedReason("We may share your phone number") == "the recipient (with our licensees) is not understood")
    }

    @Test func closingTheAccountIsTheDutyToDeletesCondition() throws {
        let rule = try document.rule(.require, "delete")
        #expect(rule.when == ["account_cancelled"])
        #expect(rule.scope.data == ["user.name", "user.behavior.purchase_history"])
        #expect(rule.scope.retention == .longerThan(ISODuration("P30D")!))
    }

    @Test func decisions() throws {
        let address = Operation(action: "share", data: ["user.contact.address"], recipient: "service_provider", purpose: "essential.service.fulfillment")
        #expect(try Fixtures.decide(document, address) == .allow)
        // Delivering orders is one part of providing the service, not all of it.
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.contact.address"], recipient: "service_provider",
                                                        purpose: "essential.service.operations.improve")) != .allow)
        let licensees = Operation(action: "share", data: ["user.contact.phone_number"], recipient: "third_party", purpose: "marketing")
        #expect(try Fixtures.decide(document, licensees) == .notCovered)
        let sale = Operation(action: "sell", data: ["user.contact.email"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, sale) == .deny)
        // Keeping the name two months after the account is closed breaks the duty; a week does not.
        var kept = Operation(action: "retain", data: ["user.name"], context: ["account_cancelled"], retention: ISODuration("P60D"))
        #expect(try Fixtures.decide(document, kept) == .deny)
        kept.retention = ISODuration("P7D")
        #expect(try Fixtures.decide(document, kept) != .deny)
    }
}
