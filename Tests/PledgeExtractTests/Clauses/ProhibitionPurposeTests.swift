import Testing
import Pledge
@testable import PledgeExtract

/// What a prohibition forbids "for" or "to" something: a purpose no key names is kept in the policy's own words, so
/// the prohibition binds where an operation claims it and nowhere else; "for any other purpose" forbids the purposes
/// other than those the sentence allows; a limit on another party ("used by them only to …") binds the company to
/// nothing. Sentences written for the test; made-up words stand for purposes no vocabulary holds.
@Suite struct ProhibitionPurposeTests {
    @Test func aProhibitionsPurposeInUnknownWordsBindsWhereItIsClaimed() throws {
        let document = try Fixtures.extract("We do not use cookies to zorble, track or profile our visitors.")
        let deny = try document.rule(.deny, "use", data: "user.device.cookie")
        let purpose = try #require(deny.scope.purpose?.first)
        #expect(deny.scope.purpose?.count == 1)
        #expect(document.purposes[purpose]?.says == "to zorble, track or profile our visitors")
        // The verbs listed in the purpose are the purpose, not prohibitions of their own.
        #expect(document.rules.count == 1, "\(document.rules.map(\.id))")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.device.cookie"], purpose: purpose)) == .deny)
        // Using cookies to keep a visitor signed in is no use the sentence forbids.
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.device.cookie"], purpose: "essential.service")) == .notCovered)
    }

    /// "interest-based advertising" is ads chosen by interest — the ones served as well as the profiling behind them.
    @Test func aBanOnInterestBasedAdvertisingReachesTargetedAds() throws {
        let document = try Fixtures.extract("We do not use cookies to serve interest-based advertising.")
        for purpose in ["marketing.advertising.first_party.targeted", "marketing.advertising.third_party.targeted", "marketing.advertising.profiling"] {
            #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.device.cookie"], purpose: purpose)) == .deny, "\(purpose)")
        }
    }

