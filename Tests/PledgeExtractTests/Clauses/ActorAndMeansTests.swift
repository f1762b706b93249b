import Testing
import Pledge
@testable import PledgeExtract

/// Who acts in a sentence decides whether it binds the company: a means that lets the company act ("Cookies allow us
/// to collect …") leaves the company the actor; a name of several words from the title ("The Zorblax Gazette
/// collects …") is the company; a party the sentence only points to ("It does not track …", "This cookie is used …")
/// is not. Sentences written for the test.
@Suite struct ActorAndMeansTests {
    @Test(arguments: [
        "Cookies allow us to collect your IP address.",
        "Log files help us collect your IP address.",
        "Web beacons may enable us to collect your IP address.",
    ])
    func aMeansThatLetsTheCompanyActLeavesTheCompanyActing(_ text: String) throws {
        let document = try acme(text)
        let rule = try document.rule(.allow, "collect", data: "user.device.ip_address")
        #expect(rule.scope.recipient == nil)
    }

    /// What a means cannot do is a fact about it, not a promise of the company.
    @Test func whatAMeansDoesNotLetTheCompanyDoIsNoPromise() throws {
        let document = try acme("Cookies do not allow us to collect your name.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }

    /// "Cookies allow us to remember your preferences": data that lets the company reach a purpose is data it uses
    /// for that purpose, and for no other; nothing in the sentence passes it on.
    @Test(arguments: [
        ("Cookies allow us to remember your preferences.", "user.device.cookie", "personalize.system"),
        ("These cookies enable us to measure traffic on our website.", "user.device.cookie", "analytics"),
        ("Your information may help us to improve our website.", "user", "essential.service.operations.improve"),
    ])
    func dataThatLetsTheCompanyReachAPurposeIsUsedForIt(_ text: String, _ data: String, _ purpose: String) throws {
        let document = try acme(text)
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
        let rule = try document.rule(.allow, "use", data: data)
        #expect(rule.scope.purpose == [purpose])
        #expect(rule.scope.recipient == nil)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: [data], purpose: purpose)) == .allow)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: [data], purpose: "marketing.advertising")) == .notCovered)
        #expect(try Fixtures.decide(document, Operation(action: "share", data: [data], recipient: "third_party", purpose: purpose)) == .notCovered)
    }

    /// Not that form: a party that helps ("our partners"), what data cannot do, or a purpose no "to" opens.
    @Test(arguments: [
        "Our partners help us to improve our website.",
        "Cookies do not allow us to identify you.",
        "Cookies help us remember your preferences.",
    ])
    func whatIsNotDataLettingTheCompanyReachAPurposeAllowsNoUse(_ text: String) throws {
        let document = try acme(text)
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }

    @Test func aNameOfSeveralWordsFromTheTitleIsTheCompany() throws {
        let document = try Fixtures.extract("""
            # The Zorblax Gazette Privacy Policy

            The Zorblax Gazette collects your e-mail address to send you the newsletter.
            """)
        #expect(!document.rules(effect: .allow, action: "collect", data: "user.contact.email").isEmpty, "\(document.unmapped.map(\.reason))")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.contact.email"], purpose: "marketing.communications")) == .allow)
    }

    /// A word of the company's name is no purpose: "Zorblax Research's services" names no research.
    @Test func aWordOfTheCompanysNameNamesNoPurpose() throws {
        let document = try Fixtures.extract("""
            # Zorblax Research Privacy Policy

            We send notifications regarding Zorblax Research's services to your e-mail address.
            """)
        for rule in document.rules { #expect(rule.scope.purpose?.contains("analytics") != true, "\(rule.id)") }
    }

    @Test(arguments: [
        "It does not track your name or e-mail address.",
        "These ads do not use cookies to track your browsing history.",
        "DART uses cookies and does not track your name or e-mail address.",
    ])
    func whatAPartyPointedToDoesNotDoBindsTheCompanyToNothing(_ text: String) throws {
        let document = try acme(text)
        #expect(document.rules(effect: .deny).isEmpty, "\(document.rules.map(\.id))")
        #expect(!document.unmapped.isEmpty)
    }

    /// "This cookie" is one cookie named before, perhaps another party's: a permission for every cookie would be wider.
    @Test func aPermissionForOneCookieNamedBeforeIsListed() throws {
        let document = try acme("This cookie is used to serve ads specific to your interests.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }

    /// "from users", "from visitors": the people the data is about are no other source of it.
    @Test func collectingFromTheReaderIsNoOtherSource() throws {
        let document = try acme("We do not obtain financial information from users.")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.financial"])) == .deny)
    }

    /// Statistics are aggregate: "We may publish statistics" permits no disclosure of identified data.
    @Test func statisticsAreAggregate() throws {
        let document = try acme("We may publish usage statistics.")
        let rule = try document.rule(.allow, "disclose")
        #expect(rule.scope.identifiability == ["aggregated"])
    }

    /// "We do not market … or knowingly collect …": the verb before is no practice, but its negated verb group holds
    /// for the practice after it.
    @Test func aNegatedVerbGroupHoldsForThePracticeCoordinatedAfterIt() throws {
        let document = try acme("We do not zorble to children or knowingly collect their e-mail addresses.")
        let deny = try document.rule(.deny, "collect")
        #expect(deny.scope.data == ["user.contact.email"])
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.contact.email"])) == .deny)
    }

    /// Extracts a sentence under the title "Acme Privacy Policy", which names the company.
    private func acme(_ text: String) throws -> PolicyDocument {
        try Fixtures.extract("# Acme Privacy Policy\n\n" + text + "\n")
    }

    /// Sites the sentence points back to or calls other are not the company's: what they may do is no permission of it.
    @Test(arguments: [
        "Our pages link to other web sites. Such web sites may send their own cookies and collect your e-mail address.",
        "Other websites may collect your e-mail address.",
    ])
    func otherSitesActingAreNoPermissionOfTheCompany(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .allow, action: "collect").isEmpty, "\(document.rules.map(\.id))")
        // The same act, the company's own site acting, is its permission.
        let own = try Fixtures.extract("Our website may collect your e-mail address.")
        #expect(!own.rules(effect: .allow, action: "collect").isEmpty)
    }
    /// "PayPal is used for purchases": what is used is a party (or its service), a means of the company's; the words
    /// after the verb ("purchases") are no data of a use.
    @Test(arguments: ["PayPal is used for purchases from our website.", "Service providers are used to process payments."])
    func aPartyThatIsUsedIsNoData(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.scope))")
        #expect(document.unmapped.contains { $0.reason.hasPrefix("what is used (") }, "\(document.unmapped.map(\.reason))")
        let data = try Fixtures.extract("Your payment details are used for purchases from our website.")
        #expect(!data.rules(effect: .allow, action: "use").isEmpty, "\(data.unmapped.map(\.reason))")
    }
}
