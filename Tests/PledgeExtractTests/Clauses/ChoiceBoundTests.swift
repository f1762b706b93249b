import Testing
import Pledge
@testable import PledgeExtract

/// "consistent with your choices", "subject to your privacy settings": a practice bounded by what the reader chose stops
/// once they chose against it, an opt-out. A prohibition that follows the reader's choices binds at least while they
/// chose nothing. Sentences written for the test.
@Suite struct ChoiceBoundTests {
    private func share(_ data: String, with recipient: String, _ facts: [String] = []) -> Operation {
        Operation(action: "share", data: [data], recipient: recipient, context: facts)
    }

    @Test(arguments: [
        "We may share your email address with our business partners consistent with your choices.",
        "Subject to your privacy settings, we may share your email address with our business partners.",
        "We may share your email address with our business partners in accordance with your stated marketing preferences.",
        "We may share your email address with our business partners to let them send you offers, in line with your communication choices.",
    ])
    func aPracticeBoundedByTheReadersChoicesStopsOnceTheyOptOut(sentence: String) throws {
        let document = try Fixtures.extract("# Privacy\n\n\(sentence)\n")
        let rule = try #require(document.rules.first { $0.effect == .allow }, "\(document.unmapped.map(\.reason))")
        #expect(rule.unless.contains { $0.when == ["opted_out"] }, "\(rule.unless)")
        #expect(rule.when.isEmpty, "\(rule.when)")
        #expect(try Fixtures.decide(document, share("user.contact.email", with: "business_partner", ["opted_out"])) != .allow)
        let bare = try Fixtures.decide(document, share("user.contact.email", with: "business_partner"))
        #expect(sentence.contains("offers") ? bare != .deny : bare == .allow)
    }

    /// The reader's choices bound a ban no less: it is kept whole, never lifted by an opt-out.
    @Test func aBanFollowingTheReadersChoicesIsNotLiftedByTheirOptOut() throws {
        let document = try Fixtures.extract("# Privacy\n\nWe will not share your email address with advertisers, consistent with your choices.\n")
        #expect(try Fixtures.decide(document, share("user.contact.email", with: "advertiser", ["opted_out"])) == .deny)
        #expect(try Fixtures.decide(document, share("user.contact.email", with: "advertiser")) == .deny)
    }

    /// "customize our content according to your preferences" tailors the content by them; no opt-out is offered there,
    /// nor are the choices of others ("subject to their settings") the reader's.
    @Test(arguments: [
        "We use cookies to customize our content according to your preferences.",
        "We may share your email address with our business partners, subject to their own privacy policies.",
    ])
    func preferencesThatTailorAPracticeOrChoicesOfOthersAreNoOptOut(sentence: String) throws {
        let s = AnnotatedSentence(Sentence(text: sentence, line: 1, section: nil, block: 0), lexicon: Lexicon(taxonomy: .standard))
        #expect(ChoiceBound.find(in: s).isEmpty)
    }
}
