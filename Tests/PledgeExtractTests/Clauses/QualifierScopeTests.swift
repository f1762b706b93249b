import Testing
import Pledge
@testable import PledgeExtract

/// What a qualifier reaches: a purpose reached by a means, the identifying manner of a ban, a recipient "among" the
/// company's services, another party named by a pointing word, and data pointed back to by a passive with no subject of
/// its own. Sentences written for the test.
@Suite struct QualifierScopeTests {
    /// "to better serve you by providing a customized shopping experience": the purpose is the personalisation.
    @Test func aPurposeReachedByAMeansIsTheMeansPurpose() throws {
        let document = try Fixtures.extract("We use your e-mail address to better serve you by providing a customized shopping experience.")
        let rule = try document.rule(.allow, "use")
        #expect(rule.scope.purpose == ["personalize"], "\(rule.scope)")
    }

    /// "never disclose aggregate information in a manner that would identify you": the ban is on the identifying form;
    /// aggregate figures stay outside it.
    @Test func aBanOnAnIdentifyingMannerSparesAggregates() throws {
        let document = try Fixtures.extract("We will never disclose aggregate information about our users in a manner that would identify you.")
        let aggregate = Operation(action: "disclose", data: ["user.behavior"], recipient: "third_party", identifiability: "aggregated")
        #expect(try Fixtures.decide(document, aggregate) != .deny)
        let identified = Operation(action: "disclose", data: ["user.behavior"], recipient: "third_party", identifiability: "identified")
        #expect(try Fixtures.decide(document, identified) == .deny)
    }

    /// "We may share personal information among our various services": whom it goes to is not read; no permission to
    /// share with anyone.
    @Test func sharingAmongPartiesNotReadIsNoPermission() throws {
        let document = try Fixtures.extract("We may share personal information among our various services in order to customize content.")
        #expect(document.rules(effect: .allow, action: "share").isEmpty, "\(document.rules.map(\.scope))")
    }

    /// "These contracted parties may only use your personal data …": their duty, no ban of the company's.
    @Test func partiesPointedBackToAreOthers() throws {
        let document = try Fixtures.extract("These contracted parties may only use your personal data to provide the services.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }

    /// "This aggregate information is analyzed … and may be collected on our site": with nothing before it to point
    /// to, the data of the second verb is not read, and no permission covers all personal data.
    @Test func aPassiveWithNoSubjectOfItsOwnPointsBackToo() throws {
        let document = try Fixtures.extract(
            "This aggregate information is analyzed and combined with similar information of other users and may be collected on our site.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.scope))")
    }

    /// A list item that opens by pointing to others ("These other sites may collect data") completes no lead-in.
    @Test func anItemAboutOthersCompletesNoLeadIn() throws {
        let document = try Fixtures.extract("""
            # Privacy Policy

            We may collect the following types of information:

            - These other sites may place their own cookies on your computer and solicit personal information from you.
            """)
        #expect(document.rules(effect: .allow, action: "collect").isEmpty, "\(document.rules.map(\.scope))")
    }

    /// With its list in the paragraphs after it, "the following types of information" points ahead all the same: it is
    /// no permission for all personal data.
    @Test func dataOfTheFollowingTypesIsNoPermissionForAllData() throws {
        let document = try Fixtures.extract("We may collect the following types of information from our users.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.scope))")
        let reason = try #require(document.unmapped.first?.reason)
        #expect(reason.contains("following types of information"), "\(reason)")
    }

    /// "We use cookies to remember this information": a purpose whose object points back is not read alone; no
    /// permission with it.
    @Test func aPurposeOnDataPointedBackToIsNotRead() throws {
        let document = try Fixtures.extract("We use cookies to remember this information.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.scope))")
    }

    /// "… is stored without your name attached", "we may share it without your consent": what must not hold is no
    /// exception of a permission (as one, it would hold exactly when it should not); the permission is listed.
    @Test(arguments: [
        "We collect your age. Your age is stored without your name and e-mail address attached to it.",
        "We may share your e-mail address with our partners without your consent.",
    ])
    func whatMustNotHoldIsNoExceptionOfAPermission(_ text: String) throws {
        let document = try Fixtures.extract(text)
        for rule in document.rules(effect: .allow) { #expect(rule.unless.isEmpty, "\(rule.id): \(rule.unless)") }
        #expect(document.unmapped.contains { $0.reason.contains("without") }, "\(document.unmapped.map(\.reason))")
    }

    /// "may be disclosed to specific members of our staff and to select third parties": parties read as the words of
    /// a purpose leave the disclosure open to anyone; no permission.
    @Test func partiesReadAsAPurposeGiveNoPermission() throws {
        let document = try Fixtures.extract("Your name may be disclosed to specific members of our staff and to select third parties.")
        #expect(document.rules(effect: .allow, action: "disclose").isEmpty, "\(document.rules.map(\.scope))")
    }

    /// "third-party information is used to deliver ads": data another party's name qualifies came from it; a
    /// permission over all data would be wider. "We disclose to third parties information about …" names the receiver.
    @Test func dataNamedByItsSourceIsListed() throws {
        let sourced = try Fixtures.extract("At times third-party information is used to deliver targeted ads to you.")
        #expect(sourced.rules(effect: .allow).isEmpty, "\(sourced.rules.map(\.scope))")
        let received = try Fixtures.extract("We may disclose to third parties aggregate information about your use of our site.")
        #expect(try received.rule(.allow, "disclose").scope.recipient == ["third_party"])
    }
}