    /// "Cookies are not used to collect / to access your personal information": the purpose is itself a practice on the
    /// data, which no rule names with the means; a ban on a purpose in its own words would bind no real operation, so
    /// the sentence is listed, saying why.
    @Test(arguments: ["Web beacons are not used to collect your personal information.",
                      "Web beacons are not used to access your personal information.",
                      "We do not use cookies to retrieve your e-mail address."])
    func aPurposeThatIsAPracticeOnDataIsListed(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.scope))")
        let reason = try #require(document.unmapped.first?.reason)
        #expect(reason.hasPrefix("the purpose that limits this prohibition is itself a practice"), "\(reason)")
    }

    /// "stored to disk": where data is put, no purpose — the ban holds whatever the keeping is for.
    @Test func aMediumAfterToIsNoPurpose() throws {
        let document = try Fixtures.extract("None of this information is stored to disk.")
        let deny = try document.rule(.deny, "retain")
        #expect(deny.scope.purpose == nil, "\(deny.scope.purpose ?? [])")
        #expect(try Fixtures.decide(document, Operation(action: "retain", data: ["user.contact.email"], purpose: "analytics")) == .deny)
    }

    /// "commercial offers, or advertisements": offers sent to sell are marketing; a ban on them reaches every marketing
    /// e-mail, not advertisements alone.
    @Test func aBanOnCommercialOffersIsABanOnMarketing() throws {
        let document = try Fixtures.extract("We will not send you commercial offers or advertisements.")
        let mail = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: "marketing.communications.email")
        #expect(try Fixtures.decide(document, mail) == .deny, "\(document.rules.map(\.scope))")
    }

    @Test func anAsideEndingThePurposeIsNoPartOfIt() throws {
        let document = try Fixtures.extract("We do not use IP addresses to zorble our visitors, however, and we do not sell them.")
        let deny = try document.rule(.deny, "use")
        let purpose = try #require(deny.scope.purpose?.first)
        #expect(document.purposes[purpose]?.says == "to zorble our visitors")
        #expect(try document.rule(.deny, "sell").scope.purpose == nil)
        // An adverb set off by a comma after the last coordinator opens the next clause.
        let permission = try Fixtures.extract("We may contact you to discuss your membership and, naturally, we will contact you to answer your questions.")
        #expect(permission.purposes.values.map(\.says) == ["to discuss your membership"], "\(permission.purposes)")
    }

    @Test(arguments: [
        "We do not knowingly collect data from children or allow them to zorble on the forum.",
        "We will not collect your name or ask visitors to zorble with us.",
    ])
    func anInfinitiveCompletingAnotherVerbDoesNotNarrowTheProhibition(_ text: String) throws {
        let deny = try #require(try Fixtures.extract(text).rules(effect: .deny, action: "collect").first)
        #expect(deny.scope.purpose == nil, "\(deny.scope.purpose ?? [])")
    }

    @Test func anyOtherPurposeIsEveryPurposeButThoseTheSentenceAllows() throws {
        let document = try Fixtures.extract("We use your e-mail address to send you the newsletter and will not use it for any other purpose.")
        let deny = try document.rule(.deny, "use", data: "user.contact.email")
        #expect(deny.unless.count == 1)
        let email = ["user.contact.email"]
        #expect(try Fixtures.decide(document, Operation(action: "use", data: email, purpose: "marketing.communications")) == .allow)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: email, purpose: "marketing.advertising")) == .deny)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: email, purpose: "analytics")) == .deny)
    }

    /// Stated elsewhere, the purposes it leaves out are not known here: a prohibition of every purpose would forbid
    /// what the text allows, so the sentence is listed.
    @Test(arguments: [
        "Your zip code is not used for any other purpose.",
        "The e-mail addresses you enter for your friends are not stored and are not used for any other purpose.",
        "We will not use your data for secondary purposes.",
    ])
    func otherPurposesNamedNowhereInTheSentenceAreListed(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .deny, action: "use").isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.contains { $0.reason.contains("purposes other than those stated") })
    }

    @Test(arguments: [
        "Personal information given to our processors is used by them only to deliver the service.",
        "Your e-mail address is not sold by these companies.",
        "Your e-mail address may be used by our partners to send you offers.",
    ])
    func whatAnotherPartyDoesOrMayNotDoBindsTheCompanyToNothing(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.contains("another party's") == true, "\(document.unmapped.map(\.reason))")
    }

    @Test func theCompanyNamedAfterByIsStillTheCompany() throws {
        let document = try Fixtures.extract("Your e-mail address is used by us to send you newsletters.")
        let allow = try document.rule(.allow, "use", data: "user.contact.email")
        #expect(allow.scope.purpose == ["marketing.communications"])
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "marketing.communications")) == .allow)
    }

    /// "for their own purposes": a prohibition of the providers' own purposes, kept in its words — not a ban of every
    /// disclosure to them, which would forbid what the company engages them for.
    @Test func aProhibitionOfAPartysOwnPurposesKeepsThem() throws {
        let document = try Fixtures.extract("We do not allow our service providers to use your personal information for their own purposes.")
        let deny = try document.rule(.deny, "disclose")
        let own = try #require(deny.scope.purpose?.first)
        #expect(document.purposes[own]?.says == "for their own purposes")
        let engaged = Operation(action: "disclose", data: ["user.contact.email"], recipient: "service_provider", purpose: "essential.service")
        #expect(try Fixtures.decide(document, engaged) != .deny)
        var theirs = engaged
        theirs.purpose = own
        #expect(try Fixtures.decide(document, theirs) == .deny)
    }

    /// "for marketing or commercial purposes": a purpose of the ban the vocabulary cannot name beside one it can. Held to
    /// marketing alone, the ban would let a commercial use through; it is kept for every purpose.
    @Test func aProhibitionsPurposeListWithAnUnknownMemberIsKeptForEveryPurpose() throws {
        let document = try Fixtures.extract("Your information is not disclosed to third parties for marketing or zorbling purposes.")
        let disclosure = { (purpose: String?) in Operation(action: "disclose", data: ["user.name"], recipient: "third_party", purpose: purpose) }
        #expect(try Fixtures.decide(document, disclosure("marketing")) == .deny, "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, disclosure("analytics")) == .deny, "\(document.rules.map(\.scope))")
        // Both members named: the ban is of those purposes only.
        let named = try Fixtures.extract("Your information is not disclosed to third parties for marketing or advertising purposes.")
        #expect(try Fixtures.decide(named, disclosure("marketing")) == .deny)
        #expect(try Fixtures.decide(named, disclosure("essential.service")) != .deny, "\(named.rules.map(\.scope))")
    }

    /// "We do not use your information for targeted advertising" says nothing of whose ads: it bans targeted ads of the
    /// company and of others alike ("behavioral advertising", filed under others' ads, bans the company's too).
    @Test(arguments: [
        "We do not use your information for targeted advertising.",
        "We do not use cookies for any online behavioral advertising purpose.",
    ])
    func aBanOnTargetedAdvertisingBindsEveryOwnersAds(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let data = text.contains("cookies") ? "user.device.cookie" : "user.contact.email"
        for purpose in ["marketing.advertising.first_party.targeted", "marketing.advertising.third_party.targeted"] {
            #expect(try Fixtures.decide(document, Operation(action: "use", data: [data], purpose: purpose)) == .deny, "\(purpose)")
        }
    }

    /// A permission keeps the one kind its words name: "we use it for targeted advertising" does not also allow others'.
    @Test func aPermissionForTargetedAdvertisingStaysWithOneOwner() throws {
        let document = try Fixtures.extract("We use your information for targeted advertising.")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "marketing.advertising.third_party.targeted")) != .allow)
    }

    /// "for any marketing or promotional purpose or for member directories": a member opened by its own "for" in which
    /// no purpose is read keeps the ban for every purpose; "for commercial purposes" is marketing and sales.
    @Test func aBansMemberPurposeOpenedByItsOwnForIsNotDropped() throws {
        let document = try Fixtures.extract("We will not use information from children for any marketing or promotional purpose or for member directories.")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.childrens"], purpose: "essential.service")) == .deny,
                "\(document.rules.map(\.scope))")
        let both = try Fixtures.extract("We do not share your data for marketing or for advertising.")
        #expect(try Fixtures.decide(both, Operation(action: "share", data: ["user.name"], recipient: "third_party", purpose: "essential.service")) != .deny)
        let commercial = try Fixtures.extract("Your email address is not shared with other organizations for commercial purposes.")
        #expect(try Fixtures.decide(commercial, Operation(action: "share", data: ["user.contact.email"], recipient: "third_party", purpose: "sales")) == .deny)
    }
    /// "is not disclosed to marketing advertisers": a purpose word before a party's name is a word of the name, not the
    /// purpose of the ban; read as one, giving the password to an advertiser for analytics would not be banned.
    @Test func aPurposeWordNamingThePartyDoesNotNarrowTheBan() throws {
        let document = try Fixtures.extract("Certain information, such as your password, is not disclosed to marketing advertisers at all.")
        let analytics = Operation(action: "disclose", data: ["user.authorization.password"], recipient: "advertiser", purpose: "analytics")
        #expect(try Fixtures.decide(document, analytics) == .deny, "\(document.rules.map(\.scope))")
    }
}
