import Testing
import Pledge
@testable import PledgeExtract

/// Data said to be among the assets a business transfer hands over is disclosed to the one who acquires them, on a
/// merger or sale, and only then. Sentences written for the test.
@Suite struct BusinessTransferTests {
    @Test(arguments: [
        "In such deals, member information would typically be one of the transferred business assets.",
        "In any transaction of this kind, your account details may be among the assets that are transferred.",
        "Subscriber information is part of the business assets that would be transferred.",
    ])
    func dataAmongTransferredAssetsGoesToTheAcquirerOnAMerger(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try document.rule(.allow, "disclose", recipient: "acquirer")
        #expect(rule.when == ["merger"])
        let sale = Operation(action: "disclose", data: ["user.contact.email"], recipient: "acquirer")
        #expect(try Fixtures.decide(document, sale) != .allow, "without the merger, nothing is handed over")
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser",
                                                        context: ["merger"])) != .allow)
    }

    /// "the sale of all or a portion of our business or assets": a noun coordinated after a phrase of the condition shares
    /// the phrase's words ("portion of our assets"); the whole condition is the sale, and the data goes to its buyer only.
    @Test(arguments: [
        "We may transfer your information in the event we sell or transfer all or a portion of our business or assets.",
        "We may share your information in connection with the sale of our business or assets.",
    ])
    func aSaleOfTheBusinessOrAssetsIsAMerger(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let action = try #require(document.rules.first?.scope.action?.first, "\(document.unmapped.map(\.reason))")
        let buyer = Operation(action: action, data: ["user.contact.email"], recipient: "acquirer", context: ["merger"])
        let advertiser = Operation(action: action, data: ["user.contact.email"], recipient: "advertiser", context: ["merger"])
        #expect(try Fixtures.decide(document, buyer) == .allow, "\(document.rules.map(\.scope)) \(document.unmapped.map(\.reason))")
        #expect(try Fixtures.decide(document, advertiser) != .allow, "\(document.rules.map(\.scope))")
    }

    /// Anything else in the sentence ("but remains subject to …"), or a negation, is not this form: no permission.
    @Test(arguments: [
        "In such transactions, customer information is generally one of the transferred assets but remains subject to the promises made in an earlier notice.",
        "In such transactions, customer information is never one of the transferred assets.",
        // Data pointed back to is the data of the sentence before, not all personal data.
        "We keep your order history. In such transactions, this information may be among the transferred assets.",
    ])
    func anyOtherWordKeepsThePermissionUnwritten(_ text: String) throws {
        #expect(try Fixtures.extract(text).rules(effect: .allow, action: "disclose").isEmpty)
    }

    /// "as part of that transaction": the transaction pointed back to is the company's merger or sale, not a purchase
    /// of the reader's; read as one, the sale of the data would be allowed whenever the reader buys something.
    @Test func theTransactionPointedBackToIsTheMerger() throws {
        let document = try Fixtures.extract("""
            # Zorblax Privacy Policy

            Business Transfers: In the event that Zorblax is involved in a merger, acquisition or sale of assets, your \
            information may be sold or transferred as part of that transaction.
            """)
        let bought = Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party", context: ["purchase"])
        #expect(try Fixtures.decide(document, bought) != .allow, "\(document.rules.map(\.when))")
        #expect(document.rules.allSatisfy { !$0.when.contains("purchase") }, "\(document.rules.map(\.when))")
        let merged = Operation(action: "disclose", data: ["user.contact.email"], recipient: "acquirer", context: ["merger"])
        #expect(try Fixtures.decide(document, merged) == .allow, "\(document.rules.map(\.when))")
    }

    /// "in the event that we sell our business": a sale of the business, whose buyer is the only recipient.
    @Test func sellingTheBusinessIsATransferToItsBuyer() throws {
        let document = try Fixtures.extract("We may transfer any information we have collected in the event that we sell our business.")
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser", context: ["merger"])) != .allow)
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "acquirer", context: ["merger"])) == .allow)
    }
}
