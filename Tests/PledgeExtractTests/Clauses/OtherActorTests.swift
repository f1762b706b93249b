import Testing
import Pledge
@testable import PledgeExtract

/// Whose act a sentence states when the company is named only inside a clause on another party ("the providers we
/// use", "engaged by us"), when a clause after "so" has a subject of its own, and when a verb after "but" has none.
/// Sentences written for the test.
@Suite struct OtherActorTests {
    static let collectingName = Operation(action: "collect", data: ["user.name"])

    @Test(arguments: [
        "The service providers that we use may collect your name.",
        "The service providers we use may collect your name.",
        "Third-party providers engaged by us may collect your name.",
    ])
    func aPartyTheCompanyEngagesIsNotTheCompany(_ sentence: String) throws {
        let document = try Fixtures.extract(sentence)
        #expect(try Fixtures.decide(document, Self.collectingName) != .allow, "\(document.rules.map(\.scope))")
        #expect(document.unmappedReason("") == "the actor is a third party, not the company", "\(document.unmapped.map(\.reason))")
    }

    /// The company's own practice still reads: "we use" is its act, and so is collecting when it opens the clause.
    /// Other businesses as the subject ("Companies engaged by us"), and a name's technology whose subject ends in a
    /// phrase about the site ("Alexa scripts used for tracking visitors of the site"): another party acts.
    @Test(arguments: [
        "Companies engaged by us may collect your email address.",
        "Alexa scripts used for tracking the number of visitors of the site may place a cookie.",
    ])
    func anotherBusinessOrItsToolActingGrantsTheCompanyNothing(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }

    @Test func theCompanyNamedFirstStillActs() throws {
        let document = try Fixtures.extract("We and the service providers we use may collect your name.")
        #expect(try Fixtures.decide(document, Self.collectingName) == .allow, "\(document.unmapped.map(\.reason))")
    }

    /// "so they may contact you": the partners contact the reader, not the company.
    @Test func aClauseAfterSoHasItsOwnSubject() throws {
        let document = try Fixtures.extract("We may share your personal information with our partners so they may contact you about their goods.")
        let contacting = Operation(action: "contact", data: ["user.contact"], recipient: "data_subject", purpose: "marketing.communications")
        #expect(try Fixtures.decide(document, contacting) != .allow, "\(document.rules.map(\.scope))")
        #expect(document.rules(action: "contact").isEmpty, "\(document.rules.map(\.id))")
    }

    /// "They …, but may not use it for other purposes": the unwritten subject is "they", whose ban binds the company to
    /// nothing; the company's own marketing is neither allowed nor forbidden by it.
    @Test func aVerbAfterButWithoutSubjectIsTheFirstPartysAct() throws {
        let document = try Fixtures.extract("They have access to personal information needed to perform their functions, but may not use it for other purposes.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmappedReason("They have access")?.hasPrefix("the actor (they)") == true, "\(document.unmapped.map(\.reason))")
    }

    /// The company's own negated verb after "and" stays its promise.
    @Test func theCompanysOwnVerbAfterAndStaysItsPromise() throws {
        let document = try Fixtures.extract("These banner ads collect information stored by the advertising company and we do not use this information.")
        #expect(!document.rules(effect: .deny, action: "use").isEmpty, "\(document.rules.map(\.id)) \(document.unmapped.map(\.reason))")
    }

    /// "we might acquire other companies, which might include information about their customers": taking over a
    /// company collects none of the reader's data.
    @Test func acquiringACompanyIsNoCollection() throws {
        let document = try Fixtures.extract("As we develop our business, we might acquire other companies, which might include information about their customers.")
        #expect(document.rules(action: "collect").isEmpty, "\(document.rules.map(\.scope))")
        #expect(document.unmapped.contains { $0.reason.hasPrefix("what is taken (other companies)") }, "\(document.unmapped.map(\.reason))")
    }

    /// "used by many of our merchants": some of the parties named act, not the company.
    @Test func aPartOfThePartiesNamedAfterByActs() throws {
        let document = try Fixtures.extract("Cookies are also used by many of our merchants to identify you as a member.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmappedReason("Cookies are")?.hasPrefix("the act is another party's (by merchants)") == true, "\(document.unmapped.map(\.reason))")
    }

    /// "deleted by Zorblon", "processed by Zorblon": a name after "by" that is not the company's own is another party; what
    /// it does binds the company to nothing (no duty to delete) and grants it nothing. The company's own name acts for it.
    @Test(arguments: ["Your data is sent in an encrypted format that is deleted by Zorblon if it does not match an account.",
                      "Your payment details are processed by Zorblon."])
    func aNamedPartyAfterByActsItself(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.scope))")
        #expect(document.unmapped.contains { $0.reason == "the act is another party's (by Zorblon)" }, "\(document.unmapped.map(\.reason))")
        let own = try Fixtures.extract("# Zorblon Privacy Policy\n\nZorblon collects your e-mail address. Your e-mail address is stored by Zorblon.\n")
        #expect(!own.rules(effect: .allow, action: "retain").isEmpty, "\(own.rules.map(\.scope)) \(own.unmapped.map(\.reason))")
    }

