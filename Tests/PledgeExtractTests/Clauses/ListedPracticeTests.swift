import Testing
import Pledge
@testable import PledgeExtract

/// A sentence that states a practice the rule model cannot hold is listed for review, never
/// dropped: what a third party receives from us, a third party we engage, a notice we promise,
/// a collection whose purpose is not understood. Sentences written for the test.
@Suite struct ListedPracticeTests {
    @Test(arguments: [
        ("Our vendors receive hashed device identifiers.", "a third party receives data"),
        ("We use analytics companies, for example Amplitude, to improve the product.", "engages a third party"),
        ("We will notify the people affected before we comply.", "a promised notice"),
        ("If you allow it, the app uploads your phone contacts to suggest people you may know.", "purpose"),
        // The practice named inside the data phrase that is the subject, with a source the model does not hold: listed,
        // never dropped silently.
        ("Information we collect from partners includes your IP address and browser type.", "a practice (collect …)"),
        ("Information we collect helps us understand our audience.", "a practice (collect …)"),
        // A choice that qualifies no rule, and the reader's access to their own data: no rule holds them yet.
        ("Members may opt out using the link in each newsletter.", "a choice of the reader's (opt out …)"),
        ("We honour unsubscribe requests within ten days.", "a choice of the reader's (unsubscribe …)"),
        ("You can review and correct your account information at any time.", "the reader's access to their own data"),
        ("Visitors may browse our website anonymously.", "to use the service without giving data"),
        // Data joined with other data: no action of the model says it.
        ("IP addresses are not linked to personally identifiable information.", "linking or combining data"),
        // Combining is no use for every purpose: no permission to use the data follows from it.
        ("We may combine the information collected through our forms with your purchase history.", "linking or combining data"),
    ])
    func aPracticeTheModelCannotHoldIsListed(_ text: String, _ reason: String) throws {
        let document = try Fixtures.extract(text)
        let listed = try #require(document.unmappedReason(String(text.prefix(14))), "\(document.rules.map(\.id))")
        #expect(listed.contains(reason))
        #expect(document.rules(effect: .allow).isEmpty)
    }

    @Test func aProhibitionOverAnAddressBookIsKept() throws {
        let document = try Fixtures.extract("We do not sell your address book.")
        #expect(try document.rule(.deny, "sell").scope.data == ["user.social"])
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.social"], recipient: "third_party")) == .deny)
    }

    /// A follow-up that names the data again ("Non-personal information may include …") says what the data of the
    /// permission before is: read into it, the permission holds for what is listed, not for every kind of data.
    @Test func whatTheDataNamedAgainIncludesNarrowsThePermissionBefore() throws {
        let document = try Fixtures.extract("""
            We may collect non-personal information about visitors.
            Non-personal information may include the browser name and the type of computer.
            """)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .allow)
        #expect(!(rule.scope.data ?? ["user"]).contains("user"))
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.contact.email"], identifiability: "anonymized")) != .allow)
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
    }

    /// Alone, the same follow-up is listed, never lost.
    @Test func whatTheDataNamedAgainIncludesIsListedAlone() throws {
        let document = try Fixtures.extract("Non-personal information may include the browser name and the type of computer.")
        #expect(document.unmapped.first?.reason.contains("what the data before includes") == true, "\(document.unmapped.map(\.reason))")
    }

    /// "It may also be used to contact you": a practice whose data is pointed back to is listed, never lost.
    @Test func aPracticeOfDataPointedBackToIsListed() throws {
        let document = try Fixtures.extract("It may at the member's choice also be used to contact the member for certain notices.")
        #expect(document.unmapped.first?.reason.hasPrefix("a practice (used") == true, "\(document.unmapped.map(\.reason))")
    }

    /// "We do not issue third-party cookies", "We will never spam you with your address": the company and data named
    /// around a verb the vocabulary does not know are listed — never a rule, never lost silently. A sentence naming no
    /// data, or not the company, is not listed for it.
    @Test func aPracticeInAnUnknownVerbIsListed() throws {
        for text in ["We do not issue third-party cookies.", "We will never spam you at your e-mail address."] {
            let document = try Fixtures.extract(text)
            #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
            #expect(document.unmapped.first?.reason.contains("but no practice is read") == true, "\(document.unmapped.map(\.reason))")
        }
        for text in ["We love our customers.", "Cookies are small text files."] {
            #expect(try Fixtures.extract(text).unmapped.allSatisfy { !$0.reason.contains("but no practice is read") })
        }
    }
}
