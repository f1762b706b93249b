import Testing
import Pledge
@testable import PledgeExtract

/// Permissions refused for a doubt other than an unread word, and prohibitions that keep
/// their full scope. Sentences written for the test.
@Suite struct DoubtfulPermissionTests {
    @Test(arguments: [
        ("# Acme Privacy Policy\n\nIt may collect your IP address.\n", "the actor (it) is not known to be the company"),
        ("# Acme Privacy Policy\n\nAdNet may collect your IP address.\n", "the actor (AdNet) is not known to be the company"),
        ("# Acme Privacy Policy\n\nMost websites may collect your IP address.\n", "the actor (websites) is not known to be the company"),
        ("We may share these kinds of information with advertisers.\n", "the data (these kinds of information …) refers to data the sentence does not name"),
        ("All such information shall be confidentially maintained.\n", "keeping data confidential or secure is a safeguard, not a permission to keep it"),
        // A word of need after the condition limits the data, not the condition's occasion.
        ("When you sign up for partner services, we will share your contact information necessary for the partner with advertisers.\n",
         "words not read in this permission (necessary): it could allow more than the text"),
        // An exclusive limit on what the rule cannot name: the rest is forbidden, so no plain permission stands.
        ("Your e-mail address will only be used to contact you.\n", "the exclusive limit (only …) is not read; as a plain permission it would allow what the text rules out"),
        // A lead-in whose purposes follow in a list not read with it.
        ("We use information to:\n", "the purposes of this practice follow (to …) and are not read with it; alone, the permission would be wider than the text"),
        ("We may share your e-mail address with advertisers for:\n", "the purposes of this practice follow (for …) and are not read with it; alone, the permission would be wider than the text"),
        // What is used is a party the company engages; the data after it is that party's task.
        ("We may use a fulfillment company to ship your order.\n", "the company engages a third party (a fulfillment company); what it discloses to it is not named"),
        ("We use outside vendors to verify your credit card number.\n", "the company engages a third party (outside vendors); what it discloses to it is not named"),
    ])
    func aDoubtfulPermissionIsListed(_ text: String, _ reason: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.allSatisfy { $0.effect != .allow }, "\(document.rules.map(\.id))")
        #expect(document.unmapped.map(\.reason).contains(reason), "\(document.unmapped.map(\.reason))")
    }

    @Test(arguments: ["# Acme Privacy Policy\n\nWe may collect your IP address.\n",
                      "# Acme Privacy Policy\n\nAcme may collect your IP address.\n",
                      "# Acme Privacy Policy\n\nThe app may collect your IP address.\n",
                      "# Acme Privacy Policy\n\nThe Site collects your IP address.\n",
                      "# Acme Privacy Policy\n\nOur Website may collect your IP address.\n"])
    func theCompanyActing(_ text: String) throws {
        #expect(try Fixtures.extract(text).rules.map(\.effect) == [.allow])
    }

    /// "to no one except our support team for troubleshooting": the act is forbidden to every recipient, for every
    /// purpose (the exception's purpose is not the prohibition's); the exception, not read in full, is kept in its
    /// words and lifts only for an operation that claims it, for the purpose it names.
    @Test func aBareExceptionDoesNotNarrowTheProhibition() throws {
        let document = try Fixtures.extract("We disclose your email address to no one except our support team for troubleshooting.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.purpose == nil)
        #expect(rule.scope.recipient == ["third_party"])
        var disclose = Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser", purpose: "marketing")
        #expect(try Fixtures.decide(document, disclose) == .deny)
        disclose.context = try #require(rule.unless.first?.when)
        #expect(document.facts[disclose.context[0]]?.says == "our support team for troubleshooting")
        #expect(try Fixtures.decide(document, disclose) == .deny)
    }

    /// "other than for the express purpose of zorbling your order": an exception that is a purpose lifts the prohibition
    /// for that purpose, in its words — not as a fact worded "other than …", which an operation for any other purpose
    /// could claim to hold.
    @Test(arguments: ["We will not give your address to any other company, other than for the express purpose of zorbling your order.",
                      "We will not give your address to any other company except to zorble your order."])
    func anExceptionThatIsAPurposeLiftsForThatPurposeOnly(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try document.rule(.deny, "disclose")
        let purpose = try #require(rule.unless.first?.scope.purpose?.first)
        #expect(rule.unless.allSatisfy { $0.when.isEmpty }, "\(rule.unless)")
        #expect(document.purposes[purpose]?.says.hasSuffix("zorble your order") == true || document.purposes[purpose]?.says == "zorbling your order",
                "\(document.purposes)")
        let give = { (purpose: String) in Operation(action: "disclose", data: ["user.contact.address"], recipient: "third_party", purpose: purpose) }
        #expect(try Fixtures.decide(document, give("marketing")) == .deny)
        #expect(try Fixtures.decide(document, give(purpose)) != .deny)
    }

    /// "without giving you a chance to opt out": the offer of a choice is not the choice made; read as "unless opted
    /// out" the reader's opting out would unlock what the text forbids.
    @Test func anOfferedChoiceIsNotTheChoiceMade() throws {
        let document = try Fixtures.extract("We will never share your email address with advertisers without giving you a chance to opt out.")
        #expect(document.rules.allSatisfy { !$0.unless.contains { $0.when.contains("opted_out") } }, "\(document.rules)")
        let optedOut = Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser", context: ["opted_out"])
        #expect(try Fixtures.decide(document, optedOut) != .allow)
    }

    /// "for any reason" is every purpose: the prohibition holds for all of them, and is not dropped as a purpose
    /// the reading cannot name.
    @Test(arguments: ["We will never sell your email address to advertisers for any reason.",
                      "We will never sell your email address to advertisers for any purpose."])
    func aProhibitionForAnyPurposeHoldsForEvery(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .deny)
        #expect(rule.scope.purpose == nil)
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.contact.email"], recipient: "advertiser", purpose: "marketing")) == .deny)
    }

    @Test func aSentenceOfPracticeThatGivesNothingIsListed() throws {
        let document = try Fixtures.extract("By filling in forms you give us your email address.")
        #expect(document.rules.isEmpty)
        #expect(document.unmapped.first?.reason.hasPrefix("a practice (give …)") == true)
    }

    /// Words in brackets are examples only when they state no limit: "(but not your password)" and "(only with your
    /// consent)" are read like any other words — before the verb too — so no permission loses them.
    @Test(arguments: [
        "# Acme Privacy Policy\n\nYour e-mail address (but not your password) may be sold to third parties.\n",
        "# Acme Privacy Policy\n\nWe collect your name, e-mail address and password.\n\nSuch information (but not your password) may be sold to third parties in aggregate form.\n",
        "# Acme Privacy Policy\n\nWe may share your e-mail address (only with your consent) with advertisers.\n",
    ])
    func aLimitInBracketsIsNoExample(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let sale = document.rules.filter { $0.scope.action == ["sell"] || $0.scope.action == ["share"] }
        #expect(sale.allSatisfy { $0.effect != .allow }, "\(sale.map(\.id))")
        let password = Operation(action: "sell", data: ["user.authorization.password"], recipient: "third_party", identifiability: "aggregated")
        #expect(try Fixtures.decide(document, password) != .allow)
    }

    @Test(arguments: ["We may share your contact details (such as your e-mail address) with advertisers.",
                      "We may share aggregated demographic information (data that cannot identify an individual person) with advertisers."])
    func examplesAndDescriptionsInBracketsAreStillRead(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.map(\.effect) == [.allow], "\(document.unmapped.map(\.reason))")
    }

    /// "that information" after a condition that introduces "an e-mail request" may mean the request: in a
    /// permission it is not taken from the sentence before (a card number), which would allow keeping the card.
    @Test func aReferenceBackPastTheConditionsOwnThingIsNotResolved() throws {
        let document = try Fixtures.extract("We collect your credit card number.\n\nIf you send us an e-mail request, we may also store that information.\n")
        #expect(document.rules.allSatisfy { $0.scope.action != ["retain"] }, "\(document.rules.map(\.id))")
        #expect(document.unmapped.map(\.reason) == ["the data (that information …) refers to data the sentence does not name"])
        #expect(try Fixtures.decide(document, Operation(action: "retain", data: ["user.financial.credit_card"], context: ["user_contact"])) != .allow)
    }

    /// "… collects data from users via surveys. This data may be shared …": the pointer means the data of the sentence
    /// before, which no kind names; it is not the card number of the paragraph before, which would be shared.
    @Test func aReferenceBackToDataNamedByNoKindIsNotResolvedFurtherBack() throws {
        let document = try Fixtures.extract("""
            We may ask for your credit card number when you buy from us.

            From time to time, we gather data from users through surveys. This data may be shared with advertisers.
            """)
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.financial.credit_card"], recipient: "advertiser")) != .allow,
                "\(document.rules.map(\.scope))")
        #expect(document.unmapped.contains { $0.reason == "the data (This data …) refers to data the sentence does not name" }, "\(document.unmapped.map(\.reason))")
    }

    /// "we may employ clear gifs which are used to anonymously track usage patterns": the clause on the gifs says what
    /// they are used for, and that the tracking is anonymous; "employ clear gifs" alone would allow every purpose (after
    /// an opening condition) or identified tracking, and is not written beside it.
    @Test(arguments: ["When you use the Service, we may employ clear gifs which are used to anonymously track the usage patterns of our users.",
                      "We may employ clear gifs which are used to anonymously track the usage patterns of our users."])
    func aPermissionWhoseObjectAClauseLimitsIsNotWrittenWithoutTheLimit(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let tracked = try #require(document.rules(effect: .allow).first?.scope.purpose?.first, "\(document.rules.map(\.scope))")
        for purpose in ["marketing.advertising", tracked] {
            let identified = Operation(action: "use", data: ["user.device.cookie"], purpose: purpose, identifiability: "identified")
            #expect(try Fixtures.decide(document, identified) != .allow, "\(purpose): \(document.rules.map(\.scope))")
        }
    }
}
