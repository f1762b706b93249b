import Foundation
import Testing
import Pledge
@testable import PledgeExtract

/// Kite Messenger: a Markdown policy the extractor had not seen when it was written
/// (Fixtures/kite.md, the coordinator's round-5 probe). Its rules, what the engine decides with
/// them, and that no sentence stating a practice is silently dropped.
@Suite struct KiteProbeTests {
    private let document: PolicyDocument
    init() throws { document = try Fixtures.written("kite.md") }

    @Test func contactsAreNeverSoldNorSharedWithAdvertisers() throws {
        #expect(try document.rule(.deny, "sell").scope.data == ["user.social"])
        #expect(try document.rule(.deny, "share").scope.recipient == ["advertiser"])
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.social"], recipient: "third_party")) == .deny)
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.social"], recipient: "advertiser")) == .deny)
    }

    @Test func accountDataGoesToGovernmentOnlyUnderACourtOrder() throws {
        let rule = try document.rule(.deny, "disclose", recipient: "government")
        #expect(rule.unless == [Exception(when: ["legal_process"])])
        let asked = Operation(action: "disclose", data: ["user.account"], recipient: "government")
        #expect(try Fixtures.decide(document, asked) == .deny)
        var ordered = asked
        ordered.context = ["legal_process"]
        #expect(try Fixtures.decide(document, ordered) == .allow)
    }

    @Test func closingTheAccountDeletesProfileAndContactsWithin90Days() throws {
        let duty = try document.rule(.require, "delete")
        #expect(Set(duty.scope.data ?? []) == ["user.demographic.profile", "user.social"])
        #expect(duty.when == ["account_cancelled"])
        #expect(duty.scope.retention == .longerThan(try #require(ISODuration("P90D"))))
        let year: ISODuration = try #require(ISODuration("P1Y"))
        let kept = Operation(action: "retain", data: ["user.social"], context: ["account_cancelled"], retention: year)
        #expect(try Fixtures.decide(document, kept) == .deny)
        #expect(document.unmappedReason("If you delete")?.contains("backups") == true)
    }

    @Test func messagesAreNeitherReadNorKept() throws {
        #expect(try document.rule(.deny, "use").scope.data == ["user.content"])
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.content"])) == .deny)
        #expect(try Fixtures.decide(document, Operation(action: "retain", data: ["user.content"])) == .deny)
    }

    @Test func nothingIsAllowedThatTheTextDoesNotGrant() throws {
        // The one permission: the address book, with the reader's permission, to find friends.
        let allows = document.rules(effect: .allow)
        #expect(allows.count == 1)
        let upload = try #require(allows.first)
        #expect(upload.when == ["consent"])
        #expect(upload.scope.purpose?.compactMap { document.purposes[$0]?.says } == ["to find friends who use Kite"])
        let contacts = Operation(action: "collect", data: ["user.social"], purpose: "marketing", context: ["consent"])
        #expect(try Fixtures.decide(document, contacts) != .allow)
    }

    /// Every sentence of the policy's body either gives a rule or is listed with a reason.
    @Test func noSentenceIsSilentlyDropped() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/kite.md", withExtension: nil))
        let body = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.hasPrefix("**") && !$0.hasPrefix("Last updated") }
        let sentences = body.flatMap { SentenceSplitter.split(String($0)).map(\.text) }
        #expect(sentences.count == 9)
        let accounted = Set(document.rules.map(\.source.text) + document.unmapped.map(\.text))
        for sentence in sentences {
            #expect(accounted.contains(sentence), "dropped: \(sentence)")
        }
    }
}
