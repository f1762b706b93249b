import Testing
import Pledge
@testable import PledgeExtract

/// A sentence too long to read is listed for review, never read in part: a limit at its
/// end ("only with your consent") must not be dropped and leave a wider rule behind.
@Suite struct LongSentenceTests {
    static let data = ["your name", "your e-mail address", "your postal address", "your phone number", "your browsing history",
                       "your device identifiers", "your location", "your purchase history", "your credit card number"]

    static func policy(repeats: Int, then next: String = "We will not sell your e-mail address.") -> String {
        let list = Array(repeating: data, count: repeats).flatMap { $0 }.joined(separator: ", ")
        return "# Acme\n\nWe may share \(list) with advertisers only with your consent.\n\n\(next)\n"
    }

    @Test func aShortListIsReadWithItsLimit() throws {
        let document = try Fixtures.extract(Self.policy(repeats: 1, then: ""))
        // Sharing with advertisers is forbidden unless you consent.
        let email = Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, email) == .deny)
        var consented = email
        consented.context = ["consent"]
        #expect(try Fixtures.decide(document, consented) != .deny)
    }

    @Test func aSentenceOverTheLimitIsListedAndNotRead() throws {
        let text = Self.policy(repeats: 12)
        let document = try Fixtures.extract(text)
        // Only the short sentence after it is read.
        #expect(document.rules.map(\.source.line) == [5])
        let unmapped = try #require(document.unmapped.first)
        #expect(document.unmapped.count == 1)
        #expect(unmapped.line == 3)
        #expect(unmapped.text.hasPrefix("We may share your name, your e-mail address"))
        #expect(unmapped.text.count < SentenceSplitter.maximumLength)
        #expect(unmapped.reason.contains("characters long"))
        for recipient in ["public", "advertiser"] {
            #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.contact.email"], recipient: recipient)) != .allow)
        }
    }

    @Test func theSplitterMeasuresTheSentenceWithWhitespaceCollapsed() {
        let words = Array(repeating: "word", count: 400).joined(separator: " \n   ")   // 1,999 characters collapsed
        let pieces = SentenceSplitter.split(words + ". Next one.")
        #expect(pieces.count == 2)
        #expect(pieces[0].unreadLength == nil)
        #expect(pieces[0].text.count == 1_999 + 1)
        let longer = SentenceSplitter.split(words + " more.")
        #expect(longer[0].unreadLength == 2_005)
    }
}
