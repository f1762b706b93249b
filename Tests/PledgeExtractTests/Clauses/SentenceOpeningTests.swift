import Testing
import Pledge
@testable import PledgeExtract

/// What may stand before a sentence's subject without hiding its practice: a phrase of time ("During account
/// registration we …"), an example marker ("For example we …"), an inverted negation ("Nor does Acme …"), the site
/// called by the company's name ("The Acme web site collects …") and a name that opens with "Our" ("Our Acme Kitchen
/// collects …"); and what, opening the sentence, asks instead ("Will Acme disclose …"). Sentences written for the test.
@Suite struct SentenceOpeningTests {
    static let title = "# Privacy | Zorbla.com\n\n"

    @Test(arguments: [
        "During account registration we may collect your e-mail address.",
        "For example we collect your e-mail address.",
        "The Zorbla web site automatically collects your e-mail address.",
        "Our Zorbla Kitchen collects your e-mail address.",
        "Like most website operators, Our Zorbla Kitchen collects your e-mail address.",
    ])
    func anOpeningPhraseLeavesThePracticeToBeRead(_ sentence: String) throws {
        let document = try Fixtures.extract(Self.title + sentence + "\n")
        let rule = try document.rule(.allow, "collect", data: "user.contact.email")
        // A phrase of time is the practice's occasion, as "when you register" would be.
        #expect(rule.when == (sentence.hasPrefix("During") ? ["registration"] : []))
    }

    /// "Nor does Zorbla knowingly collect …": the negation stands before the name; read without it, nothing is promised.
    @Test func anInvertedNegationBeforeTheNameIsTheBans() throws {
        let document = try Fixtures.extract(Self.title + "Nor does Zorbla knowingly collect personal information from children under 13.\n")
        let collected = Operation(action: "collect", data: ["user.childrens"])
        #expect(try Fixtures.decide(document, collected) == .deny, "\(document.rules.map(\.id))")
    }

    /// "The site does not collect …, nor do we share …": the inverted clause after "nor" has its own subject; the words
    /// of the clause before it (another subject, data) do not hide that the company is the one who promises.
    @Test(arguments: [
        "The site does not collect your postal address nor do we share your email address with advertisers.",
        "You do not need to give a postal address, nor do we share your email address with advertisers.",
        "Zorbla does not knowingly collect postal addresses from users under 13 nor do we knowingly share your email address with advertisers.",
    ])
    func anInvertedClauseAfterNorIsTheCompanysBan(_ sentence: String) throws {
        let document = try Fixtures.extract(Self.title + sentence + "\n")
        let shared = Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, shared) == .deny, "\(document.rules.map(\.id)) \(document.unmapped.map(\.reason))")
    }

    /// "…, nor do they share …": another party's promise binds the company to nothing; "Neither Zorbla nor its partners
    /// will disclose …" joins two subjects, the company's among them.
    @Test func norJoinsAClauseOrTwoSubjects() throws {
        let theirs = try Fixtures.extract(Self.title + "We do not sell your data, nor do they share your email address with advertisers.\n")
        #expect(!theirs.rules.contains { $0.scope.action?.contains("share") == true }, "\(theirs.rules.map(\.id))")
        let joint = try Fixtures.extract(Self.title + "Neither Zorbla Ltd. nor any party it contracts with will disclose your email address to advertisers.\n")
        let disclosed = Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser")
        #expect(try Fixtures.decide(joint, disclosed) == .deny, "\(joint.rules.map(\.id)) \(joint.unmapped.map(\.reason))")
    }

    /// "- Will Zorbla disclose any of your personal information-", an item of a list of questions: it permits nothing.
    @Test func anAuxiliaryOpeningTheSentenceAsks() throws {
        let document = try Fixtures.extract(Self.title + """
            - How does Zorbla use your personal information-
            - Will Zorbla disclose any of your personal information-
            - What security measures do we take-

            """)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }
}
