import Testing
import Pledge
@testable import PledgeExtract

/// "make your e-mail address available to our partners": a verb phrase of the vocabulary around its object is the
/// practice it names; around what is no data ("to make certain services available to you") it names none. Sentences
/// written for the test.
@Suite struct SplitVerbTests {
    @Test func aDisclosureAroundItsDataIsRead() throws {
        let document = try Fixtures.extract("We may make your email address available to our business partners.")
        let disclosed = Operation(action: "disclose", data: ["user.contact.email"], recipient: "business_partner")
        #expect(try Fixtures.decide(document, disclosed) == .allow, "\(document.unmapped.map(\.reason))")
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser")) != .allow)
    }

    @Test(arguments: ["We will never make your email address publicly available.", "We will not make this information available to anyone.",
                      "We do not make your email address available to advertisers."])
    func aBanAroundItsDataForbidsTheDisclosure(_ sentence: String) throws {
        let document = try Fixtures.extract("We collect your email address. " + sentence)
        let recipient = sentence.contains("publicly") ? "public" : "advertiser"
        let disclosed = Operation(action: "disclose", data: ["user.contact.email"], recipient: recipient)
        #expect(try Fixtures.decide(document, disclosed) == .deny, "\(document.rules.map(\.id)) \(document.unmapped.map(\.reason))")
    }

    /// The services made available are no data: the sentence's own practice keeps its purpose, and nothing is disclosed.
    @Test func aServiceMadeAvailableIsNoDisclosure() throws {
        let document = try Fixtures.extract("In order to make certain services available to you, we may need to share your email address with our business partners.")
        let rule = try document.rule(.allow, "share", data: "user.contact.email")
        #expect(rule.scope.purpose?.isEmpty == false)
        #expect(!document.rules.contains { $0.scope.action?.contains("disclose") == true }, "\(document.rules.map(\.id))")
    }

    /// A sentence that ends right after the verb, or with no closing word, is read without a split phrase (and nothing fails).
    @Test(arguments: ["We make", "Cookies make your visits easier.", "We make every effort to keep your email address available"])
    func anOpenerWithoutItsPhraseIsNoDisclosure(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(!document.rules.contains { $0.scope.action?.contains("disclose") == true && $0.effect == .allow }, "\(document.rules.map(\.id))")
    }

    /// "ask children under 13 for any information": "ask for" around the people asked, the data after it, is a
    /// collection; around no data ("ask you to log in for security") it is none.
    @Test func askingPeopleForDataIsCollectingIt() throws {
        let ban = try Fixtures.extract("We do not knowingly ask children under 13 for any information.")
        #expect(try Fixtures.decide(ban, Operation(action: "collect", data: ["user.childrens"])) == .deny, "\(ban.rules.map(\.scope))")
        let asked = try Fixtures.extract("We may ask you for your zip code.")
        #expect(try Fixtures.decide(asked, Operation(action: "collect", data: ["user.contact.address.postal_code"])) == .allow, "\(asked.rules.map(\.scope))")
        #expect(try Fixtures.decide(asked, Operation(action: "collect", data: ["user.contact.email"])) != .allow)
        let login = try Fixtures.extract("We may ask you to log in for security.")
        #expect(login.rules.isEmpty, "\(login.rules.map(\.scope))")
    }
}
