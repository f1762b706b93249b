import Testing
import Pledge
@testable import PledgeExtract

/// A disclosure the policy makes when the law, a court, fraud or a danger calls for it, stated after a prohibition in
/// the same section, is the prohibition's exception on that occasion only. Paragraphs written for the test.
@Suite struct CompelledExceptionTests {
    static let ban = "We do not sell, trade, or otherwise transfer to outside parties your personally identifiable information."

    @Test func aDisclosureTheLawCallsForIsTheBansException() throws {
        let document = try Fixtures.extract("""
            \(Self.ban) This does not include our service providers. We may also release your information when we believe \
            release is appropriate to comply with the law, enforce our site policies, or protect ours or others rights, \
            property, or safety.
            """)
        let disclosed = { (context: [String]) in
            Operation(action: "disclose", data: ["user.contact.email"], recipient: "third_party", context: context)
        }
        for occasion in ["legal_process", "terms_violation", "security_incident"] {
            #expect(try Fixtures.decide(document, disclosed([occasion])) == .allow, "\(occasion): \(document.rules.map(\.id))")
        }
        // On every other occasion the ban still holds, and a sale is never a release.
        #expect(try Fixtures.decide(document, disclosed([])) == .deny)
        let sale = Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party", context: ["legal_process"])
        #expect(try Fixtures.decide(document, sale) == .deny)
    }

    /// Sharing on an ordinary occasion is no exception: the ban outweighs it, as the text's two promises together say.
    @Test func aPermissionOnAnOrdinaryOccasionCarvesNothingOut() throws {
        let document = try Fixtures.extract("\(Self.ban) We may also share your e-mail address when you enter a contest.")
        let shared = Operation(action: "share", data: ["user.contact.email"], recipient: "third_party", context: ["contest"])
        #expect(try Fixtures.decide(document, shared) == .deny)
    }

    /// The purposes another sentence gives for other sharing are not the compelled disclosure's: it stays a rule.
    @Test func aCompelledDisclosureKeepsItsOwnReason() throws {
        let document = try Fixtures.extract("""
            We may release your information when we believe release is appropriate to comply with the law. However, \
            non-personally identifiable visitor information may be provided to other parties for marketing.
            """)
        let release = try #require(document.rules.first { $0.source.text.hasPrefix("We may release") }, "\(document.unmapped.map(\.reason))")
        #expect(release.effect == .allow && release.scope.action == ["disclose"])
        #expect(release.when == ["legal_process"])
        #expect(!document.unmapped.contains { $0.text.hasPrefix("We may release") }, "\(document.unmapped.map(\.reason))")
    }
}
