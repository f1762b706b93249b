import Testing
import Pledge
@testable import PledgeExtract

/// Common ways a policy states a practice of the company that name the act indirectly: a means used to collect, a
/// party the company lets take data, the company named first among those who act, a choice offered to the reader
/// to give data. Each says what the text means as decisions, and each has a twin with a limit the reading does not
/// understand, which must give no permission. Sentences written for the test.
@Suite struct PracticeFormTests {
    // MARK: a means used to collect

    @Test func whatAMeansIsUsedToCollectIsWhatIsCollected() throws {
        let document = try Fixtures.extract("We use cookies and web beacons to collect your IP address.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .allow)
        #expect(rule.scope.action == ["collect"])
        #expect(rule.scope.data == ["user.device.ip_address"])
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.device.ip_address"])) == .allow)
        // What is collected is the IP address, not anything the cookies could hold.
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.contact.email"])) != .allow)
        // Using the means is not a permission to use the data for any purpose.
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.device.ip_address"], purpose: "marketing")) != .allow)
    }

    @Test func aPurposeOfTheCollectionLimitsIt() throws {
        let document = try Fixtures.extract("We use analytics tools to collect information about the pages you visit to improve our website.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.scope.action == ["collect"])
        #expect(rule.scope.purpose == ["essential.service.operations.improve"])
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.behavior"], purpose: "marketing.advertising")) != .allow)
    }

    /// "to collect and store information about your visits": the data after the act joined to the collection is what
    /// is collected, and the means is used for nothing else.
    @Test func whatAnActJoinedToTheCollectionNamesIsCollected() throws {
        let document = try Fixtures.extract("We use cookies to collect and store information about your visits.")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.behavior"])) == .allow, "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.device.cookie"], purpose: "marketing")) != .allow)
    }

    /// "to track and analyze transaction trends": the analysis joined to the collection is what it is for; not
    /// understood, it leaves no permission to use the data for any purpose.
    @Test func anAnalysisJoinedToTheCollectionIsItsPurpose() throws {
        let document = try Fixtures.extract("We will use your information to track and analyze transaction trends.")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "marketing")) != .allow,
                "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.contact.email"], purpose: "marketing")) != .allow)
        // What is analysed is not what is collected.
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.behavior.purchase_history"], purpose: "marketing")) != .allow)
        #expect(document.unmapped.contains { $0.reason == "the purpose that limits this permission is not understood" }, "\(document.unmapped.map(\.reason))")
    }

    @Test(arguments: [
        "We use cookies on our zorbling pages to collect your IP address.",      // where the means is used
        "We use a vendor to collect your e-mail address.",                        // a party, not a means
        "We use third-party analytics tools to collect your IP address.",         // another party's tool
    ])
    func aMeansThatLimitsOrIsAPartyGivesNoPermission(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
        #expect(!document.unmapped.isEmpty)
    }

    @Test func aSentenceThatOnlyCollectsThroughAMeansGivesNoPurposeToItsNeighbour() throws {
        // The second sentence collects through its means; it gives the first no purpose, so both are read.
        let document = try Fixtures.extract("We collect your IP address. We use cookies to collect your browsing history.")
        #expect(document.rules(effect: .allow, action: "collect", data: "user.device.ip_address").count == 1, "\(document.unmapped.map(\.reason))")
        #expect(document.rules(effect: .allow, action: "collect", data: "user.behavior.browsing_history").count == 1)
    }

    // MARK: a party the company lets act

    @Test func aPartyLetTakeDataIsDisclosedIt() throws {
        let document = try Fixtures.extract("We may allow advertising companies to collect your IP address.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .allow)
        #expect(rule.scope.action == ["disclose"])
        #expect(rule.scope.recipient == ["advertiser"])
        let toAdvertisers = Operation(action: "disclose", data: ["user.device.ip_address"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, toAdvertisers) == .allow)
        var toGovernment = toAdvertisers
        toGovernment.recipient = "government"
        #expect(try Fixtures.decide(document, toGovernment) != .allow)
        // Letting them collect is no permission to sell to them.
        var sold = toAdvertisers
        sold.action = "sell"
        #expect(try Fixtures.decide(document, sold) != .allow)
    }

    @Test func aPartyLetUseDataForAPurposeIsDisclosedItForThatPurpose() throws {
        let document = try Fixtures.extract("We let our partners use your e-mail address for marketing.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.scope.recipient == ["business_partner"])
        #expect(rule.scope.purpose == ["marketing"])
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "business_partner", purpose: "analytics")) != .allow)
    }

    @Test func aPartyNotLetTakeDataIsNotDisclosedIt() throws {
        let document = try Fixtures.extract("We do not permit third parties to collect personal information through our site.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.name"], recipient: "advertiser")) == .deny)
    }

    @Test(arguments: [
        "Cookies allow us to collect your IP address.",                                 // the company is let, not another
        "We allow you to share your photos with friends.",                              // the reader is let
        "We allow advertisers to send you offers.",                                     // an act that takes no data
        "We may allow third parties that zorble to collect your IP address.",           // a kind of party not understood
    ])
    func noOtherPartyTakingDataGivesNoDisclosure(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .allow, action: "disclose").isEmpty, "\(document.rules.map(\.id))")
    }

    // MARK: the company first among those who act

    @Test func theCompanyNamedWithOthersActsOnItsOwnPermission() throws {
        let document = try Fixtures.extract("We and our service providers may collect your e-mail address.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .allow)
        #expect(rule.scope.action == ["collect"])
        #expect(rule.scope.recipient == nil)
        // What the others do is listed, not granted.
        #expect(document.unmapped.first?.reason.contains("service providers") == true)
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.contact.email"], recipient: "service_provider")) != .allow)
    }

    @Test func aNameNotKnownToBeTheCompanysIsNotTheCompanyWithOthers() throws {
        let document = try Fixtures.extract("Zorblix and its partners may collect your e-mail address.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }

    // MARK: a purpose named with its kind

    @Test func aPermissionForAKindOfPurposeIsNotOneForEveryKind() throws {
        let document = try Fixtures.extract("We use your information to show you advertisements that are relevant to your interests.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.scope.purpose == ["marketing.advertising.first_party.targeted"])
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.name"], purpose: "marketing.advertising.first_party.targeted")) == .allow)
        // Advertising of any other kind is not what the text allows.
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.name"], purpose: "marketing.advertising.third_party.targeted")) != .allow)
    }

    @Test func purposesListedApartAreEachKept() throws {
        let document = try Fixtures.extract("We use your information to provide our services and to improve our website.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.scope.purpose == ["essential.service", "essential.service.operations.improve"])
    }

    /// "sensitive data" is the special categories (beliefs, origin, health, criminal convictions …), not all personal
    /// data: a prohibition of it leaves the policy's other permissions alone.
    @Test func aProhibitionOfSensitiveDataIsOfTheSpecialCategories() throws {
        let document = try Fixtures.extract("We do not use sensitive data such as your religion without your consent. We may use your email address to send you our newsletter.")
        let deny = try document.rule(.deny, "use")
        #expect(deny.scope.data?.contains("user.demographic.religious_belief") == true)
        #expect(deny.scope.data?.contains("user.criminal_history") == true)
        #expect(deny.scope.data?.contains("user") == false)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "marketing.communications")) == .allow)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.health_and_medical"], purpose: "marketing.communications")) == .deny)
        #expect(try Fixtures.extract("We do not collect information about criminal convictions.").rule(.deny, "collect").scope.data == ["user.criminal_history"])
    }

    /// "potentially personally-identifying information" is data that may identify someone: a prohibition of it and of
    /// "personally-identifying information" binds pseudonymous data too, not only identified data.
    @Test func potentiallyIdentifyingDataIsPseudonymous() throws {
        let document = try Fixtures.extract("We do not disclose potentially personally-identifying and personally-identifying information to anyone.")
        let deny = try document.rule(.deny, "disclose")
        #expect(Set(deny.scope.identifiability ?? []) == ["pseudonymous", "identified"])
        let disclose = Operation(action: "disclose", data: ["user.device.cookie"], recipient: "advertiser", identifiability: "pseudonymous")
        #expect(try Fixtures.decide(document, disclose) == .deny)
    }

    /// "to protect the safety of users of our site and our services": the service named in the complement says whose
    /// safety; read as a purpose of its own it would permit disclosing for running the service.
    /// So in "better understand how users interact with our services": what is understood, not what the use is for.
    @Test(arguments: [("We may disclose your email address to protect the safety of users of our site and our services.", "essential.service.security"),
                      ("We may disclose your email address to better understand how users interact with our services.", "analytics")])
    func aServiceNamedInsideAPurposeIsNoPurposeOfItsOwn(_ text: String, _ purpose: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.scope.purpose == [purpose])
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], purpose: "essential.service")) != .allow)
    }

    @Test func aProhibitionKeepsTheCoveringPurpose() throws {
        let document = try Fixtures.extract("We will never use your information to show you advertisements that are relevant to your interests.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.purpose?.contains("marketing.advertising") == true)
    }

    // MARK: words any policy uses

    @Test(arguments: [
        // A relative clause that only says what a service provider is does not limit the recipient further.
        ("We may provide your e-mail address to service providers who work on our behalf.", "disclose", "user.contact.email", "service_provider"),
        ("We share your e-mail address with vendors that perform services on our behalf.", "share", "user.contact.email", "service_provider"),
        // Information about the visitor's device, and how the visitor uses the site, are kinds of data.
        ("We collect information about your device.", "collect", "user.device", nil),
        ("We collect information about how you use our website.", "collect", "user.behavior", nil),
        // Web site addresses are pages visited, not a postal address.
        ("We collect referring web site addresses.", "collect", "user.behavior.browsing_history", nil),
    ] as [(String, String, String, String?)])
    func commonPhrasingsAreRead(_ text: String, _ action: String, _ data: String, _ recipient: String?) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.scope.action == [action])
        #expect(rule.scope.data == [data])
        #expect(rule.scope.recipient == recipient.map { [$0] })
    }

    /// "without verifiable parental consent": a parent's consent for the child is one kind of consent. The reader's own
    /// consent does not lift a ban that only a parent's lifts; a permission for consent holds with a parent's.
    @Test func parentalConsentIsAKindOfConsentNotAnyConsent() throws {
        let ban = try Fixtures.extract("We do not knowingly collect personal information from children under 13 without verifiable parental consent.")
        let deny = try ban.rule(.deny, "collect")
        #expect(deny.unless.map(\.when) == [["parental_consent"]])
        let collect = { (facts: [String]) in Operation(action: "collect", data: ["user.childrens"], context: facts) }
        #expect(try Fixtures.decide(ban, collect(["consent"])) == .deny)
        #expect(try Fixtures.decide(ban, collect(["parental_consent"])) != .deny)
        let permission = try Fixtures.extract("We may share your email address with advertisers with your consent.")
        let share = Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser", context: ["parental_consent"])
        #expect(try Fixtures.decide(permission, share) == .allow)
    }

    /// "to other organisations", "to any company": generic names of parties outside the company are third parties, so a
    /// prohibition to them keeps the purpose it states rather than being kept for every purpose and listed.
    @Test(arguments: [
        "We will never sell our customer data to other organisations for marketing purposes.",
        "No personal information is provided to any company for marketing purposes.",
        "We will not sell your personal data to any other person for marketing purposes.",
    ])
    func aProhibitionToPartiesNamedGenericallyKeepsItsPurpose(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .deny)
        #expect(rule.scope.recipient == ["third_party"])
        #expect(rule.scope.purpose == ["marketing"])
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
    }

    @Test func aRelativeClauseThatNarrowsTheRecipientStillGivesNoPermission() throws {
        let document = try Fixtures.extract("We share your e-mail address with service providers who zorble our customers.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }

    // MARK: words a permission names but does not carry

    @Test func anItemWhosePurposeIsNotUnderstoodGivesNoPermission() throws {
        // The item's verb is a practice word, its example names a purpose: neither is the purpose the rule would carry.
        // An item whose purpose the vocabulary does not know is read as a plain sentence reads it: limited to the
        // purpose in the policy's own words, never to any purpose.
        let document = try Fixtures.extract("""
            We use your personal information to:

            - Process and satisfy the request, such as a product support issue;
            - Maintain and zorble our service.
            """)
        #expect(document.rules(effect: .allow).allSatisfy { !$0.source.text.contains("satisfy") }, "\(document.rules.map(\.id))")
        #expect(document.unmapped.map(\.text) == ["Process and satisfy the request, such as a product support issue;"])
        for rule in document.rules(effect: .allow) { #expect(rule.scope.purpose?.isEmpty == false, "\(rule.id)") }
        let marketing = Operation(action: "use", data: ["user.contact.email"], purpose: "marketing")
        #expect(try Fixtures.decide(document, marketing) != .allow)
    }

    /// A word of the vocabulary limits a permission like any other word unless the rule carries what it names: "on our
    /// advertising pages" is where, not a purpose of the collection.
    @Test(arguments: [
        "We collect your e-mail address on our advertising pages.",
        "We collect your e-mail address on our contest pages.",
    ])
    func aVocabularyWordTheRuleDoesNotCarryIsNotRead(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.hasPrefix("words not read") == true)
    }

    @Test func aLeadInThatPointsToAListGrantsNothingAlone() throws {
        let document = try Fixtures.extract("""
            The following types of personal information may be collected, stored, and used:

            We are a small shop.
            """)
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }

    @Test func anIPAddressWrittenWithItsAbbreviationIsNoPostalAddress() throws {
        let document = try Fixtures.extract("We collect Internet Protocol (IP) addresses. We do not use such information to identify visitors.")
        let deny = try #require(document.rules(effect: .deny).first)
        #expect(deny.scope.data == ["user.device.ip_address"])
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.address"], purpose: "essential.service")) != .deny)
    }

    @Test func theChannelOfARequestIsNotTheDataForbidden() throws {
        // "in e-mail messages" says how data is asked for; the prohibition is of asking for personal information.
        let document = try Fixtures.extract("We do not request personal information in e-mail messages.")
        let deny = try #require(document.rules(effect: .deny).first)
        #expect(deny.scope.data == ["user"])
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.authorization.password"])) == .deny)
    }

    // MARK: a condition set off inside the verb group

    @Test func aConditionInsideTheVerbGroupQualifiesThePromise() throws {
        let deny = try Fixtures.extract("We will not, without your consent, supply your e-mail address to third parties.")
        let rule = try #require(deny.rules.first, "\(deny.unmapped.map(\.reason))")
        #expect(rule.effect == .deny)
        #expect(rule.unless.map(\.when) == [["consent"]])
        let supplied = Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser")
        #expect(try Fixtures.decide(deny, supplied) == .deny)
        var consented = supplied
        consented.context = ["consent"]
        #expect(try Fixtures.decide(deny, consented) != .deny)

        let allow = try Fixtures.extract("We may, if you consent, share your e-mail address with our partners.")
        let permission = try #require(allow.rules.first, "\(allow.unmapped.map(\.reason))")
        #expect(permission.when == ["consent"])
        #expect(try Fixtures.decide(allow, Operation(action: "share", data: ["user.contact.email"], recipient: "business_partner")) != .allow)
    }

    // MARK: an exclusive recipient

    @Test func sharingOnlyWithNamedRecipientsForbidsSharingWithAnyoneElse() throws {
        let document = try Fixtures.extract("We only share your e-mail address with our service providers.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .deny)
        let toProviders = Operation(action: "share", data: ["user.contact.email"], recipient: "service_provider")
        #expect(try Fixtures.decide(document, toProviders) == .allow)
        var toAdvertisers = toProviders
        toAdvertisers.recipient = "advertiser"
        #expect(try Fixtures.decide(document, toAdvertisers) == .deny)
    }

    @Test func exclusiveLimitsMarkedTogetherHoldTogether() throws {
        let document = try Fixtures.extract("We share your e-mail address only with our service providers and only for billing.")
        let billing = Operation(action: "share", data: ["user.contact.email"], recipient: "service_provider", purpose: "finance")
        #expect(try Fixtures.decide(document, billing) == .allow)
        var marketing = billing
        marketing.purpose = "marketing"
        #expect(try Fixtures.decide(document, marketing) == .deny)
        var toAdvertisers = billing
        toAdvertisers.recipient = "advertiser"
        #expect(try Fixtures.decide(document, toAdvertisers) == .deny)
    }

    // MARK: a party that gives or carries the data is no recipient

    @Test func aToolNamedAsTheMeansIsNotWhomAProhibitionIsAimedAt() throws {
        // The company's own selling is what is forbidden; the provider neither receives nor is forbidden anything.
        let combined = try Fixtures.extract("We do not sell the information collected through the use of our analytics provider.")
        let deny = try #require(combined.rules.first)
        #expect(deny.effect == .deny)
        #expect(deny.scope.recipient == nil)
        // The data is that collected through the provider ("collected through …", kept in the policy's words): the
        // prohibition binds an operation on it.
        let collected = try #require(deny.when.first)
        #expect(combined.facts[collected]?.says == "collected through the use of our analytics provider")
        #expect(try Fixtures.decide(combined, Operation(action: "sell", data: ["user.name"], recipient: "third_party", context: [collected])) == .deny)
    }

    @Test func dataNamedByItsSourceGivesNoPermissionNorAnExceptionOfAllData() throws {
        // Read as all personal data, the exclusive limit's exception would let any data be used for the purpose.
        for text in ["We use the information we get from our analytics provider only to improve this site.",
                     "We use information from our partners to improve our services."] {
            let document = try Fixtures.extract(text)
            #expect(document.rules.isEmpty, "\(text): \(document.rules.map(\.id))")
            #expect(document.unmapped.first?.reason == "the data is named by its source, which is not modelled")
        }
        // A prohibition is kept, for all the data (broader).
        let deny = try Fixtures.extract("We do not use information from our partners for marketing.")
        #expect(try deny.rule(.deny, "use").scope.data == ["user"])
    }

    @Test func aToolInQuotesUsedToCollectIsAnEngagedParty() throws {
        let document = try Fixtures.extract("We use “Google Analytics” to collect information about use of this site.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.hasPrefix("the company engages a third party") == true)
    }

    @Test func aPurposeNamedByReferenceIsNotUnderstood() throws {
        let document = try Fixtures.extract("Such information is used by us for the purpose for which you provided it.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason == "the purpose that limits this permission is not understood")
    }

    // MARK: purposes stated elsewhere

    @Test func aBarePracticeWhosePurposesAreAnnouncedElsewhereInItsSectionGrantsNothingAlone() throws {
        let document = try Fixtures.extract("""
            Our website uses cookies. A cookie is a small file.

            We use session cookies and persistent cookies.

            The cookies we use, and the purposes for which they are used, are set out below:
            """)
        #expect(document.rules(effect: .allow, action: "use").isEmpty, "\(document.rules.map(\.id))")
    }

    // MARK: a duty to delete

    @Test func aDutyToDeleteWhoseTimeIsNotReadIsNotADutyToDeleteAtOnce() throws {
        let document = try Fixtures.extract("""
            We will delete personal data falling within the categories set out below at the date set out below: personal data will be deleted after 24 months.
            """)
        // The one duty written keeps its period; the one whose time was not read is listed, not written.
        let duties = document.rules(effect: .require, action: "delete")
        #expect(duties.count == 1, "\(duties.map(\.id))")
        #expect(duties.first?.scope.retention != nil)
        #expect(document.unmapped.first?.reason.contains("duty to delete") == true)
        // Keeping the data for a year does not break it.
        let kept = Operation(action: "retain", data: ["user.name"], retention: ISODuration("P12M"))
        #expect(try Fixtures.decide(document, kept) != .deny)
    }

    @Test func aDutyToDeleteKeepsWordsThatStateNoTime() throws {
        // Where it is deleted from says nothing of when: the duty stands.
        let document = try Fixtures.extract("We will delete your payment details from our servers.")
        #expect(document.rules(effect: .require, action: "delete").count == 1, "\(document.unmapped.map(\.reason))")
    }

    // MARK: listed, never missed silently

    @Test(arguments: [
        ("You can set your browser to refuse cookies.", "a choice the reader makes in the browser"),
        ("This is to help us understand how visitors use our site.", "a purpose given for the practice of the sentence before"),
        ("Our privacy practices are subject to change.", "a change of the policy"),
        ("We encourage you to check this page periodically for changes.", "a change of the policy"),
    ])
    func aStatementNoRuleCanHoldIsListed(_ text: String, _ reason: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.hasPrefix(reason) == true, "\(document.unmapped.map(\.reason))")
    }

    // MARK: a choice offered to the reader

    @Test(arguments: [
        "You have the option of providing your phone number.",
        "We give you the opportunity to provide your phone number.",
        "You may be given the option to provide your phone number.",
    ])
    func whatTheReaderMayChooseToGiveIsCollected(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .allow)
        #expect(rule.scope.action == ["collect"])
        #expect(rule.scope.data == ["user.contact.phone_number"])
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.contact.phone_number"], recipient: "advertiser")) != .allow)
    }

    @Test(arguments: [
        "You have the option of providing your phone number to other members.",   // given to others
        "You do not have the option to provide your phone number.",              // no choice offered
    ])
    func aChoiceThatIsNotTheCompanysCollectionGivesNoPermission(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }
}
