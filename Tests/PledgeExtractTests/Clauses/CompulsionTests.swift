import Testing
import Pledge
@testable import PledgeExtract

/// "We may be required to disclose …": what the company does when compelled is a permission for that case only, and
/// "we are not required to …" promises nothing. Sentences written for the test.
@Suite struct CompulsionTests {
    private func disclosure(_ context: [String] = []) -> Operation {
        Operation(action: "disclose", data: ["user.contact.email"], recipient: "government", context: context)
    }

    /// Compelled, with or without the law named: the permission holds under legal process, and never at will.
    @Test(arguments: [
        "We may be required to disclose your personal information to the police.",
        "We may be required by law to disclose your personal information to the police.",
        "We may be compelled by a court order to disclose your personal information to the police.",
        "Acme may be legally obligated to disclose your personal information to the police.",
    ])
    func aCompelledDisclosureHoldsOnlyWhenCompelled(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(try Fixtures.decide(document, disclosure()) != .allow, "\(document.rules.map(\.when))")
        #expect(try Fixtures.decide(document, disclosure(["legal_process"])) == .allow, "\(document.rules.map(\.when)) \(document.unmapped.map(\.reason))")
    }

    /// "We are not required to disclose …": no obligation is no permission, and no prohibition either.
    @Test(arguments: [
        "We are not required to disclose your personal information to the police.",
        "We will never be required to share your e-mail address with the police.",
    ])
    func noObligationPromisesNothing(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }

    /// Compelled by a party the vocabulary has no fact for: the compulsion is kept in its own words, and the law's
    /// process alone does not meet it.
    @Test func aCompulsionByAnUnknownPartyIsKeptInItsWords() throws {
        let document = try Fixtures.extract("We may be required by our franchisees to disclose your e-mail address to the police.")
        let rule = try document.rule(.allow, "disclose")
        #expect(!rule.when.isEmpty && !rule.when.contains("legal_process"), "\(rule.when)")
        #expect(try Fixtures.decide(document, disclosure(["legal_process"])) != .allow)
    }

    /// "You are required to provide your e-mail address": what the reader must give, the company collects.
    @Test func theReaderRequiredToGiveDataIsACollection() throws {
        let document = try Fixtures.extract("You are required to provide your e-mail address when you register.")
        let rule = try document.rule(.allow, "collect")
        #expect(rule.scope.data == ["user.contact.email"])
        #expect(!rule.when.contains("legal_process"))
    }

    /// "… but it is not authorized to sell or transfer your information": what a party is not authorized to do is not
    /// part of what the company uses it for.
    @Test func whatAnEngagedPartyIsNotAuthorizedToDoIsNoUseOfIt() throws {
        let document = try Fixtures.extract(
            "We may use a service provider to send emails on our behalf, but it is not authorized to sell or transfer your information.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }
}
