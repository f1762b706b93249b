import Testing
import Pledge
@testable import PledgeExtract

/// Practices stated in forms the punctuation does not mark: a leading condition with no comma before the company's
/// pronoun, a purpose opened by "so we can", "from time to time" (no purpose), a party let act named with an example
/// or after another of its acts, and a transfer whose recipient only the change of ownership names. Each twin with
/// what the reading must not take from it. Sentences written for the test.
@Suite struct UnpunctuatedFormTests {
    // MARK: a leading condition with no comma

    @Test func aConditionNamingDataEndsAtTheCompanysPronoun() throws {
        let document = try Fixtures.extract("If you post a review we collect your email address.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .allow)
        #expect(rule.scope.action == ["collect"])
        #expect(rule.scope.data == ["user.contact.email"])
        // The review is the occasion, not the actor nor the data: the permission holds only when it is claimed.
        #expect(!rule.when.isEmpty)
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.contact.email"])) != .allow)
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.contact.email"], context: rule.when)) == .allow)
    }

    @Test(arguments: [
        // The pronoun after "that" is inside the condition: the reader's wish states no practice.
        "If you wish to limit the ways that we use your email address please contact us.",
        // "cookies we use," is a relative clause with no object: the main clause is the browsers'.
        "If you would like to delete the cookies we use, most browsers let you do so.",
    ])
    func aPronounInsideTheConditionOpensNoClause(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }

    // MARK: purposes

    @Test func soWeCanOpensThePurpose() throws {
        let document = try Fixtures.extract("We collect your email address so we can respond to your questions.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.scope.purpose == ["essential.service.operations.support"])
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.contact.email"], purpose: "marketing.advertising")) != .allow)
    }

    @Test func soWeCanWithAPurposeNotUnderstoodGivesNoPermission() throws {
        let document = try Fixtures.extract("We collect your email address so we can zorble your account.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
        #expect(!document.unmapped.isEmpty)
    }

    @Test func fromTimeToTimeIsNoPurpose() throws {
        let document = try Fixtures.extract("We may collect your email address from time to time.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.scope.purpose?.isEmpty ?? true)
        #expect(!document.unmapped.contains { $0.reason.contains("purpose") })
    }

    @Test func informationStoredOnTheReadersComputerIsNoRetentionOfAllData() throws {
        // Where a cookie is put says nothing more of cookies; of other data it is a place no rule names.
        let stored = try Fixtures.extract("We may store information on your computer.")
        #expect(stored.rules(effect: .allow).isEmpty, "\(stored.rules.map(\.id))")
        let cookies = try Fixtures.extract("We may place cookies on your computer.")
        #expect(cookies.rules(effect: .allow).allSatisfy { $0.scope.data == ["user.device.cookie"] }, "\(cookies.rules.map(\.id))")
    }

    // MARK: a party let act

    @Test(arguments: [
        "We allow advertising companies, including Zorblax, to collect your IP address.",
        "We allow advertising companies to serve ads and/or collect your IP address.",
    ])
    func aPartyLetCollectIsDisclosedWhatItCollects(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .allow)
        #expect(rule.scope.action == ["disclose"])
        #expect(rule.scope.data == ["user.device.ip_address"])
        #expect(rule.scope.recipient == ["advertiser"])
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.device.ip_address"], recipient: "advertiser")) == .allow)
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser")) != .allow)
    }

    @Test func aPartyNotLetActAfterAnotherActIsNotDisclosedIt() throws {
        let document = try Fixtures.extract("We do not allow advertisers to contact you or use your email address.")
        #expect(document.rules(effect: .allow).isEmpty)
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser")) == .deny)
    }

    // MARK: a transfer in a change of ownership

    @Test(arguments: [
        "We transfer your information if we are acquired by another company.",
        "We may transfer your information if we are acquired by another company.",
    ])
    func aTransferInAChangeOfOwnershipGoesToTheNewOwner(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .allow)
        #expect(rule.scope.recipient == ["acquirer"])
        let merger = ["merger"]
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user"], recipient: "acquirer", context: merger)) == .allow)
        // Not to anyone else, and not without the change of ownership.
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user"], recipient: "advertiser", context: merger)) != .allow)
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user"], recipient: "acquirer")) != .allow)
    }
}
