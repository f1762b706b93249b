import Testing
import Pledge
@testable import PledgeExtract

/// A choice that points back to the practice before it in its paragraph ("The user is allowed to opt-out of this usage.",
/// "The user must opt-in to this usage.") qualifies that practice's permissions, whatever their purpose, and no other
/// practice's. Sentences written for the test.
@Suite struct PointedChoiceTests {
    private let policy = """
        # Privacy Policy

        We use your purchase history for the following purposes:

        - Customer research. You may opt out of this usage at any time.
        - Product recommendations. The customer must opt-in to this usage.
        - Order fulfillment.
        """

    private func use(for purpose: String, _ facts: [String] = []) -> Operation {
        Operation(action: "use", data: ["user.behavior.purchase_history"], purpose: purpose, context: facts)
    }

    @Test func anOptOutOfThisUsageLiftsItsItemOnceTheReaderHasOptedOut() throws {
        let document = try Fixtures.extract(policy)
        let research = try #require(document.rules.first { $0.source.line == 5 }, "\(document.unmapped.map(\.reason))")
        #expect(research.effect == .allow)
        #expect(research.unless.contains { $0.when == ["opted_out"] }, "\(research.unless)")
        #expect(try Fixtures.decide(document, use(for: "analytics", ["opted_out"])) != .allow)
        #expect(try Fixtures.decide(document, use(for: "analytics")) == .allow)
        // The opt-out reaches its own item only: fulfilment still holds after it.
        #expect(try Fixtures.decide(document, use(for: "essential.service.fulfillment", ["opted_out"])) == .allow)
        // It is no permission of its own.
        #expect(document.rules.filter { $0.source.text.contains("opt") }.isEmpty, "\(document.rules.map(\.id))")
    }

    @Test func anOptInToThisUsageLetsItsItemHoldOnlyWithConsent() throws {
        let document = try Fixtures.extract(policy)
        let recommending = try #require(document.rules.first { $0.source.line == 6 }, "\(document.unmapped.map(\.reason))")
        #expect(recommending.effect == .allow)
        #expect(recommending.when == ["consent"])
        #expect(try Fixtures.decide(document, use(for: "personalize.content")) != .allow)
        #expect(try Fixtures.decide(document, use(for: "personalize.content", ["consent"])) == .allow)
    }

    /// The opt-out is of "this usage": the company's marketing elsewhere is no usage it points to.
    @Test func anOptOutOfThisUsageLeavesMarketingElsewhereAlone() throws {
        let document = try Fixtures.extract(policy + "\n\nWe may use your email address to send you our newsletter.\n")
        let newsletter = Operation(action: "use", data: ["user.contact.email"], purpose: "marketing.communications", context: ["opted_out"])
        #expect(try Fixtures.decide(document, newsletter) == .allow, "\(document.rules.map(\.scope))")
    }

    /// A consent said to be given ("you consent to this use") is no choice the practice waits for.
    @Test func aConsentSaidToBeGivenIsNoOptIn() throws {
        let s = AnnotatedSentence(Sentence(text: "By using the site, you consent to this use.", line: 1, section: nil, block: 0),
                                  lexicon: Lexicon(taxonomy: .standard))
        #expect(PointedChoice.kind(of: s) == nil)
    }
}
