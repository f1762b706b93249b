import Testing
import Pledge
@testable import PledgeExtract

/// What a use to contact the reader allows, one e-mail sent as a message, the topic of data, pointed-back data that
/// identifies no one, and the reader's choice to leave. Sentences written for the test.
@Suite struct MessageAndTopicTests {
    /// "use your information to contact you for market research": the contact is allowed, not any processing for research.
    @Test func aUseToContactTheReaderIsTheContact() throws {
        let document = try Fixtures.extract("From time to time, we may also use your information to contact you for market research purposes.")
        let contacting = Operation(action: "contact", data: ["user.contact"], recipient: "data_subject", purpose: "analytics")
        #expect(try Fixtures.decide(document, contacting) == .allow, "\(document.rules.map(\.scope)) \(document.unmapped.map(\.reason))")
        let analysing = Operation(action: "use", data: ["user.behavior"], purpose: "analytics")
        #expect(try Fixtures.decide(document, analysing) != .allow, "\(document.rules.map(\.scope))")
    }

    /// A use to send marketing keeps its purpose: the message is the purpose.
    @Test func aUseToSendMarketingIsAUseForMarketing() throws {
        let document = try Fixtures.extract("We may use your email address to send you information about our products and services.")
        let using = Operation(action: "use", data: ["user.contact.email"], purpose: "marketing.communications")
        #expect(try Fixtures.decide(document, using) == .allow, "\(document.rules.map(\.scope))")
    }

    @Test(arguments: [
        "You can send an e-mail to info@example.com with any further questions.",
        "Please send us an email if you have any questions.",
        "You may submit a request via email to privacy@example.com.",
    ])
    func oneEmailSentIsAMessage(_ sentence: String) throws {
        let document = try Fixtures.extract(sentence)
        #expect(document.rules(action: "collect").isEmpty, "\(document.rules.map(\.scope))")
    }

    /// "information you provide by email": how the reader sent it, not the reader's e-mail address; a limit on its use
    /// holds for all the data.
    @Test func dataSentByEmailIsNotTheEmailAddress() throws {
        let document = try Fixtures.extract("Information you provide by email will be used only to respond to your questions.")
        let marketing = Operation(action: "use", data: ["user.name"], purpose: "marketing.communications")
        #expect(try Fixtures.decide(document, marketing) == .deny, "\(document.rules.map(\.scope))")
        #expect(!document.rules.contains { $0.scope.data?.contains("user.contact.email") ?? false }, "\(document.rules.map(\.scope))")
        let plural = try Fixtures.extract("Information that you provide by e-mails or web forms will be used only to answer you.")
        #expect(!plural.rules.contains { $0.scope.data?.contains("user.contact.email") ?? false }, "\(plural.rules.map(\.scope))")
    }

    /// "email newsletters" are marketing e-mails, not marketing by any channel.
    @Test func emailNewslettersAreMarketingEmails() throws {
        let document = try Fixtures.extract("We use your information to send you email newsletters.")
        let texting = Operation(action: "use", data: ["user.contact.phone_number"], purpose: "marketing.communications.sms")
        #expect(try Fixtures.decide(document, texting) != .allow, "\(document.rules.map(\.scope))")
        let mailing = Operation(action: "use", data: ["user.contact.email"], purpose: "marketing.communications.email")
        #expect(try Fixtures.decide(document, mailing) == .allow, "\(document.rules.map(\.scope))")
    }

    /// "statistics about visitors, sales and traffic patterns": what the data is about names no purpose of the sharing.
    @Test func aTopicOfTheDataIsNoPurpose() throws {
        let document = try Fixtures.extract("We may share aggregate statistics about visitors to this site, sales and traffic patterns with other parties.")
        let rule = try document.rule(.allow, "share")
        #expect(rule.scope.purpose == nil, "\(rule.scope)")
    }

