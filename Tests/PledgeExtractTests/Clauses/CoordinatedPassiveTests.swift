import Testing
import Pledge
@testable import PledgeExtract

/// A participle coordinated with a passive ("is shared with, or collected by, …", "may be shared … or used for …")
/// is a passive too: its data is the first verb's subject, whoever acts after "by" is another party, and what
/// qualifies that subject qualifies both verbs. Sentences written for the test.
@Suite struct CoordinatedPassiveTests {
    @Test(arguments: [
        "Your personal information may be shared with, or collected by, these advertisers.",
        "Information that is shared with, or collected by, these third parties is outside our control.",
    ])
    func whatAnotherPartyCollectsIsNoPermissionOfTheCompany(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.count == 1)
    }

    @Test func whatQualifiesTheSubjectLimitsTheSecondVerbToo() throws {
        let document = try Fixtures.extract("Apart from your zorble profile, this information may be shared with advertisers or used for marketing.")
        #expect(document.rules.filter { $0.effect == .allow }.isEmpty, "\(document.rules.map(\.id))")
    }

    @Test func aCoordinatedParticipleSharesTheSubjectsData() throws {
        let document = try Fixtures.extract("Your e-mail address is stored and used by us to process your orders.")
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
        let rule = try document.rule(.allow, "use", data: "user.contact.email")
        #expect(rule.scope.action == ["retain", "use"])
        #expect(rule.scope.purpose == ["essential.service.fulfillment"])
    }
}