    /// "… to help us communicate with our users": what the company is helped to do is the purpose of the disclosure,
    /// no contact of its own.
    @Test func whatTheCompanyIsHelpedToDoIsAPurpose() throws {
        let document = try Fixtures.extract("We may provide your personal information to service providers to help us communicate with our users.")
        #expect(document.rules(action: "contact").isEmpty, "\(document.rules.map(\.scope))")
    }

    /// "may not be used by children under 13": what children may do is no practice of the company.
    @Test func whatPeopleNamedAfterByDoIsTheirs() throws {
        let document = try Fixtures.extract("The Sites are not intended for and may not be used by children under the age of 13.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }

    /// "They … can only use the information on our behalf": the contractors' limit binds the company to nothing.
    @Test func aPronounForOthersIsNeverTheCompany() throws {
        let document = try Fixtures.extract("""
            They are required to maintain the privacy of all such information in their possession or control and can only use \
            the information on our behalf for the purpose that we have contracted them, for example processing your order.
            """)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }

    /// "Payments run on tokens generated by Braintree. Braintree will never use your data …": a name the paragraph gives
    /// another party acts for itself; its promise binds the company to nothing (a ban of the company's would forbid what
    /// the text never spoke of). So do sites other than the company's ("tracked by the sites you have opted out of").
    @Test(arguments: [
        "# Privacy | Zorbla.com\n\nPayments run on tokens generated by Braintree. Braintree will never use your data for advertising.\n",
        "# Privacy | Zorbla.com\n\nOpting out does not mean you will not get ads from DFP; it means DFP will not collect information about you.\n",
        "# Privacy | Zorbla.com\n\nOpting out ensures that your information will not be tracked by the sites you have opted out of.\n",
    ])
    func whatAPartyNamedApartWillNotDoBindsTheCompanyToNothing(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }

    /// A name the policy makes the subject of its promises more than once is the company's, even where another sentence
    /// writes it after "by" ("materials sent by Gadgetco").
    @Test func aNameThatPromisesOftenIsTheCompanysOwn() throws {
        let document = try Fixtures.extract("""
            # Privacy | Zorbla.com

            You will never be sent materials by Gadgetco unless you opt in. Gadgetco will not sell your data. Gadgetco \
            will not rent your e-mail address to anyone.
            """)
        let sale = Operation(action: "sell", data: ["user.name"], recipient: "third_party")
        #expect(try Fixtures.decide(document, sale) == .deny, "\(document.rules.map(\.id))")
    }

    /// "These third parties will be supplied with your Personal Information for …": the passive's subject is the party
    /// given the data; no permission without a recipient (which would disclose to anyone) is written.
    @Test(arguments: [
        "These third parties will be supplied with, or have access to, your personal information for the purpose of providing these services to us.",
        "Third parties are provided with your email address.",
    ])
    func aPartySuppliedWithDataIsNoDisclosureToAnyone(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .allow, action: "disclose").isEmpty, "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser", purpose: "essential.service")) != .allow)
        #expect(!document.unmapped.isEmpty)
    }

    /// "The Service … may not be used by, people under the age of 18": who may use the service is the reader's act, with
    /// or without a comma before them; no ban on using children's data.
    @Test func whoMayUseTheServiceIsNoBanOnData() throws {
        let document = try Fixtures.extract("The Service is not intended for, and may not be used by, people under the age of 18.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }

    /// "Your order information may be passed on to us": data given to the company is data it receives; no permission
    /// to pass it on to anyone. The data the reader gives "to us" inside a ban is still the ban's data.
    @Test func dataPassedOnToTheCompanyIsNoDisclosureOfItsOwn() throws {
        let document = try Fixtures.extract("If you buy through a partner, your order information may be passed on to us.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.scope))")
        #expect(!document.unmapped.isEmpty)
        let ban = try Fixtures.extract("We will not sell or share the personal information you provide to us.")
        #expect(try Fixtures.decide(ban, Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party")) == .deny)
    }

    /// "They may send their own cookies to you and may collect data about you": a verb with no subject of its own, after
    /// one the sentence's other party does, is that party's too — no permission of the company's.
    @Test func aVerbWithNoSubjectAfterAnotherPartysVerbIsTheirs() throws {
        let document = try Fixtures.extract("They may send their own cookies to you and may collect data about you.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
        // Named by the company, the same data is read: "data about you" is the reader's personal data.
        let own = try Fixtures.extract("We do not share data about you with third parties.")
        #expect(try Fixtures.decide(own, Operation(action: "share", data: ["user.name"], recipient: "third_party")) == .deny)
    }
}
