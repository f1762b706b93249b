import Testing
import Pledge
@testable import PledgeExtract

/// The acts a prohibition forbids: every verb joined to those it reads — by a list, by "or", by "nor" — is forbidden,
/// and one the vocabulary does not know is named in the listing. Sentences written for the test.
@Suite struct BanActsTests {
    /// "We will not buy, sell, trade or share …", "we do not sell or market …": a verb joined to those a prohibition
    /// reads, which no action names, is forbidden too; the prohibition is kept for the acts read and the sentence is
    /// listed, naming the verb — never dropped in silence.
    @Test(arguments: [
        ("We will not buy, sell, trade or share your personal information.", "buy", "sell"),
        ("We do not sell or market your e-mail address.", "market", "sell"),
        ("We do not sell or lend your information to anyone.", "lend", "sell"),
        // A preposition left open before "or" shares its object with the verb after it.
        ("We do not knowingly solicit data from or pitch to children under 13.", "pitch", "collect"),
    ])
    func aVerbJoinedToTheBanThatIsNotReadIsListed(_ text: String, _ verb: String, _ read: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .deny, action: read).count == 1, "\(document.rules.map(\.id))")
        let reason = try #require(document.unmapped.first?.reason)
        #expect(reason.hasPrefix("the act (\(verb)) of this prohibition is not read"), "\(reason)")
    }

    /// "sell, rent or offer", "sell or lend": a verb not read among acts that all give data to others is forbidden as
    /// disclosure (giving the data away free is no less forbidden than selling it); beside an act that gives nothing
    /// ("buy"), no more is read into it than the acts named.
    @Test(arguments: [
        ("We do not sell, rent or offer your email address to third parties.", true),
        ("We do not sell or lend your email address to anyone.", true),
        ("We will not buy or collect your email address.", false),
    ])
    func aVerbNotReadAmongTransfersIsForbiddenAsDisclosure(_ text: String, _ transfers: Bool) throws {
        let document = try Fixtures.extract(text)
        let giving = Operation(action: "disclose", data: ["user.contact.email"], recipient: "third_party")
        #expect(try Fixtures.decide(document, giving) == (transfers ? .deny : .notCovered), "\(document.rules.map(\.scope))")
    }

    /// "solicit data from, or market to, children": both bans bind the children's data the second verb's preposition
    /// names; marketing to them is a contact, barred whatever it is for.
    @Test(arguments: ["We do not knowingly solicit data from, or market to, children under 13.",
                      "We do not knowingly solicit data from or market to children under 13."])
    func aPrepositionLeftOpenSharesTheNextVerbsObject(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.childrens"])) == .deny, "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, Operation(action: "contact", data: ["user.childrens"], recipient: "data_subject", purpose: "marketing")) == .deny)
    }

    /// "We do not share with others, or sell or rent to others, any personal information": a verb with only a party
    /// after it shares the object of the verb "or" joins to it.
    @Test func aVerbWithOnlyAPartyAfterItSharesTheNextVerbsObject() throws {
        let document = try Fixtures.extract("We do not share with others, or sell or rent to others, any personal information that you provide to us.")
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.contact.email"], recipient: "business_partner", identifiability: "identified")) == .deny,
                "\(document.rules.map(\.scope))")
    }

    /// "not sold or given to any other organization": giving it away is forbidden with the sale.
    @Test func givenToIsADisclosure() throws {
        let document = try Fixtures.extract("Your email address will not be sold or given to any other organization.")
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "business_partner")) == .deny,
                "\(document.rules.map(\.scope))")
    }

    @Test(arguments: [
        "We do not sell, rent or share your personal information.",
        "First-party cookies are anonymous and cannot be used to identify you.",
        "The survey is voluntary and does not collect personal information.",
        "We do not collect data from or about children under 13.",
        "We do not sell your data to advertisers, though users who interact with or click on an ad may be counted.",
    ])
    func verbsAllReadOrNoVerbBeforeTheBanLeaveNoNote(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(!document.unmapped.contains { $0.reason.hasPrefix("the act (") }, "\(document.unmapped.map(\.reason))")
    }

    /// "We do not sell member information nor share your account numbers with marketers": "nor" joins a second ban, with
    /// its own object and recipient; neither narrows the other.
    @Test func norJoinsASecondBanWithItsOwnObject() throws {
        let document = try Fixtures.extract("We do not sell your personal information nor share your email address with advertisers.")
        let selling = Operation(action: "sell", data: ["user.name"], recipient: "business_partner", identifiability: "identified")
        #expect(try Fixtures.decide(document, selling) == .deny, "\(document.rules.map(\.scope))")
        let sharing = Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, sharing) == .deny, "\(document.rules.map(\.scope))")
    }
}
