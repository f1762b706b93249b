import Testing
import Pledge
@testable import PledgeExtract

/// "only with your consent", "solely if", "strictly for", "we only use … to …": an exclusive
/// limit is a prohibition of everything outside it, with the limit as its exception (which, by
/// the decision semantics, also permits what it names). Sentences written for the test.
@Suite struct ExclusiveLimitTests {
    @Test(arguments: [
        "Your contact details are disclosed to advertisers only with your permission.",
        "We will give your contact details to advertisers solely if you agree.",
        "We will only share your contact details with advertisers with your consent.",
        "Contact details are sold to advertisers exclusively where you have consented.",
    ])
    func anExclusiveConditionIsAProhibitionWithThatException(_ text: String) throws {
        try Fixtures.expectProhibitionLifted(by: "consent", in: text, data: "user.contact", recipient: "advertiser")
    }

    @Test(arguments: [
        "We only use your location to deliver the service.",
        "We use your location solely to provide the service.",
        "Your location is processed strictly for the purpose of providing the service.",
    ])
    func anExclusivePurposeDeniesEveryOtherPurpose(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .deny)
        #expect(rule.scope.purpose == nil)
        #expect(rule.unless == [Exception(scope: Scope(purpose: ["essential.service"]))])
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.location"], purpose: "essential.service")) == .allow)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.location"], purpose: "marketing")) == .deny)
    }

    @Test func alternativesOfAnExclusiveConditionAreEachAnException() throws {
        let document = try Fixtures.extract("We disclose your purchase history to affiliates only if you consent or at your request.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(Set(rule.unless.map(\.when)) == [["consent"], ["user_request"]])
    }

    /// "only if they voluntarily submit it": an exclusive condition no fact names is the exception in the policy's words;
    /// a condition before the exclusive verb group ("If you give us data about others, we will only use it …") is not.
    @Test func anExclusiveConditionInUnknownWordsIsTheExceptionInThem() throws {
        let document = try Fixtures.extract("We will collect personal information from users only if they zorble it to us.")
        let deny = try document.rule(.deny, "collect")
        let fact = try #require(deny.unless.first?.when.first)
        #expect(document.facts[fact]?.says == "if they zorble it to us")
        var collection = Operation(action: "collect", data: ["user.contact.email"])
        #expect(try Fixtures.decide(document, collection) == .deny)
        collection.context = [fact]
        #expect(try Fixtures.decide(document, collection) != .deny)

        let leading = try Fixtures.extract("If you zorble us data about others, we will only use that information to reply to you.")
        let rule = try leading.rule(.deny, "use")
        #expect(rule.unless.allSatisfy { $0.when.isEmpty }, "\(rule.unless)")
        #expect(rule.when.count == 1)
    }

    /// "We use cookies only to zorble your cart": an exclusive purpose no key names is the exception in the policy's
    /// words, wherever "only" stands; the ban holds for every other purpose.
    @Test(arguments: ["We use cookies only to zorble your shopping cart.", "Cookies are only used to zorble your shopping cart."])
    func anExclusivePurposeInUnknownWordsIsTheExceptionInThem(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let deny = try document.rule(.deny, "use")
        let purpose = try #require(deny.unless.first?.scope.purpose?.first, "\(document.unmapped.map(\.reason))")
        #expect(document.purposes[purpose]?.says == "to zorble your shopping cart")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.device.cookie"], purpose: "analytics")) == .deny)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.device.cookie"], purpose: purpose)) != .deny)
    }

    /// "We only share … with our payment processor to process your payment": the recipient and the purpose are limited
    /// together. Sharing with anyone else is forbidden too, whatever the purpose.
    @Test(arguments: ["We only share your email address with our payment processor to process your payment.",
                      "We will only disclose your email address to our payment processor in order to process your payment."])
    func anExclusiveVerbGroupLimitsRecipientAndPurposeTogether(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let action = text.contains("disclose") ? "disclose" : "share"
        func decide(_ recipient: String, _ purpose: String) throws -> Outcome {
            try Fixtures.decide(document, Operation(action: action, data: ["user.contact.email"], recipient: recipient, purpose: purpose))
        }
        #expect(try decide("advertiser", "essential.service.payment_processing") == .deny, "\(document.rules.map(\.id))")
        #expect(try decide("advertiser", "marketing") == .deny)
        #expect(try decide("payment_processor", "marketing") == .deny)
        #expect(try decide("payment_processor", "essential.service.payment_processing") != .deny)
    }

    @Test func aConditionWithoutOnlyStaysAPermission() throws {
        let rule = try #require(try Fixtures.extract("We may share your contact details with advertisers with your consent.").rules.first)
        #expect(rule.effect == .allow)
        #expect(rule.when == ["consent"])
    }

    @Test func aRetentionPeriodIsNotTurnedIntoAProhibition() throws {
        let rule = try #require(try Fixtures.extract("We keep your account data for 30 days only for billing.").rules.first)
        #expect(rule.effect == .allow)
        #expect(rule.scope.purpose == ["finance"])
    }

    /// "only for:" and a list: the items together are the limit. Each item alone would forbid the purposes of the
    /// others, and all of them together would forbid what the text allows.
    @Test func anExclusiveLeadInWithAListIsOneProhibitionWithEveryItemAsException() throws {
        let document = try Fixtures.extract("# Acme Privacy Policy\n\nWe only use your e-mail address for:\n\n- billing;\n- customer support.\n")
        let denies = document.rules.filter { $0.effect == .deny }
        #expect(denies.count == 1, "\(document.rules.map(\.id))")
        for purpose in ["finance", "essential.service.operations.support"] {
            #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: purpose)) == .allow, "\(purpose)")
        }
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "marketing")) == .deny)
    }

    /// "only … the information we need to …": the exception is for the data needed, which no rule can name. Carved for
    /// every kind of data it would lift the prohibition for data that is not needed; it is kept only together with the
    /// limit in the policy's own words, a fact the operation must claim — and for the purpose named, no other.
    @Test(arguments: [("We only collect the information we need to process your order.", "we need to process your order"),
                      ("We only ask for the personal data that is necessary to process your order.", "that is necessary to process your order")])
    func anExclusiveLimitToWhatIsNeededLiftsOnlyForWhatIsClaimedNeeded(_ text: String, _ says: String) throws {
        let document = try Fixtures.extract(text)
        let deny = try document.rule(.deny, "collect")
        let fact = try #require(document.facts.first { $0.value.says == says }?.key, "\(document.facts)")
        #expect(deny.unless.map(\.when) == [[fact]])
        var collection = Operation(action: "collect", data: ["user.contact.address"], purpose: "essential.service.fulfillment")
        #expect(try Fixtures.decide(document, collection) == .deny)
        collection.context = [fact]
        #expect(try Fixtures.decide(document, collection) != .deny)
        collection.purpose = "marketing"
        #expect(try Fixtures.decide(document, collection) == .deny)
    }

    /// "used in aggregate form only, to assess …": only aggregated use for that purpose is allowed; identified use is
    /// forbidden, not left uncovered, and aggregated use for another purpose is forbidden too.
    @Test func anExclusiveLevelIsPartOfTheException() throws {
        let document = try Fixtures.extract("Your email address will be used in aggregate form only in order to zorble general user interest.")
        let deny = try document.rule(.deny, "use")
        #expect(deny.scope.identifiability == nil)
        #expect(deny.unless.map(\.scope.identifiability) == [["aggregated"]])
        let purpose = try #require(deny.unless.first?.scope.purpose?.first)
        let use = { (level: String, purpose: String?) in Operation(action: "use", data: ["user.contact.email"], purpose: purpose, identifiability: level) }
        #expect(try Fixtures.decide(document, use("identified", purpose)) == .deny)
        #expect(try Fixtures.decide(document, use("aggregated", "marketing.communications")) == .deny)
        #expect(try Fixtures.decide(document, use("aggregated", purpose)) != .deny)
    }

    /// "only in response to a subpoena, or when we believe …": a case joined by "or" after the marked one is another
    /// exception of the same limit. Read as a condition of the prohibition it would make a ban that binds only when the
    /// company believes something — a ban of almost nothing. Stated as a plain disclosure with no recipient, it is still
    /// a disclosure: the occasion names one.
    @Test(arguments: [
        "We disclose your email address only in response to a subpoena, or when we believe that disclosure is necessary to zorble.",
        "We share your email address only with your consent, or when we believe that sharing is necessary to zorble.",
    ])
    func aCaseJoinedByOrToAnExclusiveOneIsAnotherException(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let deny = try #require(document.rules(effect: .deny).first, "\(document.rules.map(\.id)) \(document.unmapped.map(\.reason))")
        #expect(deny.when.isEmpty, "\(deny.when)")
        #expect(deny.unless.count == 2, "\(deny.unless)")
        // Every disclosure outside the two cases is forbidden; each case lifts the ban.
        let act = deny.scope.action?.first ?? "disclose"
        #expect(try Fixtures.decide(document, Operation(action: act, data: ["user.contact.email"], recipient: "advertiser")) == .deny)
        let stated = try #require(deny.unless.flatMap(\.when).first { $0.hasPrefix("when_we_believe") })
        #expect(try Fixtures.decide(document, Operation(action: act, data: ["user.contact.email"], recipient: "advertiser", context: [stated])) != .deny)
    }

    /// "potentially personally-identifying and personally-identifying information … only in response to a subpoena": the
    /// cases the text gives allow every level it names, identified data included — not the pseudonymous level alone.
    @Test func theCasesOfAnExclusiveLimitAllowEveryLevelTheTextNames() throws {
        let document = try Fixtures.extract(
            "We disclose potentially personally-identifying and personally-identifying information only in response to a subpoena.")
        let deny = try document.rule(.deny, "disclose")
        #expect(deny.unless.allSatisfy { $0.scope.identifiability?.contains("identified") ?? true }, "\(deny.unless)")
        let disclose = { (level: String, facts: [String]) in
            Operation(action: "disclose", data: ["user.contact.email"], recipient: "third_party", identifiability: level, context: facts)
        }
        #expect(try Fixtures.decide(document, disclose("identified", ["subpoena"])) != .deny)
        #expect(try Fixtures.decide(document, disclose("identified", [])) == .deny)
        #expect(try Fixtures.decide(document, disclose("pseudonymous", [])) == .deny)
        // The text speaks of data that may identify someone: what identifies no one is not what it forbids.
        #expect(try Fixtures.decide(document, disclose("anonymized", [])) != .deny)
    }

    /// "Apart from our contractors and affiliates, we disclose …only …": the parties named before the clause are outside
    /// the ban.
    @Test(arguments: [
        "Apart from our contractors and affiliates, we disclose personally-identifying information only in response to a subpoena.",
        "Other than to our employees, contractors and affiliated organizations, we disclose personally-identifying information only in response to a subpoena.",
    ])
    func partiesExceptedBeforeTheClauseAreOutsideTheBan(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let deny = try document.rule(.deny, "disclose")
        let disclose = { (recipient: String) in
            Operation(action: "disclose", data: ["user.contact.email"], recipient: recipient, identifiability: "identified")
        }
        #expect(try Fixtures.decide(document, disclose("advertiser")) == .deny)
        #expect(try Fixtures.decide(document, disclose("service_provider")) != .deny, "\(deny.unless)")
        #expect(try Fixtures.decide(document, disclose("affiliate")) != .deny, "\(deny.unless)")
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
    }

    /// "Other than to its contractors, as described above, Acme discloses …only …": the parties as described elsewhere,
    /// where their limits are ("who need to know it"), which are not read here. Lifted for the parties alone, the ban
    /// would reach less than the text: it holds for them too, and the sentence is listed.
    @Test func partiesExceptedAsDescribedElsewhereStayInsideTheBan() throws {
        let document = try Fixtures.extract(
            "Other than to its employees, contractors and affiliated organizations, as described above, Acme discloses personally-identifying information only in response to a subpoena.")
        let disclose = { (recipient: String, context: [String]) in
            Operation(action: "disclose", data: ["user.contact.email"], recipient: recipient, identifiability: "identified", context: context)
        }
        #expect(try Fixtures.decide(document, disclose("service_provider", [])) == .deny)
        #expect(try Fixtures.decide(document, disclose("affiliate", [])) == .deny)
        #expect(try Fixtures.decide(document, disclose("service_provider", ["subpoena"])) != .deny)
        #expect(document.unmapped.map(\.reason) == ["the exception (Other than to …) is not read; the prohibition is kept without it, which is stricter"])
    }

    /// An exception before the clause whose words are not all parties ("Except in cases where members are told
    /// otherwise, …") lifts nothing: the ban is kept without it, and the sentence is listed.
    @Test func anExceptionBeforeTheClauseNotReadLiftsNothing() throws {
        let document = try Fixtures.extract(
            "Except in cases where members are told otherwise, we do not sell your personal information unless required by law.")
        let deny = try document.rule(.deny, "sell")
        #expect(deny.unless.allSatisfy { $0.scope.recipient == nil }, "\(deny.unless)")
        #expect(!document.unmapped.isEmpty)
    }

    /// "only as long as necessary", "only until you unsubscribe": the exclusive word bounds how long data is kept, not
    /// whether; a ban of keeping at all would forbid the period the text allows. Listed, not a rule.
    @Test(arguments: ["We retain your personal information only as long as necessary to fulfil the purposes identified above or as required by law.",
                      "We will keep your e-mail address only for as long as needed or as required by law.",
                      "We will keep your e-mail address only until you unsubscribe."])
    func anExclusiveBoundOnHowLongIsNoBanOfKeeping(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.count == 1)
    }

    /// "only to send you the newsletters that you have requested": the limit's exception is the requested newsletters,
    /// which no key names; the marketing key alone would lift the ban for every newsletter. The ban is kept whole.
    @Test func anExclusiveLimitWithWordsNotReadKeepsTheBanWhole() throws {
        let mailing = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: "marketing.communications")
        let requested = try Fixtures.extract("We will use your email address only to send you the newsletters that you have requested.")
        #expect(try Fixtures.decide(requested, mailing) == .deny, "\(requested.rules.map(\.unless))")
        #expect(requested.unmapped.contains { $0.reason.hasPrefix("words of the exclusive limit are not read (requested") },
                "\(requested.unmapped.map(\.reason))")
        let plain = try Fixtures.extract("We will use your email address only to send you our newsletter.")
        #expect(try Fixtures.decide(plain, mailing) != .deny, "\(plain.rules.map(\.unless))")
    }

    /// "We share your information only in limited circumstances where we believe such sharing is 1) permitted by you
    /// 2) reasonably necessary to offer the service …": with the limit's words not read, the ban is kept whole — never
    /// limited to the purpose named inside the limit, which would leave sharing for any other purpose free.
    @Test func aBanKeptWithoutItsExceptionKeepsNoneOfItsPurposes() throws {
        let document = try Fixtures.extract("""
            We share your information with third parties only in limited circumstances where we believe such sharing is \
            1) permitted by you 2) reasonably necessary to offer the service or 3) legally requested.
            """)
        let shared = Operation(action: "share", data: ["user.contact.email"], recipient: "third_party", purpose: "marketing")
        #expect(try Fixtures.decide(document, shared) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "We will only pass on your personal information to third parties if it is an essential part of trading": the
    /// word in the verb group limits the condition after the verbs; the third parties are whom the ban protects from.
    @Test(arguments: [
        "We will only pass on your personal information to third parties if it is an essential part of trading with you.",
        "We only share your information with any other organisation when so instructed by an arbitrator.",
    ])
    func anOnlyInTheVerbGroupLimitsTheConditionAfterTheVerbs(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let disclosure = Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser", identifiability: "identified")
        #expect(try Fixtures.decide(document, disclosure) == .deny, "\(document.rules.map(\.scope))")
        #expect(document.rules.allSatisfy { $0.when.isEmpty }, "\(document.rules.map(\.when))")
    }

    /// "We collect personal information (such as your name, …) only when you provide it": made a prohibition, the data
    /// is read as a prohibition reads it — all the personal information, not only its examples.
    @Test func aProhibitionMadeByOnlyBindsTheDataNotJustItsExamples() throws {
        let document = try Fixtures.extract("We collect personal information from you (such as your name, address, phone number, e-mail address, etc.) only when you voluntarily provide it to us.")
        let birthday = Operation(action: "collect", data: ["user.demographic.date_of_birth"], identifiability: "identified")
        #expect(try Fixtures.decide(document, birthday) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "For your security, we only store your card if you set up an account": the reason leading the sentence does not
    /// narrow the ban to storing for security.
    @Test func aLeadingReasonDoesNotNarrowTheBanAnOnlyMakes() throws {
        let document = try Fixtures.extract("For your security, we only store your credit card information if you choose to set up an authorized account.")
        #expect(try Fixtures.decide(document, Operation(action: "retain", data: ["user.financial.credit_card"], purpose: "marketing")) == .deny,
                "\(document.rules.map(\.scope))")
    }
    /// "only use it to complete your transactions": the exception is carrying out the transaction, one part of providing
    /// the service; using the card to improve the service or for support stays forbidden.
    @Test func anExclusivePurposeOfCarryingOutOrdersLiftsNoOtherPartOfTheService() throws {
        let document = try Fixtures.extract("We do not store your credit card number and only use it to complete your transactions on the site.")
        let completing = Operation(action: "use", data: ["user.financial.credit_card"], purpose: "essential.service.fulfillment")
        #expect(try Fixtures.decide(document, completing) != .deny, "\(document.rules.map(\.scope))")
        for other in ["essential.service.operations.improve", "essential.service.operations.support", "essential.service"] {
            let use = Operation(action: "use", data: ["user.financial.credit_card"], purpose: other)
            #expect(try Fixtures.decide(document, use) == .deny, "\(other) \(document.rules.map(\.scope))")
        }
    }

    /// "only for sending newsletters upon request": the purpose and the fact marked together are one case, which needs
    /// both; "only with your consent or to provide the service" gives two cases, each its own.
    @Test func aPurposeAndAFactMarkedTogetherLiftTheBanOnlyTogether() throws {
        let document = try Fixtures.extract("Your email address will only be used for sending newsletters upon request.")
        func use(_ purpose: String, _ facts: [String]) -> Operation {
            Operation(action: "use", data: ["user.contact.email"], purpose: purpose, context: facts)
        }
        #expect(try Fixtures.decide(document, use("marketing.communications", ["user_request"])) != .deny, "\(document.rules.map(\.unless))")
        #expect(try Fixtures.decide(document, use("marketing.advertising", ["user_request"])) == .deny)
        #expect(try Fixtures.decide(document, use("marketing.communications", [])) == .deny)
        let either = try Fixtures.extract("We will share your information only with your consent or to provide the service.")
        #expect(try Fixtures.decide(either, Operation(action: "share", data: ["user.name"], purpose: "essential.service")) != .deny)
        #expect(try Fixtures.decide(either, Operation(action: "share", data: ["user.name"], purpose: "marketing", context: ["consent"])) != .deny)
    }

}
