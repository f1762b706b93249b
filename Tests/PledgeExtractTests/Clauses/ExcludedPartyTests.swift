import Testing
import Pledge
@testable import PledgeExtract

/// Parties a prohibition leaves out by how it names them: "non-affiliated third parties" leaves out affiliates; "other
/// than those that we use to …" leaves out the parties the company uses, in the policy's own words; "Other than as
/// described in this policy" leaves out what the policy itself permits. Sentences written for the test.
@Suite struct ExcludedPartyTests {
    @Test(arguments: [
        "We do not sell personal information to non-affiliated third parties.",
        "We do not sell personal information to unaffiliated companies.",
        "We do not sell your personal information to any third party not affiliated with us.",
        "We will not sell your personal details to unrelated third parties.",
    ])
    func partiesNamedAsUnaffiliatedLeaveAffiliatesOut(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let deny = try document.rule(.deny, "sell")
        #expect(deny.scope.recipient?.contains("advertiser") == true && deny.scope.recipient?.contains("affiliate") == false, "\(deny.scope)")
        #expect(deny.scope.purpose == nil, "\(deny.scope.purpose ?? [])")
        #expect(deny.unless.isEmpty, "\(deny.unless)")
        let name = ["user.contact.email"]
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: name, recipient: "advertiser")) == .deny)
        // Affiliates are left out, not excepted: the text permits nothing for them.
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: name, recipient: "affiliate")) == .notCovered)
    }

    /// Affiliates named beside them are forbidden too: "unrelated third parties, partners or affiliates".
    @Test func affiliatesNamedBesideUnrelatedPartiesAreNoException() throws {
        let document = try Fixtures.extract("We will not share your e-mail address with unrelated third parties, partners or affiliates.")
        let deny = try document.rule(.deny, "share")
        #expect(deny.unless.isEmpty, "\(deny.unless)")
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.contact.email"], recipient: "affiliate")) == .deny)
    }

    /// A permission for them is not written: third parties include the affiliates it does not name.
    @Test func aPermissionForUnaffiliatedPartiesIsListed() throws {
        let document = try Fixtures.extract("We may share your personal information with non-affiliated third parties.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(!document.unmapped.isEmpty)
    }

    @Test func thePartiesTheCompanyUsesAreLeftOutInTheWordsOfTheText() throws {
        let document = try Fixtures.extract(
            "We do not disclose personal information to any third parties other than those that we use to zorble the site.")
        let deny = try document.rule(.deny, "disclose")
        let fact = try #require(deny.unless.first?.when.first)
        #expect(document.facts[fact]?.says == "those that we use to zorble the site")
        var disclosure = Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, disclosure) == .deny)
        disclosure.context = [fact]
        #expect(try Fixtures.decide(document, disclosure) != .deny)
    }

    /// "We may share it with partners" permits no sale: a prohibition of selling "except as described" is not lifted
    /// by a permission to share, since selling is permitted only by name.
    @Test func aPermissionToShareLiftsNoBanOnSelling() throws {
        let document = try Fixtures.extract("""
            We do not sell your personal information except as described in this policy.

            We may share your e-mail address with our partners to operate the site.
            """)
        let email = ["user.contact.email"]
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: email, recipient: "business_partner")) == .deny)
    }

    /// "unless you win the raffle" names the contest, but the exception is the winning: kept in the policy's words, it
    /// lifts the prohibition only where claimed; read as the contest fact, it would lift it for every entrant.
    @Test(arguments: [
        ("We will not share your e-mail address with advertisers unless you win the raffle.", "unless you win the raffle"),
        ("We will share your e-mail address with advertisers only if the contest rules say so.", "if the contest rules say so"),
    ])
    func anExceptionWithWordsItsFactDoesNotReadIsKeptInThem(_ text: String, _ says: String) throws {
        let document = try Fixtures.extract(text)
        let deny = try document.rule(.deny, "share")
        #expect(!deny.unless.contains { $0.when == ["contest"] }, "\(deny.unless)")
        let fact = try #require(deny.unless.first?.when.first)
        #expect(document.facts[fact]?.says == says)
        var sharing = Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser", context: ["contest"])
        #expect(try Fixtures.decide(document, sharing) == .deny)
        sharing.context = [fact]
        #expect(try Fixtures.decide(document, sharing) != .deny)
    }

    @Test func aLeadingOtherThanAsDescribedTakesThePolicysOwnPermissions() throws {
        let document = try Fixtures.extract("""
            We may share your e-mail address with our service providers to deliver the newsletter.

            Other than as described in this policy, we do not share your personal information with third parties.
            """)
        let deny = try document.rule(.deny, "share", recipient: "third_party")
        #expect(!deny.unless.isEmpty)
        let email = ["user.contact.email"]
        // What the policy permits stays permitted; what it does not stays forbidden.
        #expect(try Fixtures.decide(document, Operation(action: "share", data: email, recipient: "service_provider", purpose: "marketing.communications")) == .allow)
        #expect(try Fixtures.decide(document, Operation(action: "share", data: email, recipient: "advertiser", purpose: "marketing.communications")) == .deny)
    }

    /// "outside of our family of companies": everyone but the parties named — the ban is on every other party, never on
    /// the named ones alone (which would invert it).
    @Test(arguments: [
        "We do not share your information outside of our family of companies.",
        "We do not share your information with anyone outside our affiliates.",
        "We will not share your personal information outside of our corporate family of companies.",
    ])
    func partiesAfterOutsideAreLeftOutOfTheBan(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let name = ["user.contact.email"]
        #expect(try Fixtures.decide(document, Operation(action: "share", data: name, recipient: "advertiser")) == .deny, "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, Operation(action: "share", data: name, recipient: "business_partner")) == .deny)
    }

    /// "outside third parties", "outside of Google" in its own policy: the words name the other parties themselves; nothing is left out.
    @Test func outsideBeforeThePartiesOrTheCompanyLeavesNoOneOut() throws {
        let adjective = try Fixtures.extract("We do not provide billing information to outside third parties.")
        #expect(try adjective.rule(.deny, "disclose").unless.isEmpty)
        let company = try Fixtures.extract("# Google Privacy Policy\n\nThis information is not distributed outside of Google to any other parties.\n")
        let deny = try company.rule(.deny, "disclose")
        #expect(deny.unless.isEmpty, "\(deny.unless)")
        #expect(try Fixtures.decide(company, Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser")) == .deny)
    }
}
