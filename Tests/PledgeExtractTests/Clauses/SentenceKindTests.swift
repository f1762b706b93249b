import Testing
import Pledge
@testable import PledgeExtract

/// Only a statement of practice grants a permission: questions, titles, sentences about the
/// policy and definitions name practices without stating one. Sentences written for the test.
@Suite struct SentenceKindTests {
    @Test(arguments: [
        ("How do we share your information?", SentenceKind.question),
        ("With whom we may share information", .heading),
        ("This policy explains how your information may be used and shared.", .aboutPolicy),
        ("We provide this notice describing how we may share your email address.", .aboutPolicy),
        ("The certification program covers information collected on this website.", .aboutPolicy),
        ("“Technical Information” refers to data such as your IP address.", .definition),
        ("Personal Information means information that we may share with partners.", .definition),
        ("Any information that can be used to identify you is considered personally identifiable information.", .definition),
        ("(See the section entitled “Do we share your information?” above.)", .aboutPolicy),
        ("Please see our choices section below to stop us sharing your email address.", .aboutPolicy),
        ("We may share your email address with advertisers.", .practice),
        ("We share your name with carriers to deliver your orders.", .practice),
    ])
    func kindOf(_ text: String, _ kind: SentenceKind) {
        let s = AnnotatedSentence(Sentence(text: text, line: 1, section: nil, block: 0), lexicon: Lexicon(taxonomy: .standard))
        #expect(SentenceKind.of(s) == kind)
    }

    @Test(arguments: [
        "How do we share your email address with advertisers?",
        "This policy explains how we may share your email address with advertisers.",
        "“Sharing” means that we may share your email address with advertisers.",
        "With whom we may share your email address",
        "Any information that can be used to identify you is considered personally identifiable information.",
    ])
    func aSentenceThatStatesNoPracticeGrantsNoPermission(_ text: String) throws {
        let document = try Fixtures.extract(text + "\n")
        #expect(document.rules.allSatisfy { $0.effect != .allow }, "\(document.rules.map(\.id))")
    }

    /// "(See the section entitled, "Do we share your information?", above.)": a pointer to another part of the policy
    /// states no practice, whatever its title names.
    @Test func aPointerToAnotherSectionGrantsNoPermission() throws {
        let document = try Fixtures.extract("# Acme privacy\n\nWe collect your name.\n\n(See the section entitled, \"Do we share your information?\", above.)\n")
        #expect(document.rules(effect: .allow, action: "share").isEmpty, "\(document.rules.map(\.id))")
    }

    @Test func aProhibitionInASentenceAboutThePolicyIsKept() throws {
        let document = try Fixtures.extract("This policy explains our practice: we never sell your email address to advertisers.")
        #expect(document.rules.map(\.effect) == [.deny])
    }

    /// "PII is information that can be used to identify you": data said to be data of a kind is a definition — no
    /// permission to use data to identify anyone; a definition naming a practice is still listed.
    @Test func dataSaidToBeDataOfAKindIsADefinition() throws {
        let definition = try Fixtures.extract("Personally identifiable information (\"PII\") is information that can be used to identify an individual person.")
        #expect(definition.rules.isEmpty, "\(definition.rules.map(\.id))")
        let naming = try Fixtures.extract("Your data is information that we never sell.")
        #expect(naming.rules.allSatisfy { $0.effect != .allow })
        #expect(!naming.unmapped.isEmpty || !naming.rules.isEmpty)
    }

    /// "Information on how site content can and cannot be used is listed below": a passive inside a clause opened by
    /// "how" says what is told about; it promises nothing.
    @Test func aPassiveInsideAHowClauseIsNoPromise() throws {
        let document = try Fixtures.extract("Information on how site content can and cannot be used is also listed below.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }
}
