import Testing
import Pledge
@testable import PledgeExtract

/// To put a cookie on the reader's device is to use cookies, whatever verb the policy uses ("place", "set", "install",
/// "send"); the verb counts as one only beside the cookie it places. Sentences written for the test.
@Suite struct CookiePlacementTests {
    @Test(arguments: [
        "We place cookies on your computer to remember your preferences.",
        "We may set cookies to remember your preferences.",
        "Cookies are installed on your device to remember your preferences.",
        "We send a cookie to your computer to remember your preferences.",
        "We send a \"cookie\" to your computer to remember your preferences.",
    ])
    func placingACookieIsUsingOne(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try document.rule(.allow, "use", data: "user.device.cookie")
        #expect(rule.scope.purpose == ["personalize.system"])
        #expect(document.rules(action: "email").isEmpty)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.device.cookie"], purpose: "marketing.advertising")) != .allow)
    }

    @Test func placingNoCookieForbidsUsingThem() throws {
        let document = try Fixtures.extract("We do not set any cookies.")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.device.cookie"], purpose: "analytics")) == .deny)
    }

    /// What another party is let place is its own collection: the sentence does not say the company hands it data.
    @Test func aCookieAnotherPartyIsLetPlaceIsNoDisclosure() throws {
        let document = try Fixtures.extract("We allow third parties to place web beacons on our site to conduct research, but we do not give them your e-mail address.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }

    @Test(arguments: [
        "We set a high standard for the security of your data.",   // no cookie: "set" is no practice
        "You can place an order without an account.",
        "A set of cookies helps us remember you.",                 // a noun before the cookie, no verb
    ])
    func theVerbIsNoPracticeAwayFromACookie(_ text: String) throws {
        #expect(try Fixtures.extract(text).rules(action: "use").isEmpty)
    }
}
