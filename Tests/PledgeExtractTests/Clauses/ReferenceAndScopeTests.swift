import Testing
import Pledge
@testable import PledgeExtract

/// What a prohibition points back to, what a joined practice shares, what a later "only" takes back, and names that
/// look like acts. Sentences written for the test.
@Suite struct ReferenceAndScopeTests {
    /// Marketing e-mail to the reader, the act the paragraphs below permit or take back.
    static let mailing = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: "marketing.communications.email")

    /// The text does not allow the mailing, and the sentence that would have is listed with `reason`.
    static func expectMailingListed(_ text: String, because reason: String,
                                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let document = try Fixtures.extract(text)
        #expect(try Fixtures.decide(document, mailing) != .allow, "\(document.rules.map(\.scope))", sourceLocation: sourceLocation)
        #expect(document.unmapped.contains { $0.reason.hasPrefix(reason) }, "\(document.unmapped.map(\.reason))", sourceLocation: sourceLocation)
    }

    /// "this information" after "information you send us by e-mail": the prohibition forbids selling what was sent, not
    /// only the e-mail address the means names.
    @Test func aProhibitionThatPointsBackTakesTheBroadReading() throws {
        let document = try Fixtures.extract("We collect information that you send us by e-mail. We will never sell this information to anyone.")
        for data in ["user.name", "user.financial", "user.contact.email"] {
            #expect(try Fixtures.decide(document, Operation(action: "sell", data: [data], recipient: "third_party")) == .deny,
                    "\(data): \(document.rules.map(\.scope))")
        }
    }

    /// A permission that points back takes the narrow reading: what the sentence before named, and no more.
    /// "When you register, first name and email are mandatory. We use this information to …": data a sentence names
    /// without a practice read is what a permission after it points back to — not what an earlier sentence named (a
    /// child's, by an age); a ban that points back to it reads all personal data.
    @Test func dataNamedWithoutAPracticeIsWhatTheNextSentencePointsBackTo() throws {
        let document = try Fixtures.extract("""
            When someone under the age of 13 zorbles, we ask a parent to zorble. When any user registers, first name and \
            email address are mandatory. We use this information to zorble accounts. We will not sell such information.
            """)
        #expect(try document.rule(.allow, "use").scope.data == ["user.name.first", "user.contact.email"])
        let sale = Operation(action: "sell", data: ["user.contact.phone_number"], recipient: "third_party")
        #expect(try Fixtures.decide(document, sale) == .deny)
    }

    @Test func aPermissionThatPointsBackTakesTheNarrowReading() throws {
        let document = try Fixtures.extract("We collect your name and your e-mail address. We may share this information with our partners.")
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.name"], recipient: "business_partner")) == .allow,
                "\(document.unmapped.map(\.reason))")
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.financial"], recipient: "business_partner")) != .allow)
    }

    /// "the information submitted on a form": for a prohibition, a participle says what the information is in its own
    /// words; the sentence before (here about e-mail) names less than it.
    @Test func aProhibitionOfDescribedInformationIsNotNarrowedByTheSentenceBefore() throws {
        let document = try Fixtures.extract("We may send you e-mail updates. We do not share the information submitted on our forms with third parties.")
        // What was submitted is named as the occasion of the ban (a fact in the policy's words); a name submitted there
        // may not be shared.
        let ban = try document.rule(.deny, "share")
        let sharing = Operation(action: "share", data: ["user.name"], recipient: "third_party", context: ban.when)
        #expect(try Fixtures.decide(document, sharing) == .deny, "\(document.rules.map(\.scope))")
    }

    /// A sentence that names no practice gives a prohibition after it nothing narrower than all personal data.
    @Test func aProhibitionAfterASentenceWithoutPracticeForbidsAllPersonalData() throws {
        let document = try Fixtures.extract("Your browser settings are yours to choose. We will not sell this information to anyone.")
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.name"], recipient: "third_party")) == .deny,
                "\(document.rules.map(\.scope))")
    }

    @Test(arguments: [
        "We use your data for marketing purposes (with your consent) and may send you e-mails about new products.",
        "We use your data for marketing purposes (if you agree) and may send you e-mails about new products.",
    ])
    func aConditionOfAJoinedPracticeKeepsThePermissionFromBeingWrittenWithoutIt(_ sentence: String) throws {
        try Self.expectMailingListed(sentence, because: "the condition of the practice joined to this one")
    }

    /// The same sentence with no condition on the first practice leaves the joined permission as written.
    @Test func aJoinedPracticeWithoutConditionIsRead() throws {
        let document = try Fixtures.extract("We collect your e-mail address and may send you e-mails about new products.")
        #expect(try Fixtures.decide(document, Self.mailing) == .allow, "\(document.unmapped.map(\.reason))")
    }

    @Test(arguments: [
        "We may send you promotional e-mails about new products. If you are a member, we will only contact you by e-mail about zorbles.",
        "We may send you promotional e-mails about new products. Our offers are varied. We will contact you by e-mail only about zorbles.",
    ])
    func aLaterOnlyOfTheSameActTakesThePermissionBack(_ paragraph: String) throws {
        try Self.expectMailingListed(paragraph, because: "a sentence after it limits the same practice")
    }

    /// An "only" of another act, or a ban, after the permission limits it in nothing.
    @Test(arguments: [
        "We may send you promotional e-mails about new products. We only collect your e-mail address for that.",
        "We may send you promotional e-mails about new products. We will not only rent lists.",
    ])
    func anOnlyOfAnotherActLeavesThePermission(_ paragraph: String) throws {
        let document = try Fixtures.extract(paragraph)
        #expect(try Fixtures.decide(document, Self.mailing) == .allow, "\(document.unmapped.map(\.reason))")
    }

    /// "We collect your name when you register and may send you e-mails": the occasion ends where the next practice
    /// opens; it may be that practice's too, so the joined permission is listed rather than written without it.
    @Test func aConditionEndsWhereAJoinedPracticeOpens() throws {
        let document = try Fixtures.extract("We collect your name when you register and may send you e-mails about new products.")
        let collection = try document.rule(.allow, "collect")
        #expect(collection.when == ["registration"], "\(document.facts)")
        #expect(document.unmapped.contains { $0.reason.hasPrefix("the condition of the practice joined to this one (when you register") },
                "\(document.unmapped.map(\.reason))")
    }

    /// "We do not store personal information in your cookies" forbids cookies that hold it, not keeping it elsewhere;
    /// a kind of data, or a second place, keeps the ban on the data.
    @Test func aBanOfKeepingPersonalDataInCookiesIsABanOnSuchCookies() throws {
        let document = try Fixtures.extract("We do not store personally identifiable information in your cookies. We keep your order history for two years.")
        #expect(try Fixtures.decide(document, Operation(action: "retain", data: ["user.device.cookie"], identifiability: "identified")) == .deny,
                "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, Operation(action: "retain", data: ["user.behavior.purchase_history"])) != .deny,
                "\(document.rules.map(\.scope))")
        let named = try Fixtures.extract("We do not store your password in cookies or on our servers.")
        #expect(try Fixtures.decide(named, Operation(action: "retain", data: ["user.authorization.password"])) == .deny,
                "\(named.rules.map(\.scope))")
    }

    @Test(arguments: [
        "We do not currently respond to Do Not Track signals.",
        "See our page about Do Not Track for more information.",
    ])
    func theNameOfABrowserSignalStatesNoPractice(_ sentence: String) throws {
        let document = try Fixtures.extract(sentence)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.scope))")
    }

    @Test func aPromiseNotToTrackIsStillOne() throws {
        let document = try Fixtures.extract("We do not track your browsing across other websites.")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.behavior"])) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "to enforce our Terms and Conditions of Sale": the title of a document names neither a sale nor a purchase, so
    /// no purchase lifts the ban.
    @Test func theTitleOfADocumentNamesNoOccasion() throws {
        let document = try Fixtures.extract("We will not disclose your personal information to third parties unless we need to do so to enforce our Terms and Conditions of Purchase.")
        let disclosure = Operation(action: "disclose", data: ["user.name"], recipient: "third_party", context: ["purchase"])
        #expect(try Fixtures.decide(document, disclosure) != .allow, "\(document.rules.map(\.unless))")
    }

    /// "the data", "this data" ending their phrase point back to data named before, as "this information" does;
    /// "the data protection officer" names no data.
    @Test func dataAfterAPointingWordPointsBack() throws {
        let document = try Fixtures.extract("We collect your e-mail address. This data is deleted after 30 days.")
        let duty = try document.rule(.require, "delete")
        #expect(duty.scope.data == ["user.contact.email"])
        // The limit ends where the clause of the data pointed to begins; that deletion comes after the use, at a time
        // not given, and is listed rather than read as a duty to delete at once.
        let joined = try Fixtures.extract("We only use your information for statistical analysis purposes and then the data is removed from our systems.")
        #expect(joined.rules(effect: .require).isEmpty, "\(joined.rules.map(\.id))")
        #expect(joined.unmapped.contains { $0.reason.hasPrefix("the deletion follows another practice") }, "\(joined.unmapped.map(\.reason))")
        #expect(try Fixtures.decide(joined, Operation(action: "use", data: ["user"], purpose: "marketing")) == .deny)
        #expect(try Fixtures.decide(joined, Operation(action: "use", data: ["user"], purpose: "analytics.reporting")) != .deny)
        let officer = try Fixtures.extract("You may write to the data protection officer.")
        #expect(officer.rules.isEmpty, "\(officer.rules.map(\.id))")
    }

    /// "You do not have to register before we can collect this anonymous information": a sentence whose only data points
    /// back names nothing new; "this information" after it is still the data named before it.
    @Test func aSentenceThatOnlyPointsBackKeepsWhatItPointsTo() throws {
        let document = try Fixtures.extract("""
            We collect your IP address. You do not have to register before we can collect this anonymous information. \
            We use this information to improve the site.
            """)
        let used = Operation(action: "use", data: ["user.device.ip_address"], purpose: "essential.service.operations.improve")
        #expect(try Fixtures.decide(document, used) == .allow, "\(document.rules.map(\.id)) \(document.unmapped.map(\.reason))")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "essential.service.operations.improve")) != .allow)
    }

    /// "If you give us your email address, we may use this information to …": "this information" is what the sentence's
    /// own condition names, not the data of the sentence before.
    @Test func thisInformationAfterAConditionNamingDataIsThatData() throws {
        let document = try Fixtures.extract("""
            # Acme privacy

            We collect your location when you use our app.

            If you give us your email address, we may use this information to send you our newsletter.

            When you provide us with personal information about your family members, we will only use this information for the reason for which it is provided.
            """)
        let newsletter = Operation(action: "use", data: ["user.contact.email"], purpose: "marketing.communications", context: ["if_you_give_us_your_email_address"])
        #expect(try Fixtures.decide(document, newsletter) == .allow, "\(document.rules.map(\.scope))")
        var location = newsletter
        location.data = ["user.location"]
        #expect(try Fixtures.decide(document, location) != .allow, "\(document.rules.map(\.scope))")
        let family = try #require(document.rules(effect: .deny, action: "use").first)
        #expect(family.scope.data == ["user"], "\(family.scope)")
    }
    /// "## Support Interactions … we collect: * your e-mail address * your phone number. This information is collected
    /// solely to …": after a list, "this information" is what the items name, not what the heading does; the ban that
    /// points back covers the items.
    @Test func whatPointsBackAfterAListMeansItsItems() throws {
        let document = try Fixtures.extract("""
            # Privacy Policy

            ## Support Interactions

            When handling support requests from you, we collect:

            * your e-mail address
            * your phone number

            This information is collected solely to help resolve your support inquiry.
            """)
        let deny = try document.rule(.deny, "collect")
        let covered = Set(deny.scope.data ?? [])
        #expect(covered.contains("user") || covered.isSuperset(of: ["user.contact.email", "user.contact.phone_number"]), "\(covered)")
        let marketing = Operation(action: "collect", data: ["user.contact.email"], purpose: "marketing")
        #expect(try Fixtures.decide(document, marketing) == .deny, "\(document.rules.map(\.scope))")
    }
}
