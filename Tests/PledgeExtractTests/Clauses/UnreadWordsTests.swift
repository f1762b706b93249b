import Testing
import Pledge
@testable import PledgeExtract

/// A permission is written only when every word of its clause is read by a role or changes
/// nothing; a word left over may narrow what the text allows, so the sentence is listed,
/// naming it. Sentences written for the test.
@Suite struct UnreadWordsTests {
    @Test(arguments: [
        ("We may share your email address with advertisers at our discretion.", "discretion"),
        ("We may use your email address on your written instruction.", "instruction"),
        ("We may disclose your phone number to advertisers who judge contests.", "judge"),
        ("We may share your postal address with carefully selected advertisers.", "selected"),
        ("We may share your email address with advertisers of good standing.", "standing"),
        // What a practice follows limits it, unless it is the policy or the law: a license, settings a data word names
        // (other than the reader's own, which bound it by an opt-out: ``ChoiceBoundTests``).
        ("We may share your email address with advertisers in accordance with the applicable license.", "license"),
        ("We may share your postal address with advertisers in accordance with their settings.", "settings"),
        // "a few" of anything is some of it, which the text leaves unsaid.
        ("For a few services, we may share your email address with advertisers.", "few"),
    ])
    func aPermissionWithAWordNotReadIsListedNamingIt(_ text: String, _ word: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.allSatisfy { $0.effect != .allow }, "\(document.rules.map(\.id))")
        let reason = try #require(document.unmapped.first?.reason)
        #expect(reason.hasPrefix("words not read in this permission ("), "\(reason)")
        #expect(reason.contains(word), "\(reason)")
    }

    @Test(arguments: [
        "From time to time, we may also share your email address with advertisers.",
        "In addition, we may share your email address with advertisers.",
        "We may occasionally share your email address with advertisers.",
        "We may share your email address with advertisers in accordance with this policy.",
        "We may share your email address with advertisers in accordance with applicable laws.",
    ])
    func wordsThatChangeNothingLeaveThePermission(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .allow)
        #expect(rule.scope.recipient == ["advertiser"])
        #expect(rule.scope.data == ["user.contact.email"])
        #expect(document.unmapped.isEmpty)
    }

    /// "provided to marketing, research and analytics companies": a list of parties after "to" says who receives the
    /// data, not what for; read as purposes, the disclosure would go to anyone.
    @Test func aListOfPartiesAfterToIsNoPurpose() throws {
        let document = try Fixtures.extract("Your information may be provided to marketing, research and zorblax companies.")
        let anyone = Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser", purpose: "marketing")
        #expect(try Fixtures.decide(document, anyone) != .allow, "\(document.rules.map(\.scope))")
    }

    /// A prohibition is not narrowed by a word it does not read: the deny stays, for every case the text names.
    @Test func aProhibitionWithAWordNotReadIsKept() throws {
        let document = try Fixtures.extract("We will never share your email address with advertisers in connection with a promotion.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser")) == .deny)
    }

    @Test func theCompanysNameFromTheTitleIsRead() throws {
        let text = "# Acme Privacy Policy\n\nWe may share your email address with advertisers through the Acme website.\n"
        let document = try Fixtures.extract(text)
        #expect(document.rules.map(\.effect) == [.allow], "\(document.unmapped.map(\.reason))")
    }

    @Test func anotherCapitalizedNameIsNotRead() throws {
        let text = "# Acme Privacy Policy\n\nWe may share your email address with advertisers through the Zorblax website.\n"
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty)
        #expect(document.unmapped.first?.reason.contains("zorblax") == true)
    }

    /// "Like most website operators, …" compares; "information of the sort that browsers make available, such as the
    /// browser type" describes a kind its examples then name. Neither limits the permission; a description with no
    /// examples after it does ("information of the sort that zorblers keep" is some information, which is unsaid).
    @Test func aComparisonAndADescriptionNamedByExamplesLimitNothing() throws {
        let document = try Fixtures.extract("Like most website operators, we collect non-personally-identifying information of the sort "
            + "that web browsers typically make available, such as the browser type.")
        let rule = try document.rule(.allow, "collect")
        #expect(rule.scope.data == ["user.device"])
        #expect(rule.scope.identifiability == ["anonymized"])
        let unnamed = try Fixtures.extract("We collect information of the sort that zorblers keep.")
        #expect(unnamed.rules(effect: .allow, action: "collect").isEmpty, "\(unnamed.rules.map(\.scope))")
    }
}
