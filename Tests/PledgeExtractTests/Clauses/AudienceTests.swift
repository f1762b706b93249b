import Testing
import Pledge
@testable import PledgeExtract

/// "For Senders, your information will be used to …": a sentence that opens by naming the kind of user it is about
/// permits nothing for everyone's data; it is listed. An opening that names a purpose or a reason is no audience.
/// Sentences written for the test.
@Suite struct AudienceTests {
    @Test(arguments: [
        "For Zorblers, your information may be sold to government agencies.",
        "For subscribers, your e-mail address will be used to confirm your identity.",
    ])
    func aPermissionForAKindOfUserIsListed(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.allSatisfy { $0.effect != .allow }, "\(document.rules.map(\.id))")
        #expect(document.unmapped.contains { $0.reason.hasPrefix("the permission holds for a kind of user") }, "\(document.unmapped.map(\.reason))")
    }

    @Test(arguments: [
        "For security reasons, we log your IP address.",
        "For your convenience, we may store your credit card number.",
    ])
    func anOpeningPurposeIsNoAudience(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.contains { $0.effect == .allow }, "\(document.unmapped.map(\.reason))")
    }
}
