import Testing
import Pledge
@testable import PledgeExtract

/// An exception to a prohibition is a permission. One for a party ("except service providers", "This does not include
/// trusted third parties who help us …") lifts the transfers the prohibition names, never a sale, rental or trade beside
/// them: the parties it names may receive the data, not buy it. An exception of the reader's consent names no party,
/// and lifts every act. Sentences written for the test.
@Suite struct ExceptionActTests {
    @Test(arguments: [
        "We do not sell, trade or otherwise transfer your personal information to outside parties except service providers.",
        "We do not sell or share your personal information with third parties, other than service providers.",
    ])
    func anExceptionForAPartyLiftsTheTransferNotTheSale(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let email = ["user.contact.email"]
        for sale in ["sell", "trade"] where document.rules.contains(where: { $0.scope.action?.contains(sale) == true }) {
            #expect(try Fixtures.decide(document, Operation(action: sale, data: email, recipient: "service_provider")) == .deny, "\(sale)")
        }
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: email, recipient: "advertiser")) == .deny)
        let transfer = try #require(document.rules.first?.scope.action?.first { $0 == "share" || $0 == "disclose" })
        #expect(try Fixtures.decide(document, Operation(action: transfer, data: email, recipient: "service_provider")) != .deny)
    }

    /// A ban of sharing alone covers selling too; its exception for a party lifts the sharing only.
    @Test func aBanOfSharingExceptForAPartyStillForbidsSellingToIt() throws {
        let document = try Fixtures.extract("We do not share your personal information with third parties except service providers.")
        let email = ["user.contact.email"]
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: email, recipient: "service_provider")) == .deny)
        #expect(try Fixtures.decide(document, Operation(action: "share", data: email, recipient: "service_provider")) != .deny)
    }

    @Test func theReadersConsentLiftsTheSaleToo() throws {
        let document = try Fixtures.extract("We do not sell or share your personal information with third parties without your consent.")
        let sale = Operation(action: "sell", data: ["user.contact.email"], recipient: "advertiser", context: ["consent"])
        #expect(try Fixtures.decide(document, sale) != .deny)
        var unconsented = sale
        unconsented.context = []
        #expect(try Fixtures.decide(document, unconsented) == .deny)
    }

    /// "for any purpose other than responding to your inquiry": the fact that lifts the ban is the case excepted,
    /// named without "other than" — claiming "other than responding" would claim the very case the ban binds.
    @Test func theStatedExceptionNamesTheCaseExcepted() throws {
        let document = try Fixtures.extract("We will not use any personal information contained in your e-mail for any purpose other than responding to your specific inquiry.")
        let rule = try document.rule(.deny, "use")
        let fact = try #require(rule.unless.first?.when.first)
        #expect(document.facts[fact]?.says == "responding to your specific inquiry", "\(document.facts)")
    }
}
