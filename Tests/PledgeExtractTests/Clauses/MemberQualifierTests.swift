import Testing
import Pledge
@testable import PledgeExtract

/// "your name and, when necessary, your card number": a qualifier set off inside a list of data limits the member
/// beside it. A permission that names that member for every case would be wider than the text, so the sentence is
/// listed, naming the qualifier; a prohibition keeps the whole list. Sentences written for the test.
@Suite struct MemberQualifierTests {
    @Test(arguments: [
        "We collect personal information (such as your name and, when necessary, credit card information) when you place an order.",
        "We collect personal information (such as your name and credit card information, where applicable) when you place an order.",
        "We collect your name and, if required, your credit card number when you place an order.",
        "We collect your e-mail address, your name and, as needed, your credit card number when you place an order.",
    ])
    func aPermissionWithAQualifiedMemberIsListedNamingTheQualifier(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let card = Operation(action: "collect", data: ["user.financial.credit_card"], context: ["purchase"])
        #expect(try Fixtures.decide(document, card) != .allow, "\(document.rules.map(\.id))")
        let reason = try #require(document.unmapped.first?.reason)
        #expect(reason.hasPrefix("words not read in this permission ("), "\(reason)")
        #expect(["necessary", "applicable", "required", "needed"].contains { reason.contains($0) }, "\(reason)")
    }

    /// The same list with no qualifier is read whole: the test above fails for the qualifier, not the list.
    @Test func theSameListWithoutAQualifierIsAPermissionForEveryMember() throws {
        let document = try Fixtures.extract(
            "We collect personal information (such as your name and credit card information) when you place an order.")
        let card = Operation(action: "collect", data: ["user.financial.credit_card"], context: ["purchase"])
        #expect(try Fixtures.decide(document, card) == .allow)
    }

    @Test func aProhibitionWithAQualifiedMemberKeepsThatMember() throws {
        let document = try Fixtures.extract(
            "We do not share personal information (such as your name and, where applicable, your phone number) with advertisers.")
        let phone = Operation(action: "share", data: ["user.contact.phone_number"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, phone) == .deny)
    }

    /// "We will, when necessary, share …" qualifies the verb, not a member of a list of data: that is a condition's
    /// work, not this reading's.
    @Test func aQualifierOfTheVerbIsNoMemberQualifier() throws {
        let s = AnnotatedSentence(Sentence(text: "We will, when necessary, share your information with the police.", line: 1, section: nil, block: 0),
                              lexicon: Lexicon(taxonomy: .standard))
        #expect(MemberQualifier.positions(in: s).isEmpty)
    }
}
