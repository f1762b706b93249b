import Testing
import Pledge
@testable import PledgeExtract

/// Who acts and under which verb group, when words stand between: a verb group said again for another time, and a
/// verb joined to a relative clause on another party. Sentences written for the test.
@Suite struct VerbGroupAndSubjectTests {
    /// "We do not, and will not, sell": the group said again between commas denies as the first does.
    @Test(arguments: [
        "We do not, and will not, sell your personal information to third parties.",
        "Acme does not now, nor will it in the future, sell your personal information to third parties.",
    ])
    func aVerbGroupSaidAgainForAnotherTimeStillDenies(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let sale = Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party")
        #expect(try Fixtures.decide(document, sale) == .deny, "\(document.rules.map(\.id))")
    }

    /// "sell or otherwise commercially exploit": the manner after "otherwise" keeps the verbs one list; to exploit
    /// data is to use it, and the ban covers both acts.
    @Test(arguments: ["We will never sell or otherwise commercially exploit your personal information.",
                      "We do not sell or otherwise commercially or non-commercially exploit your personal information."])
    func aMannerAfterOtherwiseKeepsTheVerbList(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let use = Operation(action: "use", data: ["user.contact.email"], purpose: "marketing")
        #expect(try Fixtures.decide(document, use) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "Some of these partners may be intermediaries that act …, and do not store or use …": a verb group after a
    /// coordinator, with no practice before it, has the sentence's subject — another party, whose promise is not the
    /// company's. The company's own sentence of the same shape is its promise.
    @Test func aVerbJoinedToAnotherPartysRelativeClauseIsTheirs() throws {
        let theirs = try Fixtures.extract(
            "Some of these third parties may be intermediaries that act only as links in the chain, and do not store or use the information given to them.")
        #expect(theirs.rules.isEmpty, "\(theirs.rules.map(\.id))")
        let ours = try Fixtures.extract("Acme is a retailer that ships goods, and does not store your card number.")
        #expect(try ours.rule(.deny, "retain").scope.data == ["user.financial.credit_card"], "\(ours.rules.map(\.id))")
    }

    /// "We currently do, and will not in the future, …" is no repeated group: the two groups say opposite things, and
    /// neither a sale nor a ban of one is read from it (reading through the second, it would permit what it rules out).
    @Test func groupsOfOppositePolarityAreNotOne() throws {
        let document = try Fixtures.extract("We do now, and will not in the future, sell your personal information to third parties.")
        #expect(document.rules(action: "sell").isEmpty, "\(document.rules.map(\.id))")
    }

    private func annotated(_ text: String) -> AnnotatedSentence {
        AnnotatedSentence(Sentence(text: text, line: 1, section: nil, block: 0), lexicon: Lexicon(taxonomy: .standard))
    }

    /// "services that collect information … and store it": the second verb's subject is the services', not the
    /// company's; the company is granted nothing by it. After "so that we can contact you", "that" is no relative pronoun:
    /// the verb joined to "contact" is the company's.
    @Test func aVerbJoinedToARelativeClauseSharesItsSubject() throws {
        let document = try Fixtures.extract(
            "We employ analytics services that automatically collect anonymous information about visits and store this information in server log files.")
        #expect(document.rules(effect: .allow, action: "retain").isEmpty, "\(document.rules.map(\.id))")
        let own = PredicateFinder(s: annotated("We collect your e-mail address so that we can contact you and send you updates.")).find().main
        #expect(own.contains { $0.actions.contains("email") && $0.actor == .company }, "\(own)")
    }

    /// "information about how the Service is accessed and used": a verb joined to a participle of no practice, in a
    /// passive whose subject is the service, is no practice of the company's over data.
    @Test func aVerbJoinedToAPassiveOfNoPracticeIsNone() throws {
        let document = try Fixtures.extract("We may also collect information on how the Service is accessed and used (\"Usage Data\").")
        #expect(document.rules(effect: .allow, action: "use").isEmpty, "\(document.rules.map(\.id))")
    }

    /// "Some of our pages use cookies": a part of what the company owns acts for it; a part of another's does not.
    @Test func aPartOfWhatTheCompanyOwnsActsForIt() throws {
        let ours = try Fixtures.extract("Some of our pages use cookies to remember your preferences.")
        #expect(try ours.rule(.allow, "use").scope.data == ["user.device.cookie"])
        let theirs = try Fixtures.extract("Some of their pages use cookies to remember your preferences.")
        #expect(theirs.rules(effect: .allow).isEmpty, "\(theirs.rules.map(\.id))")
    }

    /// "the name of the website", "your Internet service provider name": the name of a thing is no person's name; the
    /// name of a person is.
    @Test(arguments: [
        ("We collect the name of the website from which you entered our site.", false),
        ("We collect your Internet service provider name.", false),
        ("We collect the name of the person who places the order.", true),
        ("We collect your name.", true),
    ])
    func theNameOfAThingIsNoPersonsName(_ text: String, _ personal: Bool) {
        let names = annotated(text)[.data].filter { $0.keys.contains("user.name") }
        #expect(names.isEmpty != personal, "\(annotated(text)[.data])")
    }

    /// "basic information such as your name": a word describing a generic data word whose examples follow; the examples
    /// are the data. Whose data it is ("your child's information such as …") is no such word.
    @Test func aDescribedGenericWordIsReadAsItsExamples() throws {
        let document = try Fixtures.extract("We ask you to provide basic information such as your name and e-mail address.")
        #expect(Set(try document.rule(.allow, "collect").scope.data ?? []) == ["user.name", "user.contact.email"])
        let child = try Fixtures.extract("We may collect your child's personal information such as name and e-mail address.")
        let adults = Operation(action: "collect", data: ["user.contact.email"])
        #expect(try Fixtures.decide(child, adults) != .allow, "\(child.rules.map(\.scope))")
    }

    /// "As with most other websites, …": a comparison opening the sentence limits nothing.
    @Test func aComparisonOpeningTheSentenceLimitsNothing() throws {
        let document = try Fixtures.extract("As with most other websites, we collect your IP address.")
        #expect(try document.rule(.allow, "collect").scope.data == ["user.device.ip_address"])
    }
}
