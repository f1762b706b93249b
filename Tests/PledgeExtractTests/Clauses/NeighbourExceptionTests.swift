import Testing
import Pledge
@testable import PledgeExtract

/// A sentence that says what the prohibition before it does not reach ("This does not include …") states its exception.
/// Paragraphs written for the test.
@Suite struct NeighbourExceptionTests {
    /// "This does not include our service providers": every word read, the recipients alone are the exception, cited
    /// from the sentence that states it.
    @Test func aNextSentenceThatExcludesRecipientsCarvesThemOut() throws {
        let document = try Fixtures.extract("We will never share your e-mail address with third parties. This restriction does not apply to our service providers.")
        let deny = try document.rule(.deny, "share")
        #expect(deny.unless.map(\.scope.recipient) == [["service_provider"]])
        #expect(deny.unless.first?.when == [])
        #expect(deny.unless.first?.source?.text == "This restriction does not apply to our service providers.")
        let share = { (recipient: String) in Operation(action: "share", data: ["user.contact.email"], recipient: recipient) }
        #expect(try Fixtures.decide(document, share("service_provider")) != .deny)
        #expect(try Fixtures.decide(document, share("advertiser")) == .deny)
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
    }

    /// With words no role reads ("who zorble our site, so long as …"), the exception is kept in them as well: it lifts
    /// only for the recipients it names, and only for an operation that claims it.
    @Test func anExclusionInUnknownWordsIsKeptInThem() throws {
        let document = try Fixtures.extract("""
            We do not sell or transfer your personal information to outside parties. This does not include trusted third \
            parties who assist us in zorbling our site, so long as those parties agree to keep this information confidential.
            """)
        let deny = try document.rule(.deny, "sell")
        let exception = try #require(deny.unless.first)
        #expect(exception.scope.recipient == ["service_provider"])
        let fact = try #require(exception.when.first)
        #expect(document.facts[fact]?.says.hasPrefix("trusted third parties who assist us") == true)
        var transfer = Operation(action: "disclose", data: ["user.contact.email"], recipient: "service_provider")
        #expect(try Fixtures.decide(document, transfer) == .deny)
        transfer.context = [fact]
        #expect(try Fixtures.decide(document, transfer) != .deny)
        transfer.recipient = "advertiser"
        #expect(try Fixtures.decide(document, transfer) == .deny)
    }

    /// What it leaves out that no exception can name is listed; the prohibition stays whole.
    @Test func anExclusionOfNoPartyIsListed() throws {
        let document = try Fixtures.extract("We do not sell your personal information to outside parties. This does not include zorblax statistics.")
        #expect(try document.rule(.deny, "sell").unless.isEmpty)
        #expect(document.unmappedReason("This does not include")?.hasPrefix("the exception (zorblax statistics") == true, "\(document.unmapped.map(\.reason))")
    }

    /// After a permission, such a sentence is no exception: it limits the permission in words not read, which is then
    /// not written (``NeighbourLimit``).
    @Test func aSentenceThatDoesNotFollowAProhibitionCarvesNothing() throws {
        let document = try Fixtures.extract("We may share your e-mail address with advertisers. This does not include our service providers.")
        #expect(document.rules.allSatisfy { $0.unless.isEmpty }, "\(document.rules.map(\.id))")
        #expect(document.unmappedReason("This does not include")?.hasPrefix("a limit") == true, "\(document.unmapped.map(\.reason))")
    }

    /// "We do, however, rent …": a permission set against the prohibition before it, within it, is its exception.
    @Test(arguments: [
        "We never give your personal information to third parties without your consent. However, we may rent your email address to business partners.",
        "We never give your personal information to third parties without your consent. We do, however, rent your email address to business partners.",
    ])
    func aContrastingPermissionWithinTheProhibitionIsItsException(_ paragraph: String) throws {
        let document = try Fixtures.extract(paragraph)
        let rent = Operation(action: "rent", data: ["user.contact.email"], recipient: "business_partner")
        #expect(try Fixtures.decide(document, rent) == .allow, "\(document.rules.map(\.id))")
        // Only what the permission allows is carved out.
        #expect(try Fixtures.decide(document, Operation(action: "rent", data: ["user.contact.email"], recipient: "advertiser")) == .deny)
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.contact.email"], recipient: "business_partner")) == .deny)
    }

    /// A broader act set against a prohibition ("We do not sell it. However, we may share it") lifts nothing of it.
    @Test func aContrastingPermissionBeyondTheProhibitionLiftsNothing() throws {
        let document = try Fixtures.extract("We do not sell your email address. However, we may share your email address with business partners.")
        #expect(try document.rule(.deny, "sell").unless.isEmpty)
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.contact.email"], recipient: "business_partner")) == .deny)
    }
}
