import Testing
import Pledge
@testable import PledgeExtract

/// What "this information" points back to when a ban names it: all the data its paragraph named, and, for a ban an
/// exclusive limit makes, the broad reading. Sentences written for the test.
@Suite struct PointedBanTests {
    /// "We log your IP address. We also record the pages you visit. This information is never sold.": both.
    @Test func aBanPointingBackReadsTheWholeParagraph() throws {
        let document = try Fixtures.extract(
            "We log your IP address. We also record the pages you visit. This information is never sold to third parties.")
        for data in ["user.device.ip_address", "user.behavior.browsing_history"] {
            let sold = Operation(action: "sell", data: [data], recipient: "third_party")
            #expect(try Fixtures.decide(document, sold) == .deny, "\(data): \(document.rules.map(\.scope))")
        }
    }

    /// "We collect personal information, such as your name. This information is used only to process your order.":
    /// the ban the limit makes holds for the personal information, not only for the example.
    @Test func aBanFromAnExclusiveLimitReadsThePointedDataBroadly() throws {
        let document = try Fixtures.extract(
            "We collect personal information, such as your name. This information is used only to process your order.")
        let marketing = Operation(action: "use", data: ["user.contact.email"], purpose: "marketing")
        #expect(try Fixtures.decide(document, marketing) == .deny, "\(document.rules.map(\.scope))")
    }
}
