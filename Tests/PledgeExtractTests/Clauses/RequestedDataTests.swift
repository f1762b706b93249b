import Testing
import Pledge
@testable import PledgeExtract

/// Data the company says it requires or needs is data it collects: "we require your name", "we will need your
/// address to ship your order". Not what it does not require, what it would require in a condition ("should we
/// require"), nor a party it requires to act ("we require our processor to …"). Sentences written for the test.
@Suite struct RequestedDataTests {
    @Test(arguments: [
        ("We require your first name, last name and e-mail address.", ["user.name.first", "user.name.last", "user.contact.email"]),
        ("We may need your phone number.", ["user.contact.phone_number"]),
        ("We also require your billing address.", ["user.contact.address"]),
    ])
    func dataTheCompanyRequiresIsCollected(_ text: String, _ data: [String]) throws {
        let document = try Fixtures.extract(text)
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
        let rule = try document.rule(.allow, "collect")
        #expect(rule.scope.data == data)
        // Collected, not passed on: nothing in the sentence lets the company share it.
        #expect(try Fixtures.decide(document, Operation(action: "share", data: data, recipient: "third_party")) == .notCovered)
    }

    @Test func theNeedsPurposeLimitsTheCollection() throws {
        let document = try Fixtures.extract("We need your e-mail address to send you our newsletter.")
        let rule = try document.rule(.allow, "collect", data: "user.contact.email")
        #expect(rule.scope.purpose == ["marketing.communications"])
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.contact.email"], purpose: "marketing.advertising")) == .notCovered)
    }

    @Test(arguments: [
        // What the company does not require the reader may leave out: no collection, and no promise not to collect.
        "We do not require your phone number.",
        "We never need your social security number.",
        // A party the company requires to act is no data it asks for.
        "We require our credit card transaction processor to use encryption.",
        // The company's need is no practice of another party's.
        "Advertisers require your e-mail address.",
    ])
    func noCollectionIsReadWhereNoDataIsAskedFor(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(action: "collect").isEmpty, "\(document.rules.map(\.id))")
    }

    /// "…; should we require …": the verb group before its subject makes a condition, also inside the sentence.
    @Test func aRequirementInAConditionIsNoPractice() throws {
        let document = try Fixtures.extract("We will usually write to you by e-mail; should we require any other information, we will contact you at your e-mail address.")
        #expect(document.rules(action: "collect").isEmpty, "\(document.rules.map(\.id))")
    }
}
