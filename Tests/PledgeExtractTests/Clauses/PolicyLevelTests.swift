import Testing
import Pledge
@testable import PledgeExtract

/// What only the whole document shows: defined terms, exceptions in their own section,
/// opt-out offers, notices, and rule ids.
@Suite struct PolicyLevelTests {
    @Test func aDefinedTermTakesTheItemsListedForIt() throws {
        let document = try Fixtures.extract("""
            To join, you provide certain personal information (the “Member Profile”). This information may include your full name, date of birth and phone number.

            Globex will never sell your Member Profile to data brokers.
            """)
        #expect(document.terms == ["member_profile": ["user.name", "user.demographic.date_of_birth", "user.contact.phone_number"]])
        let rule = try document.rule(.deny, "sell")
        #expect(rule.scope.data == ["member_profile"])
        #expect(rule.scope.recipient == ["advertiser"])
    }

    /// "personal information (“Member Profile”) from you on the Site, including your name, …": the sentence itself lists
    /// what the term stands for, before the next sentence (about something else) could.
    @Test func aDefinedTermTakesTheItemsItsOwnSentenceLists() throws {
        let document = try Fixtures.extract("""
            We may collect personal information (“Member Profile”) from you on the Site, including your name, postal address and email address. When we collect it, you submit content such as photos.

            None of the Member Profile you provide will be sold to any third party.
            """)
        #expect(document.terms == ["member_profile": ["user.name", "user.contact.address", "user.contact.email"]])
        let sold = Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party")
        #expect(try Fixtures.decide(document, sold) == .deny, "\(document.rules.map(\.id))")
    }

    /// "your name, billing address, …, email address or other personally identifiable information (“Personal
    /// Information”)": the term stands for the whole list before the bracket, however long, and a ban of it forbids each.
    @Test func aDefinedTermTakesAllOfALongListBeforeIt() throws {
        let document = try Fixtures.extract("""
            You may be asked to provide your name, billing address, shipping address, phone number, credit card number, email address or other personally identifiable information (“Personal Information”) to use some features.

            We will not disclose your Personal Information unless we obtain your prior consent.
            """)
        for data in ["user.name", "user.financial.credit_card", "user.contact.email"] {
            let disclosing = Operation(action: "disclose", data: [data], recipient: "third_party")
            #expect(try Fixtures.decide(document, disclosing) == .deny, "\(data) \(document.terms)")
        }
    }

    /// "information that can identify you (“Personal Information”). Personal Information is used to provide … and
    /// personalize the service": a sentence of purposes lists no data; the term keeps the general meaning.
    @Test func aDefinedTermTakesNoDataFromASentenceOfPurposes() throws {
        let document = try Fixtures.extract("""
            We may collect information that can be used to contact or identify you (“Personal Information”). Personal Information is used to provide our service, assign tasks and remember your settings.

            We will never sell your Personal Information to third parties.
            """)
        #expect(document.terms["personal_information"] == nil, "\(document.terms)")
        let selling = Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party")
        #expect(try Fixtures.decide(document, selling) == .deny, "\(document.rules.map(\.scope))")
    }

    @Test func aTermDefinedByRefersToUsesItsOwnNameOrDefinition() throws {
        let document = try Fixtures.extract("“Device Details” refers to your IP address and device identifier.")
        #expect(document.terms["device_details"] == ["user.device.ip_address", "user.device.device_id"])
        #expect(try Fixtures.extract("“Usage Information” refers to what you click.").terms["usage_information"] == ["user.behavior"])
    }

    /// "Aggregate and anonymous usage data (“AA Data”)": the term is data of those levels; a permission over it allows
    /// no identified data.
    @Test func aTermDefinedAtALevelKeepsItInAPermission() throws {
        let document = try Fixtures.extract("Aggregate and anonymous usage data (“AA Data”) is information about how visitors use the site. We may share AA Data with our partners.")
        let shared = Operation(action: "share", data: ["user.behavior"], recipient: "business_partner", identifiability: "aggregated")
        #expect(try Fixtures.decide(document, shared) == .allow, "\(document.rules.map(\.scope))")
        var identified = shared
        identified.identifiability = "identified"
        #expect(try Fixtures.decide(document, identified) != .allow, "\(document.rules.map(\.scope))")
    }

