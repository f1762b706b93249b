import Testing
@testable import PledgeExtract

/// Where a sentence ends: at a stop followed by what may open a sentence, not inside an abbreviation. Sentences
/// written for the test.
@Suite struct SentenceSplitterTests {
    /// "… to them. acme.com will not …": a company that writes its name as its lower-case web address opens a
    /// sentence with it; a stop before any other lower-case word, or after "i.e.", ends nothing.
    @Test func aLowerCaseWebAddressOpensASentence() {
        let texts = SentenceSplitter.split("You consent to the transfer to them. acme.com will not sell your data.").map(\.text)
        #expect(texts == ["You consent to the transfer to them.", "acme.com will not sell your data."])
        #expect(SentenceSplitter.split("We log visits, i.e. acme.com pages you open.").count == 1)
        #expect(SentenceSplitter.split("We log visits to the site. and more.").count == 1)
    }

    /// Without the split, a consent named in the sentence before made the ban hold only with consent.
    @Test func aBanAfterALowerCaseNameIsNotConditionedOnTheSentenceBefore() throws {
        let document = try Fixtures.extract(
            "By using the site, you consent to the transfer of such information to them. acme.com will not rent or sell personally identifying information to anyone.")
        let sale = Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party")
        #expect(try Fixtures.decide(document, sale) == .deny, "\(document.rules.map(\.id))")
    }
}
