import Testing
import Pledge
@testable import PledgeExtract

/// A period given for a kept thing by a later sentence that points back to it ("It expires after two days") limits
/// the permission to keep it. Paragraphs written for the test.
@Suite struct NeighbourRetentionTests {
    @Test(arguments: [
        ("When you edit a page, a cookie is saved in your browser. It expires after two days.", "P2D"),
        ("When you edit a page, a cookie is saved in your browser. This cookie holds no personal data. It expires after two days.", "P2D"),
        ("When you edit a page, a cookie is saved in your browser. These cookies last for one year.", "P1Y"),
    ])
    func aPeriodStatedForWhatIsKeptLimitsThePermission(_ paragraph: String, _ period: String) throws {
        let document = try Fixtures.extract(paragraph)
        let keep = try document.rule(.allow, "retain")
        // Read alone, "a cookie is saved" would let it be kept for ever; the text says how long it lasts.
        #expect(keep.scope.retention == .atMost(try #require(ISODuration(period))), "\(keep.scope)")
        // The sentence that gives the period is read with the permission, not listed.
        #expect(!document.unmapped.contains { $0.text.contains("expires") || $0.text.contains("last for") },
                "\(document.unmapped.map(\.text))")
    }

    @Test(arguments: [
        "When you edit a page, a cookie is saved in your browser. Our offices close after two days.",   // does not point back
        "When you edit a page, a cookie is saved in your browser. It appears after two days.",            // not how long it lasts
    ])
    func aPeriodNotStatedForWhatIsKeptIsNoLimit(_ paragraph: String) throws {
        let document = try Fixtures.extract(paragraph)
        let keep = try document.rule(.allow, "retain")
        #expect(keep.scope.retention == nil, "\(keep.scope)")
    }
}
