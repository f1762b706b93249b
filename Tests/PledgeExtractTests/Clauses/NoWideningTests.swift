import Testing
import Pledge
@testable import PledgeExtract

/// Never silently widen a permission: what limits an allow (a condition, a purpose, a
/// recipient) and is not understood — nor kept in the policy's own words (``StatedTermTests``:
/// a time, a reference to the policy, a bare "for") — sends the sentence to `unmapped`; a prohibition or a
/// duty is kept without it, which is stricter, and listed too. Sentences written for the test.
@Suite struct NoWideningTests {
    @Test(arguments: [
        ("After you finish a course, we may publish your photo.", "the condition (after …) is not understood"),
        ("We may keep your messages for as long as we find useful.", "the condition (as long as …) is not understood"),
        ("We may share your email address with partners for product development.", "the purpose that limits this permission is not understood"),
        ("We may disclose your location to our licensees.", "the recipient (to our licensees) is not understood"),
        ("We may share your e-mail address with them.", "the recipient (with them) is not understood"),
        ("We share your phone number with franchisees.", "the recipient (with franchisees) is not understood"),
        ("Your account data may be transferred abroad to countries with weaker laws.", "the recipient (to countries) is not understood"),
        ("We may use your data as described in this policy.", "the condition (as described …) is not understood"),
        ("We may use your email address to send you order confirmations.", "the purpose that limits this permission is not understood"),
        ("We may share your name with third parties that share our values.", "the recipient (third parties that …) is not understood"),
    ])
    func aPermissionWithAnUnknownLimitIsUnmapped(_ text: String, _ reason: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.map(\.reason) == [reason])
    }

    @Test(arguments: [
        "We use tracking information to improve our services.",              // a word that says which data
        "We may share your data with these companies for marketing.",        // parties named before, not resolved
        "We may share your data with such partners for marketing.",
        // "a third party website" names a website, not the party "such third party" points back to.
        "If you visit a third party website that we operate, your name may be shared with such third party.",
        "If you have questions about our zorblax, please feel free to contact us.", // the reader is asked to act
        "We process such information.",                                       // data named elsewhere ("such" in the phrase)
        // The reader's giving says which data; read as all personal data (collected automatically too) it is wider.
        "The information that you submit is stored on our servers.",
        "Information you give us is used to process your orders.",
        "We may store the information that you voluntarily supply to us.",
        "We use information provided to us by our users to improve the site.",
        "We may share information provided by you with our service providers.",
    ])
    func aPermissionOverDataOrPartiesTheSentenceNarrowsIsListed(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.count == 1)
    }

    /// "We keep your contact details so we can contact you about our programs": the clause after "so" (or "so that", "in
    /// order that") is what the keeping is for; kept for every purpose, the data could be held for anything.
    @Test(arguments: ["so", "so that", "in order that"])
    func aPracticeWhosePurposeIsASoThatClauseIsListed(_ opener: String) throws {
        let document = try Fixtures.extract("We keep your contact details in our records \(opener) we can contact you about our programs.")
        let keeping = Operation(action: "retain", data: ["user.contact.email"], purpose: "marketing.advertising")
        #expect(try Fixtures.decide(document, keeping) != .allow, "\(document.rules.map(\.scope))")
        #expect(document.unmapped.contains { $0.reason.contains("is the practice after it") || $0.reason.contains("purpose that limits") },
                "\(document.unmapped.map(\.reason))")
    }

    @Test func aThirdPartyKindOfPartnerIsThatPartnerNotEveryThirdParty() throws {
        let document = try Fixtures.extract("We may share your usage data with third-party advertising partners for marketing.")
        let rule = try document.rule(.allow, "share")
        #expect(rule.scope.recipient == ["advertiser"])
        let anyone = Operation(action: "share", data: ["user.behavior"], recipient: "business_partner", purpose: "marketing")
        #expect(try Fixtures.decide(document, anyone) != .allow)
    }

    @Test(arguments: [
        "Acme only shares personal information with third parties outside of Acme in the following limited circumstances:",
        "We share personal information only with third parties in the limited cases described below.",
    ])
    func anExclusiveLimitToCasesListedApartLiftsNothing(_ text: String) throws {
        // The limit is the cases listed apart; the third parties named beside them are no exception of their own.
        let document = try Fixtures.extract(text)
        let deny = try document.rule(.deny, "share")
        #expect(deny.unless.isEmpty, "\(deny.unless)")
        let share = Operation(action: "share", data: ["user.contact.email"], recipient: "third_party")
        #expect(try Fixtures.decide(document, share) == .deny)
        #expect(document.unmapped.map(\.reason).contains { $0.hasPrefix("the exclusive limit points to cases listed apart") })
    }

    @Test func whatTheReaderBoughtNamesTheServiceNotMarketing() throws {
        // Made exclusive, the purpose is the exception: billing for what was bought, never marketing those products.
        let document = try Fixtures.extract("Your card number is used only to bill you for the products and services you bought.")
        let deny = try document.rule(.deny, "use")
        #expect(!(deny.unless.flatMap { $0.scope.purpose ?? [] }).contains { $0.hasPrefix("marketing") }, "\(deny.unless)")
        let marketing = Operation(action: "use", data: ["user.financial.credit_card"], purpose: "marketing.communications")
        #expect(try Fixtures.decide(document, marketing) == .deny)
    }

    /// What the company provides ("to provide our products and services") is the service it runs: a permission for it is
    /// no permission to market; telling the reader about the products still is marketing.
    @Test func whatTheCompanyProvidesNamesTheServiceNotMarketing() throws {
        let provided = try Fixtures.extract("We use your email address to provide our products and services.")
        let rule = try firstRule(provided, effect: .allow)
        #expect(!(rule.scope.purpose ?? []).contains { $0.hasPrefix("marketing") }, "\(rule.scope.purpose ?? [])")
        #expect(try Fixtures.decide(provided, Operation(action: "use", data: ["user.contact.email"], purpose: "marketing.communications")) != .allow)
        for sentence in ["We use your email address to send you information about our products and services.",
                         "We use your email address to provide you with information about our products and services.",
                         "We use your email address to provide you with information regarding goods or services."] {
            let told = try Fixtures.extract(sentence)
            let marketing = try firstRule(told, effect: .allow)
            #expect((marketing.scope.purpose ?? []).allSatisfy { $0.hasPrefix("marketing") }, "\(sentence): \(marketing.scope.purpose ?? [])")
            #expect(try Fixtures.decide(told, Operation(action: "use", data: ["user.contact.email"], purpose: "essential.service")) != .allow)
        }
        // A ban on giving data for others to tell the reader about goods is a ban for marketing, not for running the service.
        let ban = try Fixtures.extract(
            "We never give your email address to third parties to enable them to provide you with information regarding goods or services.")
        let marketing = Operation(action: "disclose", data: ["user.contact.email"], recipient: "third_party", purpose: "marketing.communications")
        #expect(try Fixtures.decide(ban, marketing) == .deny, "\(ban.rules.map(\.scope))")
    }

    /// "to assess user interest in various products and services": the interest is what is measured; the exception of
    /// the exclusive limit is that assessment, never marketing.
    @Test func interestInProductsIsMeasuredNotMarketed() throws {
        let document = try Fixtures.extract(
            "Your email address will be used in aggregate form only in order to assess user interest in various products and services.")
        let deny = try document.rule(.deny, "use")
        #expect(!deny.unless.flatMap { $0.scope.purpose ?? [] }.contains { $0.hasPrefix("marketing") }, "\(deny.unless)")
        let marketing = Operation(action: "use", data: ["user.contact.email"], purpose: "marketing.communications", identifiability: "aggregated")
        #expect(try Fixtures.decide(document, marketing) == .deny)
    }

    private func firstRule(_ document: PolicyDocument, effect: Effect) throws -> Rule {
        try #require(document.rules(effect: effect).first, "\(document.unmapped.map(\.reason))")
    }

    /// A purpose word inside a data phrase ("site statistics") is no purpose the rule can take: the purpose phrase is
    /// not explained by it, so the permission is not written for every purpose.
    @Test(arguments: ["Your IP address is used for the purpose of monitoring site statistics.",
                      "Your IP address is used for monitoring site statistics."])
    func aPurposeWhoseOnlyPurposeWordNamesDataLimitsThePermission(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let advertising = Operation(action: "use", data: ["user.device.ip_address"], purpose: "marketing.advertising")
        #expect(try Fixtures.decide(document, advertising) != .allow, "\(document.rules.map(\.scope))")
        #expect(document.rules.allSatisfy { $0.effect != .allow || $0.scope.purpose != nil })
    }

    /// "make public": the recipient stands in the verb; the permission is to the public, not to every recipient.
    @Test func makingDataPublicDisclosesItToThePublicOnly() throws {
        let document = try Fixtures.extract("We may make public your name when you post on the forum.")
        let rule = try document.rule(.allow, "disclose")
        #expect(rule.scope.recipient == ["public"])
        var advertiser = Operation(action: "disclose", data: ["user.name"], recipient: "advertiser")
        advertiser.context = rule.when
        #expect(try Fixtures.decide(document, advertiser) != .allow)
    }

    /// The contact is for no topic in particular, and the use is the contact itself: no use for any purpose beside it.
    @Test func aContactThatNamesNoPurposeIsNotLimited() throws {
        let document = try Fixtures.extract("We may use your email address to contact you.")
        #expect(document.rules.map { $0.scope.action ?? [] } == [["contact"]])
        #expect(document.rules.allSatisfy { $0.scope.purpose == nil })
        #expect(document.unmapped.isEmpty)
    }

    @Test(arguments: [
        "Where you have given consent, we may share your email with partners.",
        "We may sell your email address to advertisers subject to your approval.",
    ])
    func consentWordedOtherwiseIsStillAConditionOnThePermission(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.map(\.when) == [["consent"]])
    }

    /// A condition the prohibition owns is kept in its words: the promise binds when it holds. Dropped, it would forbid
    /// sharing the location with advertisers for everyone, and override every permission to do so.
    @Test func aProhibitionKeepsItsConditionInItsOwnWords() throws {
        let document = try Fixtures.extract("If you join a team, we will not share your location with advertisers.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.when.compactMap { document.facts[$0]?.says } == ["If you join a team"])
        var share = Operation(action: "share", data: ["user.location"], recipient: "advertiser", context: rule.when)
        #expect(try Fixtures.decide(document, share) == .deny)
        share.context = []
        #expect(try Fixtures.decide(document, share) != .deny)
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
    }

    @Test func aDutyKeepsItsConditionInItsOwnWords() throws {
        let document = try Fixtures.extract("When a trial ends, we will delete your payment details.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .require)
        #expect(rule.scope.data == ["user.financial"])
        #expect(rule.when.compactMap { document.facts[$0]?.says } == ["When a trial ends"])
    }

    /// Not kept in its words, and so the prohibition binds always (stricter, listed): a negated condition, whose words
    /// name what must not hold; a concession ("even if"), which widens; a condition that only points back; a place.
    @Test(arguments: [
        "If you have not joined a team, we will not share your location with advertisers.",
        "We will not share your location with advertisers, even if you join a team.",
        "When we do this, we will not share your location with advertisers.",
    ])
    func aConditionAProhibitionDoesNotOwnLeavesItWhole(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.when.isEmpty, "\(rule.when)")
        #expect(document.facts.isEmpty)
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.location"], recipient: "advertiser")) == .deny)
    }

    /// A fact named in a clause of its own after a prohibition ("nor will we accept registration", "and believe that
    /// children should get consent") is no condition of it: read so, the prohibition would bind only when it is claimed.
    @Test(arguments: [
        "We do not knowingly collect information from children under 13 and believe that children should get their parents' consent first.",
        "We do not knowingly collect information from children under 13, nor will we accept registration from them.",
    ])
    func aFactInAClauseOfItsOwnIsNoConditionOfTheProhibition(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let deny = try document.rule(.deny, "collect")
        #expect(deny.when.isEmpty, "\(deny.when)")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.childrens"])) == .deny)
    }

    /// "when a Do Not Track signal is on": the name of the signal is no negation, and the prohibition owns the condition.
    @Test func theNameOfTheDoNotTrackSignalIsNoNegation() throws {
        let document = try Fixtures.extract("We will not share your browsing history with advertisers when a Do Not Track signal is on.")
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .deny)
        #expect(rule.when.compactMap { document.facts[$0]?.says } == ["when a Do Not Track signal is on"])
    }

    /// "If we find we hold data of a child without parental consent, we will delete it": the lifting condition inside the
    /// leading one is the duty's exception, never a fact that enables it (which would bind only where consent was given).
    @Test func aLiftingConditionInsideALeadingOneIsAnException() throws {
        let document = try Fixtures.extract("If we find that we hold information from a child under 13 without parental consent, we will delete that information.")
        let rule = try document.rule(.require, "delete")
        #expect(!rule.when.contains("parental_consent"))
        #expect(rule.unless.map(\.when) == [["parental_consent"]])
        #expect(rule.scope.data == ["user.childrens"])
    }

    @Test func aProhibitionToAnUnknownRecipientBindsForEveryone() throws {
        let document = try Fixtures.extract("We will never sell your email address to licensees.")
        let rule = try #require(document.rules.first)
        #expect(rule.scope.recipient == nil)
        #expect(document.unmapped.first?.reason == "the recipient (to licensees) is not understood; the prohibition is kept for every recipient, which is stricter")
    }

    @Test func aKnownConditionIsKeptAndNothingIsListed() throws {
        let document = try Fixtures.extract("If you close your account, we will delete your profile and your payment details.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .require)
        #expect(rule.when == ["account_cancelled"])
        #expect(rule.scope.data == ["user.demographic.profile", "user.financial"])
        #expect(document.unmapped.isEmpty)
        // The duty binds once the account is closed, not before.
        let keep = Operation(action: "retain", data: ["user.financial"])
        #expect(try Fixtures.decide(document, keep) != .deny)
        var closed = keep
        closed.context = ["account_cancelled"]
        #expect(try Fixtures.decide(document, closed) == .deny)
    }

    @Test func aResearchPurposeLimitsTheSharing() throws {
        let document = try Fixtures.extract("We may share de-identified, aggregate statistics with our partners for research.")
        let rule = try #require(document.rules.first)
        #expect(rule.scope.purpose == ["analytics"])
        let marketing = Operation(action: "share", data: ["user.behavior"], recipient: "business_partner", purpose: "marketing", identifiability: "aggregated")
        #expect(try Fixtures.decide(document, marketing) == .notCovered)
        var research = marketing
        research.purpose = "analytics"
        #expect(try Fixtures.decide(document, research) == .allow)
    }

    @Test func includingAddsWhatTheHeadDoesNotCover() throws {
        let document = try Fixtures.extract("We keep server logs, including IP addresses, for 90 days.")
        let rule = try #require(document.rules.first)
        #expect(rule.scope.data == ["system.operations", "user.device.ip_address"])
        #expect(rule.scope.retention == .atMost(ISODuration("P90D")!))
        let prohibition = try #require(try Fixtures.extract("We will not sell server logs, including IP addresses.").rules.first)
        #expect(prohibition.scope.data == ["system.operations", "user.device.ip_address"])
    }

    @Test func aListOfRecipientsIsNotData() throws {
        let document = try Fixtures.extract("We may share your order details with vendors that help us (e.g. payment processors and email distribution service providers) for payment processing.")
        #expect(document.rules.allSatisfy { $0.scope.data != ["user.contact.email"] }, "\(document.rules.map(\.id))")
    }

    @Test func protectingDataIsNotUsingIt() throws {
        let document = try Fixtures.extract("We apply strong encryption on your credit card number. We employ security safeguards for all stored messages.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }

    /// "… to provide better service when visitors return": the condition may be the purpose's or the permission's;
    /// read as the purpose's, the permission would hold at all times, so the sentence is listed.
    @Test func aConditionThatMayLimitThePermissionIsNotDropped() throws {
        let document = try Fixtures.extract("We may use cookies in order to provide better service when visitors return.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.contains("return") == true)
    }

    /// What a server logs of a visit — its time, how long it lasted — is where the visitor went, not all they do on the
    /// site (their purchases, their searches); a language preference is their language, and the settings of a device
    /// are the device's, not every setting they keep; the content a visitor views is what they looked at, not what they
    /// wrote.
    @Test(arguments: ["the date and time of each visitor request", "the time spent on our pages", "your access times",
                      "your language preference", "your hardware settings", "your device settings", "the content you have viewed",
                      "the videos you watch"])
    func aLoggedDetailOfAVisitAllowsNoMoreThanItNames(_ detail: String) throws {
        let document = try Fixtures.extract("We collect \(detail).")
        #expect(!document.rules.isEmpty, "\(document.unmapped.map(\.reason))")
        for data in ["user.behavior.purchase_history", "user.behavior.search_history", "user.account.settings", "user.content"] {
            #expect(try Fixtures.decide(document, Operation(action: "collect", data: [data])) != .allow, "\(data)")
        }
    }
}