    /// What a message is about is its purpose.
    @Test func aTopicOfAMessageIsItsPurpose() throws {
        let document = try Fixtures.extract("We may send you e-mails about special offers.")
        let mailing = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: "analytics")
        #expect(try Fixtures.decide(document, mailing) != .allow, "\(document.rules.map(\.scope))")
    }

    /// Data named as identifying no one, pointed back to by a permission: the permission holds for such data only.
    @Test(arguments: [
        "We collect non-personally identifiable information about your visits. We may disclose this information to advertisers.",
        "The non-personally identifiable information about your visits helps us improve the site. We may disclose this information to advertisers.",
    ])
    func aPermissionThatPointsBackKeepsTheIdentifiabilityOfWhatItPointsTo(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let disclosing = Operation(action: "disclose", data: ["user.behavior"], recipient: "advertiser", identifiability: "identified")
        #expect(try Fixtures.decide(document, disclosing) != .allow, "\(document.rules.map(\.scope))")
        var anonymous = disclosing
        anonymous.identifiability = "anonymized"
        #expect(try Fixtures.decide(document, anonymous) == .allow, "\(document.rules.map(\.scope)) \(document.unmapped.map(\.reason))")
    }

    @Test func cancellingOnesAccountIsAChoiceOfTheReader() throws {
        let document = try Fixtures.extract("You may cancel your account at any time by sending an email to support@example.com.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmappedReason("You may cancel")?.hasPrefix("a choice of the reader's (cancel your account") == true,
                "\(document.unmapped.map(\.reason))")
    }

    /// "uses cookies to collect information": what cookies collect is what they hold, not every kind of data.
    @Test func informationCollectedByCookiesIsCookieData() throws {
        let document = try Fixtures.extract("Our site also uses cookies to collect information.")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.device.cookie"])) == .allow, "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.name"])) != .allow)
    }

    /// "use your postal address to send payments or otherwise communicate with you": the contact is by post.
    @Test func aContactJoinedToAPracticeUsesItsContactData() throws {
        let document = try Fixtures.extract("We may use your postal address to send payments or otherwise communicate with you.")
        let byPost = Operation(action: "contact", data: ["user.contact.address"], recipient: "data_subject")
        #expect(try Fixtures.decide(document, byPost) == .allow, "\(document.rules.map(\.scope)) \(document.unmapped.map(\.reason))")
        let byPhone = Operation(action: "contact", data: ["user.contact.phone_number"], recipient: "data_subject")
        #expect(try Fixtures.decide(document, byPhone) != .allow)
    }

    /// "for multiple purposes" names how many purposes, not which: no permission, and the sentence is listed.
    @Test(arguments: ["for multiple purposes", "for a variety of purposes", "for various purposes"])
    func aNumberOfPurposesIsNoPurpose(_ purposes: String) throws {
        let document = try Fixtures.extract("Our site uses the personal information it collects \(purposes).")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.name"], purpose: "marketing")) != .allow,
                "\(document.rules.map(\.scope))")
        #expect(!document.unmapped.isEmpty)
    }

    /// "the ages of your children": how old the children are, not data collected from children.
    @Test func childrensAgesAreNoChildrensData() throws {
        let document = try Fixtures.extract("We may collect the ages of your children.")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.demographic.age_range"])) == .allow, "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.childrens"])) != .allow)
    }

    /// "at the address set out below": the company's address, where the reader writes, is no data of the reader's.
    @Test func theAddressToWriteToIsNoDataOfTheReader() throws {
        let document = try Fixtures.extract("You can send us a letter at the address set out below at any time if you change your mind.")
        #expect(document.rules(action: "collect").isEmpty, "\(document.rules.map(\.scope))")
    }

    /// "the e-mail address to which you send such information": another person's address, where the reader sends.
    @Test func theAddressTheReaderSendsToIsNotTheReaders() throws {
        let document = try Fixtures.extract("When you share tracking information with a friend, we collect the e-mail address to which you send such information.")
        #expect(document.rules(action: "collect").isEmpty, "\(document.rules.map(\.scope))")
    }

    /// "never send credit card information via e-mail" names no one it is sent to: the ban reaches every recipient.
    @Test func aBanOnSendingByEmailNamesNoRecipient() throws {
        let document = try Fixtures.extract("We will never send credit card information via e-mail.")
        #expect(try Fixtures.decide(document, Operation(action: "email", data: ["user.financial.credit_card"], recipient: "service_provider")) == .deny)
    }

    /// "opt out of promotional emails and other promotional communications": every channel for that purpose; "any
    /// marketing emails" stays e-mail.
    @Test func otherCommunicationsOfAPurposeReachEveryChannel() throws {
        let every = try Fixtures.extract("You can opt out of receiving promotional emails and other promotional communications from us.")
        let call = Operation(action: "contact", data: ["user.contact.phone_number"], recipient: "data_subject", purpose: "marketing.communications", context: ["opted_out"])
        #expect(try Fixtures.decide(every, call) == .deny, "\(every.rules.map(\.scope))")
        let emails = try Fixtures.extract("You can always unsubscribe from receiving any marketing emails.")
        #expect(try Fixtures.decide(emails, call) != .deny)
    }

    /// "opt out of our notification e-mails or newsletters": the offer stops the notices as well as the newsletters.
    @Test func anOptOutOfNotificationsStopsThemToo() throws {
        let document = try Fixtures.extract("Users who no longer wish to receive our notification e-mails or newsletters may opt out of receiving these communications.")
        let notice = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: "essential.service.notifications", context: ["opted_out"])
        #expect(try Fixtures.decide(document, notice) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "promotional materials related to our Services": what the materials are about is no purpose of the message, nor
    /// of the use; "to website users" is whom it is sent to.
    @Test func whatAMessageIsAboutIsNoPurposeOfIt() throws {
        let document = try Fixtures.extract("We may use your personal data to send you promotional materials related to our Services.")
        for rule in document.rules { #expect(rule.scope.purpose == ["marketing.communications"], "\(rule.id)") }
        let users = try Fixtures.extract("It is our policy to never send messages to website users unless they request that we do so.")
        #expect(users.rules.allSatisfy { $0.scope.purpose == nil }, "\(users.rules.map(\.scope))")
    }

    /// "We will never send you marketing communications without your consent": messages of no named channel go by any;
    /// the ban reaches post and the phone as well as e-mail. Named as e-mail, the ban keeps to e-mail. "Mailings" go by
    /// post as often as by e-mail: they name no channel.
    @Test(arguments: ["We will never send you marketing communications without your consent.",
                      "We do not send marketing messages to our users.",
                      "We will not send you promotional mailings."])
    func aBanOnSendingMessagesOfNoChannelBansEveryChannel(sentence: String) throws {
        let document = try Fixtures.extract(sentence)
        for (action, data) in [("email", "user.contact.email"), ("post", "user.contact.address"), ("contact", "user.contact.phone_number")] {
            let sending = Operation(action: action, data: [data], recipient: "data_subject", purpose: "marketing.communications")
            #expect(try Fixtures.decide(document, sending) == .deny, "\(action): \(document.rules.map(\.scope))")
        }
        let byEmail = try Fixtures.extract("We will not send you promotional messages by e-mail unless you opt in.")
        #expect(byEmail.rules.allSatisfy { $0.scope.action == ["email"] }, "\(byEmail.rules.map(\.scope))")
    }

    /// "we may call you": a call reaches the reader's phone number; it permits no e-mail or letter.
    @Test(arguments: ["If you give us your phone number, we may call you.", "We may telephone you about your account."])
    func aCallIsMadeWithThePhoneNumber(sentence: String) throws {
        let document = try Fixtures.extract(sentence)
        #expect(!document.rules(effect: .allow).isEmpty)
        #expect(document.rules(effect: .allow).allSatisfy { $0.scope.data == ["user.contact.phone_number"] }, "\(document.rules.map(\.scope))")
    }

    /// "We may use your email address to contact you": the use is the contact. Contacting the reader is allowed; any
    /// other use of the address is not.
    @Test func aUseOnlyToContactTheReaderPermitsNoOtherUse() throws {
        let document = try Fixtures.extract("We may use your email address to contact you.")
        #expect(try Fixtures.decide(document, Operation(action: "contact", data: ["user.contact.email"], recipient: "data_subject")) == .allow,
                "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "analytics")) != .allow, "\(document.rules.map(\.scope))")
    }
    /// "you can unsubscribe from our e-mail newsletters and you can update the information you have provided": what is
    /// opted out of ends where "and you …" opens another clause; the reader's giving in it is no disclosure stopped.
    @Test func anOptOutsObjectEndsAtTheNextClause() throws {
        let document = try Fixtures.extract("At this location, you can unsubscribe from our e-mail newsletters and you can update any information that you have provided to us.")
        let newsletter = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject",
                                   purpose: "marketing.communications.email", context: ["opted_out"])
        #expect(try Fixtures.decide(document, newsletter) == .deny, "\(document.rules.map(\.scope))")
        #expect(document.rules(action: "disclose").isEmpty, "\(document.rules.map(\.scope))")
    }

    /// Data sent to no one named, by no channel of messages ("send usage information about that page"), is sent to
    /// someone the sentence does not say: no message to the reader, and no permission; forbidden, it is forbidden to
    /// anyone. The reader, a channel or a message keep the sense of a message.
    @Test func dataSentToNoOneNamedIsNoMessage() throws {
        let sent = try Fixtures.extract("We send usage information about that page via cookies.")
        #expect(sent.rules.isEmpty, "\(sent.rules.map(\.scope))")
        #expect(!sent.unmapped.isEmpty)
        let banned = try Fixtures.extract("We will never send your personal information.")
        let toAdvertisers = Operation(action: "share", data: ["user.name"], recipient: "advertiser", identifiability: "identified")
        #expect(try Fixtures.decide(banned, toAdvertisers) == .deny, "\(banned.rules.map(\.scope))")
        for text in ["We may send your purchase receipt by email.", "We may send your order details to you.", "We may send e-mails about our new products."] {
            let document = try Fixtures.extract(text)
            #expect(document.rules.map(\.scope.action) == [["email"]], "\(text): \(document.rules.map(\.scope))")
        }
    }

    /// "send offers to our users on behalf of other businesses": the businesses the message is sent for receive nothing;
    /// no disclosure of the reader's data to them, or to anyone, is read.
    @Test func thoseAMessageIsSentForReceiveNothing() throws {
        let document = try Fixtures.extract("We may send information or offers to selected groups of our users on behalf of other businesses.")
        let handedOver = Operation(action: "disclose", data: ["user.contact.email"], recipient: "third_party")
        #expect(try Fixtures.decide(document, handedOver) != .allow, "\(document.rules.map(\.scope))")
        #expect(document.rules(action: "disclose").isEmpty, "\(document.rules.map(\.scope))")
    }

    /// "communicate with you regarding our services": a message about the service is a notice of it; the use that sends
    /// it serves no other purpose the service has (taking payments, say).
    @Test(arguments: ["We use your email address to communicate with you regarding our services.",
                      "We may contact you about our services."])
    func aMessageAboutTheServiceNotifiesOfIt(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let data = try #require(document.rules.first?.scope.data, "\(document.unmapped.map(\.reason))")
        let notice = Operation(action: "contact", data: data, recipient: "data_subject", purpose: "essential.service.notifications")
        #expect(try Fixtures.decide(document, notice) == .allow, "\(document.rules.map(\.scope))")
        let paying = Operation(action: "use", data: data, purpose: "essential.service.payment_processing")
        #expect(try Fixtures.decide(document, paying) != .allow, "\(document.rules.map(\.scope))")
        var billing = notice
        billing.purpose = "essential.service.payment_processing"
        #expect(try Fixtures.decide(document, billing) != .allow, "\(document.rules.map(\.scope))")
    }
}
