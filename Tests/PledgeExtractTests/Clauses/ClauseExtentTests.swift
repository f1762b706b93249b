import Testing
import Pledge
@testable import PledgeExtract

/// Where a promise's words end and whose words they are: a leading subordinate clause, an exception in words partly
/// read, a level a later sentence names, and part of the data. Sentences written for the test.
@Suite struct ClauseExtentTests {
    /// "Because we don't track individual users, an advertiser will never know …": the advertiser belongs to the main
    /// clause; the ban on tracking holds for everyone.
    @Test func aLeadingSubordinateClauseEndsAtItsComma() throws {
        let document = try Fixtures.extract(
            "Because we don't track the usage patterns of individual users, an advertiser or sponsor will never know that a specific user clicked their ad.")
        let deny = try document.rule(.deny, "collect")
        #expect(deny.scope.recipient == nil, "\(deny.scope)")
    }

    /// "unless authorized by you at purchase point": the authorisation, not any purchase, lifts the ban. An exception
    /// whose words are not all read is kept in its own words, never by the one fact it names.
    @Test func anExceptionPartlyReadIsKeptInItsWords() throws {
        let document = try Fixtures.extract("We do not sell your details to third party marketing companies, unless authorized by you at purchase point.")
        let deny = try document.rule(.deny, "sell")
        #expect(!deny.unless.contains { $0.when == ["purchase"] }, "\(deny.unless)")
        let sold = Operation(action: "sell", data: ["user.contact.email"], recipient: "advertiser", context: ["purchase"])
        #expect(try Fixtures.decide(document, sold) == .deny)
    }

    /// "except as required to complete your transaction": the exception is the need, and the purchase it is needed for
    /// has not happened; read as "a purchase" it would lift the ban for anything done during one. It holds in its words.
    @Test func anExceptionForWhatAnActNeedsIsNoPlainFact() throws {
        let document = try Fixtures.extract("We do not sell or disclose your name to third parties, except as required to complete your transaction.")
        let sale = Operation(action: "sell", data: ["user.name"], recipient: "advertiser", context: ["purchase"])
        #expect(try Fixtures.decide(document, sale) == .deny, "\(document.rules.map(\.scope))")
        #expect(document.facts.values.contains { $0.says.contains("required to complete your transaction") }, "\(document.facts)")
    }

    /// "unless we need it to comply with a legal obligation": the need and the law are read; the fact lifts it.
    @Test func anExceptionWhoseWordsAreAllReadKeepsItsFact() throws {
        let document = try Fixtures.extract("We will not disclose your e-mail address to third parties, unless we need it to comply with a legal obligation.")
        let deny = try document.rule(.deny, "disclose")
        #expect(deny.unless.map(\.when) == [["legal_process"]])
    }

    /// "We don't keep this information for bad purposes. Instead, this data is collected for statistical purposes": a
    /// later sentence naming a level (or a purpose that sounds like one) never narrows a prohibition before it.
    @Test func aLaterLevelNeverNarrowsAProhibition() throws {
        let document = try Fixtures.extract(
            "We don’t keep this information for nefarious purposes. Instead, this data is collected mostly for statistical purposes.")
        for rule in document.rules(effect: .deny) { #expect(rule.scope.identifiability == nil, "\(rule.id)") }
    }

    /// "some statistical information": part of the data, which part unsaid; a permission over all of it is not written.
    @Test func aPartialQuantifierBeforeALevelStillNarrowsTheData() throws {
        let document = try Fixtures.extract("We collect some statistical information automatically.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.contains("some") == true)
    }
}
