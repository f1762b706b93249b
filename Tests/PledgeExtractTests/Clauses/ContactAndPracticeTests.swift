import Testing
import Pledge
@testable import PledgeExtract

/// Round-4 findings, in sentences of our own: what a contact sends is its purpose; practices
/// asked for at sign-up or done by the app; personal data the taxonomy cannot name; a notice after the fact.
@Suite struct ContactAndPracticeTests {
    @Test(arguments: [
        ("We might email you account notices.", "essential.service.notifications"),
        ("We may send you transactional e-mails.", "essential.service.notifications.email"),
        ("We may send you promotional e-mails.", "marketing.communications.email"),
        ("We may send you E-Mail newsletters.", "marketing.communications.email"),
    ])
    func whatIsSentIsThePurpose(_ sentence: String, _ purpose: String) throws {
        let rule = try Fixtures.extract(sentence).rule(.allow, "email")
        #expect(rule.scope.purpose == [purpose])
    }

    @Test(arguments: ["We may send your personal information to our service providers.",
                      "We may e-mail your personal information to our service providers."])
    func dataSentToAnotherPartyIsDisclosedNotEmailed(_ sentence: String) throws {
        let document = try Fixtures.extract(sentence)
        let rule = try document.rule(.allow, "disclose")
        #expect(rule.scope.recipient == ["service_provider"])
        #expect(document.rules.allSatisfy { $0.scope.action != ["email"] }, "\(document.rules.map(\.id))")
        let disclosure = Operation(action: "disclose", data: ["user.contact.email"], recipient: "service_provider")
        #expect(try Fixtures.decide(document, disclosure) == .allow)
    }

    /// "we send it to our payment processor": data named before, sent to another party, is no e-mail to anyone.
    @Test func dataNamedBeforeAndSentToAnotherPartyIsNoEmail() throws {
        let document = try Fixtures.extract("We collect your name. For example, we send it to our credit card processor once at the time of purchase.")
        #expect(document.rules.allSatisfy { $0.scope.action?.contains("email") != true }, "\(document.rules.map(\.scope))")
        let message = Operation(action: "email", data: ["user.contact.email"], recipient: "payment_processor", context: ["purchase"])
        #expect(try Fixtures.decide(document, message) != .allow)
        #expect(!document.unmapped.isEmpty)
    }

    @Test func somethingSentThatIsNotUnderstoodGivesNoPermission() throws {
        let document = try Fixtures.extract("We may send you event invitations.")
        #expect(document.rules.isEmpty)
        #expect(document.unmappedReason("We may send you event")?.contains("invitations") == true)
    }

    @Test func anOptInForPromotionsLeavesNoticesAlone() throws {
        let document = try Fixtures.extract("Now and then we may e-mail you account notices. We will only email you promotional offers if you opt in.")
        let deny = try document.rule(.deny, "email")
        // Promotional offers are marketing: the ban is of marketing e-mail, never of the account notices.
        #expect(deny.scope.purpose?.allSatisfy { $0.hasPrefix("marketing") } == true, "\(deny.scope)")
        let notice = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: "essential.service.notifications")
        #expect(try Fixtures.decide(document, notice) == .allow)
        var offer = notice
        offer.purpose = "marketing.communications"
        #expect(try Fixtures.decide(document, offer) == .deny)
    }

    @Test func askingForDataAtSignUpIsCollecting() throws {
        let document = try Fixtures.extract("Once you register we request your phone number and postal address.")
        let rule = try document.rule(.allow, "collect", data: "user.contact.phone_number")
        #expect(rule.when == ["registration"])
        let required = try Fixtures.extract("At sign-up, we require you to provide your birthday.").rule(.allow, "collect")
        #expect(required.scope.data == ["user.demographic.date_of_birth"])
    }

    @Test func theServiceActsForTheCompany() throws {
        #expect(try Fixtures.extract("The website collects your IP address.").rule(.allow, "collect").scope.data == ["user.device.ip_address"])
        #expect(try Fixtures.extract("Our service records your search history.").rule(.allow, "collect").scope.data == ["user.behavior.search_history"])
    }

    @Test func fitnessAndLocationWords() throws {
        let deny = try Fixtures.extract("We do not use fitness data for advertising.").rule(.deny, "use")
        #expect(deny.scope.data == ["user.health_and_medical"])
        let keep = try Fixtures.extract("Your GPS location is stored for 6 months.").rule(.allow, "retain")
        #expect(keep.scope.data == ["user.location.precise"])
    }

    /// A prohibition over personal data the taxonomy cannot name is kept for all personal data:
    /// stricter than the text, and listed. A permission over it gives no rule.
    @Test func unknownPersonalDataKeepsAProhibitionOnly() throws {
        let document = try Fixtures.extract("We will never sell your sleep cycle data.")
        #expect(try document.rule(.deny, "sell").scope.data == ["user"])
        #expect(document.unmappedReason("We will never sell")?.contains("stricter") == true)
        let permission = try Fixtures.extract("We may share your sleep cycle data with partners.")
        #expect(permission.rules.isEmpty)
        #expect(permission.unmappedReason("We may share") != nil)
    }

    @Test func aNoticePromisedAfterTheTransfer() throws {
        let document = try Fixtures.extract(
            "In the event of a merger, your account information may be disclosed to the acquiring company, and we will inform you before it is disclosed.")
        let rule = try document.rule(.allow, "disclose", recipient: "acquirer")
        #expect(rule.obligations == ["inform you before it is disclosed"])
        #expect(rule.when == ["merger"])
    }

    /// "use your e-mail address to contact you about new products and to improve our services": the contact is for what its
    /// own infinitive says; improving the service is the use's purpose alone. When what the contact is about is not
    /// understood, no contact is permitted by a purpose the use has besides.
    @Test func aContactNamedByAUseKeepsItsOwnPurpose() throws {
        let document = try Fixtures.extract("We may use your e-mail address to contact you about new products and to improve our services.")
        #expect(try document.rule(.allow, "contact").scope.purpose == ["marketing.communications"])
        let improving = Operation(action: "contact", data: ["user.contact.email"], recipient: "data_subject", purpose: "essential.service.operations.improve")
        #expect(try Fixtures.decide(document, improving) != .allow)
        let unknown = try Fixtures.extract("We may use your e-mail address to contact you about zorbles and to improve our services.")
        #expect(unknown.rules(effect: .allow, action: "contact").isEmpty, "\(unknown.rules.map(\.id))")
    }
}