    /// A term defined by examples ("data such as …", "including, for example, …", "includes, but is not limited to, …")
    /// stands for the kind they belong to: a ban on it holds for the kind's other data too, and when the examples span
    /// every kind of the user's data, for all of it.
    @Test(arguments: [
        ("“Device Details” refers to data such as your IP address and device identifier. We never sell Device Details to anyone.",
         "user.device.cookie_id", "device_details", ["user.device"]),
        ("“Personal Data” means data that allows someone to identify you, including, for example, your name, email address and credit card number. We do not sell Personal Data to third parties.",
         "user.behavior.purchase_history", "personal_data", nil),
        ("“Personal Information” includes, but is not limited to, your name, address, telephone number and IP address. We will not sell your Personal Information to third parties.",
         "user.behavior.purchase_history", "personal_information", nil),
        // Defined in brackets and by the rest of its own sentence; the next sentence's list is of occasions, not of the term.
        ("Personally Identifiable Information (“Personal Data”) consists of information that identifies you, such as your name, email address and IP address. We collect Personal Data when you take part in activities such as chat rooms and surveys. We do not sell Personal Data to third parties.",
         "user.financial.credit_card", "personal_data", nil),
        // Defined whole ("information that may identify you"), then added to ("and includes …"): what it includes is no limit.
        ("“Personal Information” means information that may be used, alone or in combination, to identify a specific individual and includes Financial Information. We will not sell your Personal Information to third parties.",
         "user.contact.email", "personal_information", nil),
    ])
    func aTermDefinedByExamplesStandsForTheirKind(_ text: String, _ other: String, _ term: String, _ kind: [String]?) throws {
        let document = try Fixtures.extract(text)
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: [other], recipient: "third_party", identifiability: "identified")) == .deny,
                "\(document.terms) \(document.rules.map(\.scope))")
        // The examples are still data of the term's kind.
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.device.ip_address"], recipient: "third_party", identifiability: "identified")) == .deny)
        // A kind that is all of the user's data defines nothing: the term's own words ("personal") say what it is.
        #expect(document.terms[term] == kind, "\(document.terms)")
    }

    /// "“Business Associates” means third party service providers … for transactions": a term for parties is no data,
    /// whatever data its definition mentions; a ban on passing data to them keeps the data it names.
    @Test func aTermForPartiesIsNoData() throws {
        let document = try Fixtures.extract("""
            “Zorb Associates” means third party service providers we contract with to provide services for transactions occurring on the site.

            Your email address will not be sold to Zorb Associates.
            """)
        #expect(document.terms["zorb_associates"] == nil, "\(document.terms)")
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.contact.email"], recipient: "service_provider")) == .deny,
                "\(document.rules.map(\.scope))")
    }

    @Test func anExceptionsSectionQualifiesEveryProhibitionOfDisclosure() throws {
        let document = try Fixtures.extract("""
            **Sharing**  
            We will not share your personal information with third parties. We will not sell your email address to anyone. We do not collect data from children.

            **Exceptions**  
            1. If a court orders us to disclose your information.
            2. If we detect fraud.

            If you prefer not to receive our catalogs, please contact us.
            """)
        let share = try #require(document.rules(effect: .deny, action: "share").first)
        #expect(share.unless.map(\.when) == [["legal_process"], ["fraud"]])
        #expect(share.unless.first?.scope.recipient == ["government"])
        #expect(share.unless.first?.source?.line == 5)
        // The reader's opting out, stated under the heading, lifts no prohibition.
        var optedOut = Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser", context: ["opted_out"])
        #expect(try Fixtures.decide(document, optedOut) == .deny)
        optedOut.action = "sell"
        #expect(try Fixtures.decide(document, optedOut) == .deny)
        let sell = try #require(document.rules(effect: .deny, action: "sell").first)
        #expect(sell.unless.count == 2)
        #expect(document.rules(effect: .deny, action: "collect").first?.unless == [])
        // The exception is a permission: sharing with a court under an order is allowed.
        let ordered = Operation(action: "share", data: ["user.contact.email"], recipient: "government", purpose: "essential.legal_obligation", context: ["legal_process"])
        #expect(try Fixtures.decide(document, ordered) == .allow)
        var advertiser = ordered
        advertiser.recipient = "advertiser"
        #expect(try Fixtures.decide(document, advertiser) == .deny)
    }

    /// "Except as described in this policy, we do not share …", "… other than in compliance with this policy": what the
    /// policy itself permits within the prohibition is its exception, and nothing else is — never a fact named by the
    /// words of the reference.
    @Test(arguments: ["Except as described in this policy, we do not share your personal information with third parties.",
                      "We do not share your personal information with third parties other than in compliance with this policy.",
                      // The same cases as those the policy states elsewhere, which are therefore its exceptions.
                      "We do not share your personal information with third parties, other than under the same circumstances in which we share your contact details."])
    func aProhibitionExceptAsDescribedTakesThePolicysOwnPermissions(_ ban: String) throws {
        let document = try Fixtures.extract(ban + """


            We may share your e-mail address with our service providers to send you our newsletter.

            We may disclose your information to the government when required by law.
            """)
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
        let deny = try document.rule(.deny, "share")
        #expect(deny.unless.count == 2)
        #expect(deny.unless.allSatisfy { $0.source?.line == 3 || $0.source?.line == 5 })
        // What the policy permits is not overridden by the prohibition that refers to it…
        let newsletter = Operation(action: "share", data: ["user.contact.email"], recipient: "service_provider", purpose: "marketing.communications")
        #expect(try Fixtures.decide(document, newsletter) == .allow)
        let ordered = Operation(action: "share", data: ["user.name"], recipient: "government", context: ["legal_process"])
        #expect(try Fixtures.decide(document, ordered) == .allow)
        // …and nothing else is let through: other data, another purpose, another party, no order.
        var phone = newsletter
        phone.data = ["user.contact.phone_number"]
        var ads = newsletter
        ads.purpose = "marketing.advertising"
        var advertisers = newsletter
        advertisers.recipient = "advertiser"
        var unordered = ordered
        unordered.context = []
        for operation in [phone, ads, advertisers, unordered] {
            #expect(try Fixtures.decide(document, operation) == .deny, "\(operation)")
        }
    }

    /// "… for marketing purposes or other than as described in this policy": the reference is an alternative to the
    /// purpose; the ban holds for every purpose outside what the policy permits, not for marketing alone.
    @Test func aReferenceOfferedBesideAPurposeLeavesTheBanForEveryPurpose() throws {
        let document = try Fixtures.extract("""
            We do not share your personal information with third parties for marketing purposes or other than as described in this policy.

            We may share your e-mail address with our service providers to send you our newsletter.
            """)
        let analytics = Operation(action: "share", data: ["user.contact.email"], recipient: "third_party", purpose: "analytics", identifiability: "identified")
        #expect(try Fixtures.decide(document, analytics) == .deny, "\(document.rules.map(\.scope))")
        let newsletter = Operation(action: "share", data: ["user.contact.email"], recipient: "service_provider", purpose: "marketing.communications")
        #expect(try Fixtures.decide(document, newsletter) == .allow, "\(document.rules.map(\.scope))")
    }

    @Test func aProhibitionExceptAsDescribedWithNothingDescribedIsKeptWhole() throws {
        let document = try Fixtures.extract("Except as described herein, we do not sell your personal information.")
        #expect(try document.rule(.deny, "sell").unless.isEmpty)
        #expect(document.unmapped.first?.reason.hasPrefix("the exception refers to this policy") == true)
    }

    @Test func anOptOutOfferTravelsWithMarketingPermissions() throws {
        let document = try Fixtures.extract("""
            We may email you promotional offers about our products and services.

            **Your choices**  
            You will have the option to opt out of marketing messages at any time.
            """)
        let rule = try #require(document.rules.first)
        #expect(rule.obligations == ["You will have the option to opt out of marketing messages at any time."])
        // The exception cites the sentence that offers the opt-out.
        #expect(rule.unless.map(\.when) == [["opted_out"]])
        #expect(rule.unless.first?.source?.text == "You will have the option to opt out of marketing messages at any time.")
        #expect(document.unmapped.isEmpty)
    }

    /// An offer reaches the company's permissions it names: an opt-out of another party's cookie none of them, an opt-out
    /// of e-mails only the messages, not the use of data for marketing on the site.
    @Test func anOptOutOfferReachesOnlyWhatItNames() throws {
        let document = try Fixtures.extract("""
            We may use your information to show you offers for our products on the site. We may email you promotional offers.

            Users may opt out of the use of the DART cookie by visiting the advertiser's privacy page.

            You can unsubscribe from our promotional e-mails at any time.
            """)
        let show = try document.rule(.allow, "use")
        let mail = try document.rule(.allow, "email")
        #expect(show.unless.isEmpty, "\(show.unless)")
        #expect(mail.unless.map(\.when) == [["opted_out"]])
        #expect(mail.unless.first?.source?.text == "You can unsubscribe from our promotional e-mails at any time.")
        #expect(document.unmapped.contains { $0.text.hasPrefix("Users may opt out") && $0.reason.contains("another party") },
                "\(document.unmapped.map(\.reason))")
    }

    /// An offer with no marketing permission to qualify is still a promise: once the reader has opted out, the company
    /// stops what the offer names, and only that.
    @Test(arguments: [
        // (offer, an operation the opted-out reader is protected from, the same act for another purpose or party)
        ("You can unsubscribe from our newsletter at any time.",
         Operation(action: "contact", data: ["user.contact"], purpose: "marketing.communications"),
         Operation(action: "contact", data: ["user.contact"], purpose: "essential.service.notifications")),
        ("You may opt out of receiving promotional e-mails from us by clicking the link in any e-mail.",
         Operation(action: "email", data: ["user.contact.email"], purpose: "marketing.communications.email"),
         Operation(action: "email", data: ["user.contact.email"], purpose: "essential.service.notifications.email")),
        ("You may opt out of having your personal information shared with our partners.",
         Operation(action: "share", data: ["user.name"], recipient: "business_partner"),
         Operation(action: "share", data: ["user.name"], recipient: "government")),
        ("You can opt out of the sale of your personal information.",
         Operation(action: "sell", data: ["user.contact.email"], recipient: "advertiser", purpose: "sales"),
         Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser")),
        ("You may opt out of interest-based advertising.",
         Operation(action: "use", data: ["user.behavior"], purpose: "marketing.advertising.profiling"),
         Operation(action: "use", data: ["user.behavior"], purpose: "analytics")),
        // The messages' purpose is not the disclosure's: once opted out, nothing is provided to third parties.
        ("If you do not wish to receive further information about products or services from us and wish us to cease providing your information to third parties, you may write to us.",
         Operation(action: "disclose", data: ["user.name"], recipient: "third_party", purpose: "analytics"),
         Operation(action: "use", data: ["user.name"], purpose: "analytics")),
        // A survey is a message too: once opted out, no survey is sent, whatever the other messages named.
        ("You may opt out of promotional mailings and surveys by changing your account preferences.",
         Operation(action: "contact", data: ["user.contact"], purpose: "analytics"),
         Operation(action: "use", data: ["user.contact"], purpose: "analytics")),
        // "or other communications": every message, whatever its purpose.
        ("You can unsubscribe from our newsletters or other communications at any time.",
         Operation(action: "contact", data: ["user.contact"], purpose: "essential.service.notifications"),
         Operation(action: "use", data: ["user.contact"], purpose: "analytics")),
        // "interest-based advertising": the ads chosen by interest stop too, not the ads of the page.
        ("You can opt out of interest-based advertising entirely by visiting our preferences page.",
         Operation(action: "use", data: ["user.behavior"], purpose: "marketing.advertising.third_party.targeted"),
         Operation(action: "use", data: ["user.behavior"], purpose: "marketing.advertising.first_party.contextual")),
        // "seeing interest-based ads": others' targeted ads too.
        ("You can opt out of seeing interest-based ads at any time.",
         Operation(action: "use", data: ["user.behavior"], purpose: "marketing.advertising.third_party.targeted"),
         Operation(action: "use", data: ["user.behavior"], purpose: "marketing.advertising.first_party.contextual")),
        // "email or other communications": every message, by any channel.
        ("You may opt out of receiving email or other communications from us at any time.",
         Operation(action: "contact", data: ["user.contact.address"], purpose: "essential.service.notifications"),
         Operation(action: "use", data: ["user.contact"], purpose: "analytics")),
        // What is gathered for advertising is no longer gathered once the reader opts out.
        ("You can opt out of information gathering for advertising purposes.",
         Operation(action: "collect", data: ["user.behavior"], purpose: "marketing.advertising"),
         Operation(action: "collect", data: ["user.behavior"], purpose: "analytics")),
    ])
    func anOptOutWithNoPermissionToQualifyForbidsWhatItNames(_ text: String, _ protected: Operation, _ other: Operation) throws {
        let document = try Fixtures.extract(text)
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.when == ["opted_out"])
        var optedOut = protected
        optedOut.context = ["opted_out"]
        #expect(try Fixtures.decide(document, optedOut) == .deny)
        // Before the reader opts out the offer forbids nothing, and after it, nothing it does not name.
        #expect(try Fixtures.decide(document, protected) != .deny)
        var otherOptedOut = other
        otherOptedOut.context = ["opted_out"]
        #expect(try Fixtures.decide(document, otherOptedOut) != .deny)
    }

    /// "the opt-out link provided in each e-mail": an opt-out phrase as a modifier names nothing opted out of, and the
    /// words after it ("provided") are no act the reader stops.
    @Test func anOptOutPhraseAsAModifierForbidsNothing() throws {
        let document = try Fixtures.extract("You may opt out of the receipt of such communications by clicking on the opt-out link provided in each e-mail.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(!document.unmapped.isEmpty)
    }

    @Test(arguments: [
        ("You may opt out from such advertisers' services here.", true),   // another party's service
        ("You can opt out at any time.", false),                             // of nothing named
        ("To opt out of cookies, change your browser settings.", false),    // a setting of the reader's browser
        ("You can opt out of this ad serving by visiting the network's site.", false),   // a practice named before, another's
    ])
    func anOptOutOfNothingTheCompanyDoesIsListed(_ text: String, _ anotherParty: Bool) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason == (anotherParty ? "the opt-out is of another party's practice; it qualifies none of the company's"
            : "an opt-out is offered, but no marketing permission was read for it to qualify"))
    }

    /// A sentence that offers no opt-out forbids nothing; "this newsletter" after the sentence named it is its own.
    @Test func anOptOutNotOfferedForbidsNothingAndOneThatPointsWithinItsSentenceDoes() throws {
        let none = try Fixtures.extract("Deleting cookies does not mean you are opted out of interest-based advertising.")
        #expect(none.rules.isEmpty, "\(none.rules.map(\.id))")
        let own = try Fixtures.extract("We may send you our monthly newsletter, but you are able to opt out of this newsletter at any time.")
        var mailing = Operation(action: "contact", data: ["user.contact"], purpose: "marketing.communications", context: ["opted_out"])
        #expect(try Fixtures.decide(own, mailing) == .deny)
        mailing.context = []
        #expect(try Fixtures.decide(own, mailing) != .deny)
    }

    @Test(arguments: [
        ("If we make material changes to this policy, we will notify you by email.", "email"),
        ("We may update this privacy policy; you will be notified of any changes.", "contact"),
        // The notice as a noun given to the reader, and the reader named as users.
        ("If we make significant changes to this policy, we will provide appropriate notice to you.", "contact"),
        ("If we change this policy, we will give you notice by e-mail.", "email"),
        ("If we change this policy, we will notify our users.", "contact"),
        // E-mail promised beside a notice on the site, not as an alternative to it: the reader is reached.
        ("If we change this policy, we will notify you by e-mail and through a notice on our home page.", "email"),
    ])
    func aNoticeOfPolicyChangesIsADutyWhenThePolicyChanges(_ text: String, _ action: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first { $0.when == ["policy_change"] }, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .require)
        #expect(rule.scope.action == [action])
        #expect(rule.scope.recipient == ["data_subject"])
        #expect(rule.obligations.count == 1)
        // Notifying the reader of the change is what the duty allows; it does not hold while the policy is unchanged.
        let notify = Operation(action: action, data: [action == "email" ? "user.contact.email" : "user.contact"],
                               recipient: "data_subject", purpose: "essential.service.notifications", context: ["policy_change"])
        #expect(try Fixtures.decide(document, notify) == .allow)
        var unchanged = notify
        unchanged.context = []
        #expect(try Fixtures.decide(document, unchanged) == .notCovered)
    }

    /// A notice the reader must look for — posted, or a message on the site — is no duty to reach the reader.
    @Test(arguments: ["We may change this policy from time to time, and we will post the changes on this page.",
                      "If we change this policy, we will notify you by a message on our home page."])
    func aPostedNoticeOfPolicyChangesIsListed(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.hasPrefix("a notice of changes to the policy") == true)
    }

    /// A change the company announces with no notice at all is listed, never dropped silently.
    @Test(arguments: ["We may change this privacy policy from time to time.", "Acme reserves the right to modify this statement at any time."])
    func aChangeWithNoNoticeIsListed(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty)
        #expect(document.unmapped.first?.reason.hasSuffix("promises no notice to the reader; there is nothing to model") == true,
                "\(document.unmapped.map(\.reason))")
    }

    /// A notice promised to some readers only ("users who have given permission") is no duty to reach them all.
    @Test(arguments: [
        "We will e-mail users who have given permission when the policy changes.",
        "When the policy changes, we will e-mail users, who have opted to receive our newsletter.",
        "If you have signed up for our newsletter, we will notify you of changes to this policy by e-mail.",
    ])
    func aNoticeOfPolicyChangesToSomeReadersIsNoDutyToAll(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .require).isEmpty, "\(document.rules.map(\.id))")
        #expect(!document.unmapped.isEmpty)
    }

    @Test(arguments: [
        "If this policy changes, we may also notify you by e-mail.",
        "If we change this policy, we will usually notify you by e-mail.",
        "We might inform you of changes to this statement.",
        "If we change this policy, in some cases we will notify you by e-mail.",
        "Where appropriate, we will notify you of changes to this policy.",
    ])
    func aNoticeOfPolicyChangesTheCompanyMayGiveIsNoDuty(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.hasSuffix("is offered, not promised") == true, "\(document.unmapped.map(\.reason))")
    }

    @Test func aNoticeBeforeATransferIsItsObligation() throws {
        let rule = try #require(try Fixtures.extract(
            "# Initech Privacy Policy\n\nIf Initech is sold or merges with another company, we will give you notice before your account data is transferred.\n").rules.first)
        #expect(rule.effect == .allow)
        #expect(rule.scope.action == ["disclose"])
        #expect(rule.when == ["merger"])
        #expect(rule.obligations == ["give you notice before your account data is transferred"])
    }

    @Test func alternativesBecomeOneRuleEach() throws {
        let document = try Fixtures.extract("We may disclose your name to authorities when required by law or to prevent fraud or imminent harm.")
        #expect(document.rules.map(\.when) == [["legal_process"], ["fraud"], ["security_incident"]])
        #expect(Set(document.rules.map(\.id)).count == 3)
    }

    @Test func idsAreReadableUniqueAndStable() throws {
        let text = "We may share your name with vendors for marketing. We may share your name with vendors for analytics. We may share your name with vendors for billing."
        let first = try Fixtures.extract(text)
        #expect(first.rules.map(\.id) == ["allow-share-name-service-provider", "allow-share-name-service-provider-2", "allow-share-name-service-provider-3"])
        #expect(RuleFile.encode(first) == RuleFile.encode(try Fixtures.extract(text)))
    }

    @Test func exactDuplicatesAreWrittenOnce() throws {
        let document = try Fixtures.extract("Your email address will not be sold. We never sell your email address.")
        #expect(document.rules.count == 1)
    }

    @Test func htmlPoliciesAreReadLikeMarkdown() throws {
        let html = "<html><body><h1>Acme</h1><h2>Sharing</h2><p>We value you.<br>We will not sell your\nphone number.</p></body></html>"
        let document = try Extractor().extract(text: html, source: "p.html", id: "acme")
        #expect(document.policy.title == "Acme")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.data == ["user.contact.phone_number"])
        #expect(rule.source.section == "Sharing")
    }

    /// An offer made through another party's tool that names nothing opted out of reaches none of the company's
    /// permissions; a use of the e-mail address to keep the reader informed is a message the e-mail opt-out stops.
    @Test func anOfferReachesMessagesAUseSendsAndNoOtherPartysTool() throws {
        let document = try Fixtures.extract("""
            We also use your email address to keep you informed of new additions to our collection.

            We use interest cookies to make the advertising we serve more relevant. You can prevent us from collecting this information through Google Analytics' opt-out browser add-on.

            If you no longer wish to receive such correspondence from us, you may opt-out by following the instructions in it.
            """)
        let informed = try document.rule(.allow, "use", data: "user.contact.email")
        #expect(informed.unless.map(\.when) == [["opted_out"]], "\(informed.unless)")
        #expect(!informed.obligations.contains { $0.contains("Google") }, "\(informed.obligations)")
    }

    /// An opt-out of interest-based ads reaches the company's advertising, not its newsletters; with no advertising
    /// permission to qualify, it forbids what it names.
    @Test func anOptOutOfAdsReachesNoNewsletter() throws {
        let document = try Fixtures.extract("""
            We use your information to send you email newsletters.

            You can opt out of interest-based ads at any time.
            """)
        let newsletter = try document.rule(.allow, "use")
        #expect(newsletter.unless.isEmpty, "\(newsletter.unless)")
        let targeted = Operation(action: "use", data: ["user.behavior"], purpose: "marketing.advertising.first_party.targeted", context: ["opted_out"])
        #expect(try Fixtures.decide(document, targeted) == .deny, "\(document.rules.map(\.scope))")
    }
}
