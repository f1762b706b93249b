import Testing
import Pledge
@testable import PledgeExtract

/// Purposes that are more than the purpose word they hold, purposes listed as a row of infinitives, purposes given by
/// the next sentence or named before, and prohibitions of what lies outside the policy's own practices. Each reading
/// is never wider than the text. Sentences written for the test.
@Suite struct PurposeReferenceTests {
    /// "for marketing or other purposes": the ban holds for every purpose, not marketing alone.
    @Test func aPurposeJoinedToEveryOtherNamesNone() throws {
        let document = try Fixtures.extract("We do not share information transferred through cookies with third parties for marketing or other purposes.")
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.device.cookie"], recipient: "third_party", purpose: "analytics")) == .deny,
                "\(document.rules.map(\.scope))")
    }

    /// "…, but cannot be used to contact you individually": a purpose after "but" and a negation is what the ban forbids,
    /// never what the permission before it is for.
    @Test func aPurposeABanForbidsIsNoPurposeOfThePermissionBeforeIt() throws {
        let document = try Fixtures.extract("Aggregated information may occasionally be shared with our advertisers, but cannot be used to contact you individually.")
        #expect(!document.rules.contains { $0.effect == .allow && $0.scope.purpose?.contains { $0.contains("contact") } == true }, "\(document.rules.map(\.scope))")
    }

    /// "To improve our site, we collect … and share …": the purpose that leads the sentence limits every verb of its main
    /// clause, in the taxonomy's words or in the policy's own; after ";" a promise of its own is not limited by it.
    @Test(arguments: [
        ("To improve our site, we collect your IP address and share your email address with partners.", true),
        ("In order to zorble our site, we collect your IP address and share your email address with partners.", true),
        ("To improve our site, we collect your IP address; we share your email address with partners.", false),
    ])
    func aLeadingPurposeLimitsEveryVerbOfItsClause(_ text: String, _ shared: Bool) throws {
        let document = try Fixtures.extract(text)
        let sharing = Operation(action: "share", data: ["user.contact.email"], recipient: "business_partner", purpose: "marketing")
        #expect(try Fixtures.decide(document, sharing) == (shared ? .notCovered : .allow), "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.device.ip_address"], purpose: "marketing")) == .notCovered)
    }

    /// "to keep track of advertisements": the verbs around the purpose word are words of the purpose; the permission is
    /// for that purpose in the policy's words, a kind of advertising, not for every kind of advertising.
    @Test func aPracticeVerbInsideAPurposeKeepsThePurposeInItsWords() throws {
        let document = try Fixtures.extract("We use cookies to keep track of advertisements.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.scope.purpose != ["marketing.advertising"], "\(rule.scope.purpose ?? [])")
        let use = { (purpose: String) in Operation(action: "use", data: ["user.device.cookie"], purpose: purpose) }
        #expect(try Fixtures.decide(document, use("marketing.advertising.third_party.targeted")) != .allow)
        let stated = try #require(rule.scope.purpose?.first)
        #expect(try Fixtures.decide(document, use(stated)) == .allow)
    }

    /// A verb that closes a row of infinitives set off by commas is one of the purposes, not a practice of its own: no
    /// permission to gather demographic data for any purpose.
    @Test func aVerbClosingARowOfInfinitivesIsAPurpose() throws {
        let document = try Fixtures.extract(
            "We use your IP address to analyze trends, administer the site, track visits, and gather demographic information.")
        #expect(document.rules(effect: .allow, action: "collect").isEmpty, "\(document.rules.map(\.id))")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.demographic"], purpose: "marketing.advertising")) != .allow)
    }

    /// Two members with a comma before "and" are two clauses: the second verb, with its own object and recipient, is a
    /// practice of its own.
    @Test func aVerbAfterACommaAndIsAPracticeOfItsOwn() throws {
        let document = try Fixtures.extract(
            "We collect aggregate information in order to improve our website, and share the aggregate data with advertisers.")
        let share = try document.rule(.allow, "share")
        #expect(share.scope.recipient == ["advertiser"])
    }

    /// "This is to …", "This is so we can …": the next sentence gives the purpose of the practice before it; alone, that
    /// practice would be permitted for every purpose, so it is not written, and both are listed.
    @Test(arguments: ["This is to recognize follow-up comments automatically.",
                      "This is so we can recognize follow-up comments automatically."])
    func aPurposeGivenByTheNextSentenceLimitsThePermissionBefore(_ next: String) throws {
        let document = try Fixtures.extract("We keep your comments indefinitely. \(next)")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.count == 2, "\(document.unmapped.map(\.reason))")
    }

    /// "… will not be used for this purpose unless you register": the purpose is one named before. Kept for every purpose,
    /// the ban would reach every use and its exception would lift every use; it is listed instead.
    @Test func aProhibitionOfAPurposeNamedBeforeIsListed() throws {
        let document = try Fixtures.extract("Your email address will not be used for this purpose unless you register.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.contains("named before") == true, "\(document.unmapped.map(\.reason))")
    }

    /// "in ways unrelated to the ones described above": what lies outside the policy's practices is forbidden, so the
    /// policy's permissions are the exceptions — "unrelated" names no unaffiliated party, and no affiliate is excepted.
    @Test func aBanOfWaysUnrelatedToThePolicyExceptsThePolicysPermissions() throws {
        let document = try Fixtures.extract("""
            We may use your email address to answer your questions.

            We will never use your personal information in ways unrelated to the ones described above.
            """)
        let deny = try document.rule(.deny, "use")
        #expect(!deny.unless.contains { $0.scope.recipient == ["affiliate"] }, "\(deny.unless)")
        #expect(deny.unless.contains { $0.scope.purpose == ["essential.service.operations.support"] }, "\(deny.unless)")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "marketing")) == .deny)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "essential.service.operations.support")) == .allow)
    }

    /// "solely to calculate fees owed, not for marketing": the purpose the sentence rules out is neither the exception of
    /// the ban nor a purpose a permission may be written for.
    @Test func aPurposeTheSentenceRulesOutIsNoneOfItsPurposes() throws {
        let exclusive = try Fixtures.extract(
            "Your usage data is provided to our partners solely for purposes of calculating amounts owed, not for the purposes of marketing.")
        let deny = try exclusive.rule(.deny, "disclose")
        #expect(!deny.unless.flatMap { $0.scope.purpose ?? [] }.contains { $0.hasPrefix("marketing") }, "\(deny.unless)")
        let marketing = Operation(action: "disclose", data: ["user.behavior"], recipient: "business_partner", purpose: "marketing")
        #expect(try Fixtures.decide(exclusive, marketing) == .deny)
        let permission = try Fixtures.extract("We may share your email address with partners, but not for marketing.")
        #expect(permission.rules(effect: .allow).isEmpty, "\(permission.rules.map(\.id))")
    }

    /// "to reputable third-party vendors": "to" before a party and its modifiers names whom, not a purpose; the modifier
    /// is a word the permission does not read, so no permission to disclose to anyone is written.
    @Test func toAPartyWithAModifierIsNoPurpose() throws {
        let document = try Fixtures.extract("We may provide aggregate statistics about our customers to reputable third-party vendors.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.contains("reputable") == true, "\(document.unmapped.map(\.reason))")
        #expect(!document.unmapped.contains { $0.reason.contains("purpose") })
    }

    /// "to and from any country": "to" joined to another preposition names where, no purpose; kept as a purpose in the
    /// policy's own words it would make a rule of a place.
    @Test func toJoinedToAnotherPrepositionIsNoPurpose() throws {
        let document = try Fixtures.extract("We may transfer your information to and from any state or country.")
        #expect(document.rules.allSatisfy { $0.scope.purpose == nil }, "\(document.rules.map(\.scope))")
        #expect(document.purposes.isEmpty, "\(document.purposes)")
    }

    /// "to one or more advertising networks": "to" before a number names whom, no purpose.
    @Test func toANumberIsNoPurpose() throws {
        let document = try Fixtures.extract("We may share information about your visits to one or more third party advertising networks.")
        #expect(document.purposes.isEmpty && document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.scope))")
    }

    /// "to deliver personalized experiences": what is delivered is the purpose; the delivering names no purpose of its
    /// own (read as running the service, it would allow every use the service needs).
    @Test func aPurposeDeliveredIsThePurposeNotTheService() throws {
        let document = try Fixtures.extract("We use cookies to deliver personalized experiences.")
        let rule = try document.rule(.allow, "use")
        #expect(rule.scope.purpose == ["personalize"], "\(rule.scope)")
        let payments = Operation(action: "use", data: ["user.device.cookie"], purpose: "essential.service.payment_processing")
        #expect(try Fixtures.decide(document, payments) != .allow)
    }

    /// "to understand and analyze how you use our services", "to serve ads and collect information": a verb joined to
    /// an infinitive with no comma is that infinitive's too — a word of the purpose, or the act of the party used —
    /// never a practice of the company with no purpose.
    @Test(arguments: [
        ("We will use your information to understand and analyze how you use our services.", "use", "user.behavior"),
        ("We use third-party advertising companies to serve ads and collect information when you visit our site.", "collect", "user"),
    ])
    func aVerbJoinedToAnInfinitiveIsNoPracticeWithoutPurpose(_ text: String, _ action: String, _ data: String) throws {
        let document = try Fixtures.extract(text)
        let advertising = Operation(action: action, data: [data], purpose: "marketing.advertising")
        #expect(try Fixtures.decide(document, advertising) != .allow, "\(document.rules.map(\.scope))")
        #expect(!document.unmapped.isEmpty)
    }

    /// "We collect the domain name and monitor site traffic to improve our site": the purpose after the practice joined
    /// to the collection may be the collection's too; the collection alone, for any purpose, would be wider.
    @Test func aPurposeAfterAJoinedPracticeKeepsTheFirstFromBeingUnlimited() throws {
        let document = try Fixtures.extract(
            "We collect the domain name and monitor general site use and traffic patterns to improve our web site and to zorble.")
        let collect = Operation(action: "collect", data: ["user.device.ip_address"], purpose: "marketing.advertising")
        #expect(try Fixtures.decide(document, collect) != .allow, "\(document.rules.map(\.scope))")
        #expect(document.unmapped.contains { $0.reason.contains("joined to this one") }, "\(document.unmapped.map(\.reason))")
        // With its own subject, the second practice's purpose is its own.
        let own = try Fixtures.extract("We collect your e-mail address, and we use it to send you our newsletter.")
        #expect(!own.rules(effect: .allow, action: "collect").isEmpty, "\(own.unmapped.map(\.reason))")
    }
    /// "We analyze usage of the site": the verb and its object name a purpose; the permission is the analysis, not a use
    /// of the data for any purpose — also for a verb joined to one the purpose begins with. A prohibition ("we do not
    /// track usage") keeps every purpose.
    @Test(arguments: ["We analyze usage of our website.", "We use cookies to monitor and analyze usage.",
                      // A verb of analysis names analytics whatever it analyzes.
                      "We record and analyze your activity on our website.",
                      "We may use a web analytics service to record and analyze your activity on our website."])
    func aVerbThatNamesAPurposeIsThePractice(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let analysis = Operation(action: "use", data: ["user.behavior"], purpose: "analytics")
        let advertising = Operation(action: "use", data: ["user.behavior"], purpose: "marketing.advertising")
        #expect(try Fixtures.decide(document, analysis) == .allow, "\(document.rules.map(\.scope)) \(document.unmapped.map(\.reason))")
        #expect(try Fixtures.decide(document, advertising) != .allow, "\(document.rules.map(\.scope))")
        let ban = try Fixtures.extract("We do not track usage of our website.")
        let tracking = Operation(action: "collect", data: ["user.behavior"], purpose: "marketing.advertising")
        #expect(try Fixtures.decide(ban, tracking) == .deny, "\(ban.rules.map(\.scope))")
    }
    /// "to administer a contest, promotion, survey or other site feature": the bare nouns listed after the infinitive's
    /// object are more things administered, not purposes of their own (a promotion is no permission to send marketing).
    /// Nouns listed after "for" are each a purpose, also after a gerund and its object.
    @Test func aBareNounAfterAnInfinitivesObjectIsAnotherObject() throws {
        let document = try Fixtures.extract("We use your information to administer a contest, promotion, survey or other site feature.")
        let running = Operation(action: "use", data: ["user.contact.email"], purpose: "essential.service")
        let marketing = Operation(action: "use", data: ["user.contact.email"], purpose: "marketing.communications")
        #expect(try Fixtures.decide(document, running) == .allow, "\(document.rules.map(\.scope)) \(document.unmapped.map(\.reason))")
        #expect(try Fixtures.decide(document, marketing) != .allow, "\(document.rules.map(\.scope))")
        let listed = try Fixtures.extract("We use your information for marketing our products, analytics and research.")
        #expect(Set(try listed.rule(.allow, "use").scope.purpose ?? []) == ["marketing", "analytics"])
    }
    /// "to make improvements to the Site and to tailor our services to our visitors' needs": the second purpose is kept in
    /// its words; "our services" inside it is no purpose of its own, even beside a kind of it listed apart.
    @Test func aServiceNamedInsideARestatedPurposeAddsNoPurpose() throws {
        let document = try Fixtures.extract("We may use the information from cookies to make improvements to the Site and to tailor our services to our visitors' needs.")
        let improving = Operation(action: "use", data: ["user.device.cookie"], purpose: "essential.service.operations.improve")
        let security = Operation(action: "use", data: ["user.device.cookie"], purpose: "essential.service.security")
        #expect(try Fixtures.decide(document, improving) == .allow, "\(document.rules.map(\.scope)) \(document.unmapped.map(\.reason))")
        #expect(try Fixtures.decide(document, security) != .allow, "\(document.rules.map(\.scope))")
    }
}
