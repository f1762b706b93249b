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
    ])
    func aDoubtfulPermissionIsListed(_ text: String, _ reason: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.allSatisfy { $0.effect != .allow }, "\(document.rules.map(\.id))")
        #expect(document.unmapped.map(\.reason).contains(reason), "\(document.unmapped.map(\.reason))")
    }

    @Test(arguments: ["# Acme Privacy Policy\n\nWe may collect your IP address.\n",
                      "# Acme Privacy Policy\n\nAcme may collect your IP address.\n",
                      "# Acme Privacy Policy\n\nThe app may collect your IP address.\n"])
    func theCompanyActing(_ text: String) throws {
        #expect(try Fixtures.extract(text).rules.map(\.effect) == [.allow])
    }

    /// "to no one except our staff": the act is forbidden to every recipient; the exception is another promise, which
    /// is not read, so the prohibition is kept whole (not narrowed to the exception's purpose) and listed.
    @Test func aBareExceptionDoesNotNarrowTheProhibition() throws {
        let document = try Fixtures.extract("We disclose your email address to no one except our support team for troubleshooting.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.purpose == nil)
        #expect(rule.scope.recipient == ["third_party"])
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser", purpose: "marketing")) == .deny)
        #expect(document.unmapped.first?.reason.hasPrefix("the exception (except …) is not read") == true)
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
}
