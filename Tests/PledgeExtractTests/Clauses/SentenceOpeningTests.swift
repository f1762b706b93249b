import Testing
import Pledge
@testable import PledgeExtract

/// What may stand before a sentence's subject without hiding its practice: a phrase of time ("During account
/// registration we …"), an example marker ("For example we …"), an inverted negation ("Nor does Acme …"), and the
/// site called by the company's name ("The Acme web site collects …"); and what, opening the sentence, asks instead
/// ("Will Acme disclose …"). Sentences written for the test.
@Suite struct SentenceOpeningTests {
    static let title = "# Privacy | Zorbla.com\n\n"

    @Test(arguments: [
        "During account registration we may collect your e-mail address.",
        "For example we collect your e-mail address.",
        "The Zorbla web site automatically collects your e-mail address.",
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
