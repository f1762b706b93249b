import Testing
import Pledge
@testable import PledgeExtract

/// A qualifier that says data identifies no one ("not tied to your identity", "which cannot be
/// used to identify you", "non-personally identifiable") never adds `identified` to a permission:
/// the permission is for aggregated or anonymized data only. Sentences written for the test.
@Suite struct NegatedIdentityTests {
    @Test(arguments: [
        ("We may provide summary visitor statistics not connected to any personal identification data to sponsors and advertisers.", "advertiser"),
        ("We may sell usage data that is not personally identifiable to advertisers.", "advertiser"),
        ("We may share non-personally identifiable usage data with advertisers.", "advertiser"),
        ("We may disclose to our affiliates usage data which cannot be used to identify you.", "affiliate"),
        ("We may give usage data, which can not identify you, to our affiliates.", "affiliate"),
        ("We may share usage data with no personal identifiers with advertisers.", "advertiser"),
        // The manner the verb is done in: personal information, used so that it identifies no one.
        ("Your personal information may be shared anonymously with advertisers.", "advertiser"),
        // The form the act takes: "in aggregate form", "in aggregate", "on an aggregated basis".
        ("We may share personal information in aggregate form with advertisers.", "advertiser"),
        ("We may disclose personal information to our affiliates in aggregate.", "affiliate"),
        ("Personal data may be disclosed to advertisers in an anonymized form.", "advertiser"),
    ])
    func aPermissionForDataThatIdentifiesNoOneExcludesIdentifiedData(_ text: String, _ recipient: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .allow)
        let levels = try #require(rule.scope.identifiability)
        #expect(!levels.contains("identified"))
        #expect(Set(levels).isSubset(of: ["aggregated", "anonymized"]))
        // The engine agrees: identified data is not allowed, anonymized data is.
        let action = try #require(rule.scope.action?.first), data = try #require(rule.scope.data)
        let identified = Operation(action: action, data: data, recipient: recipient, identifiability: "identified")
        #expect(try Fixtures.decide(document, identified) != .allow)
        var anonymized = identified
        anonymized.identifiability = levels.contains("anonymized") ? "anonymized" : "aggregated"
        #expect(try Fixtures.decide(document, anonymized) == .allow)
    }

    /// "This cookie contains no personal data and is discarded when you close your browser": a duty holds for the data
    /// whatever it is said to be; the level the text denies is no limit of it.
    @Test func aDutyOnDataSaidNotToIdentifyHoldsForAllOfIt() throws {
        let document = try Fixtures.extract("This cookie contains no personal data and is discarded when you close your browser.")
        let duty = try document.rule(.require, "delete")
        #expect(duty.scope.identifiability == nil)
    }

    @Test func aPermissionForIdentifiedDataKeepsIt() throws {
        let rule = try #require(try Fixtures.extract("We may share your personal information with our affiliates.").rules.first)
        #expect(rule.scope.identifiability == ["identified"])
    }

    @Test func theProhibitionsOwnNegationDoesNotNegateItsQualifier() throws {
        for text in ["We will not sell personally identifiable information to advertisers.",
                     "No personal information is sold to advertisers."] {
            let rule = try #require(try Fixtures.extract(text).rules.first)
            #expect(rule.effect == .deny)
            #expect(rule.scope.identifiability == ["identified"], "\(text)")
        }
    }

    @Test func aDescribingClauseFollowedByWordsNotReadIsListed() throws {
        // The recipient after the clause would be lost: the permission is listed, not written wider.
        let document = try Fixtures.extract("We may share usage data which cannot be used to identify you with marketing firms.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.map(\.reason) == ["the clause describing the data (which …) is not understood"])
    }

    /// "In addition to personal information, …": the data named first is other data; its level is not the promise's.
    @Test func theLevelOfDataNamedBesideThePromiseIsNotItsOwn() throws {
        let document = try Fixtures.extract("In addition to personal information, we may also collect aggregate information about our visitors (that does not personally identify you), such as browser type.")
        let rule = try document.rule(.allow, "collect")
        #expect(rule.scope.identifiability?.contains("identified") == false, "\(rule.scope.identifiability ?? [])")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.device"])) == .notCovered)
    }

    /// "we collect no personally identifiable information", "No personal information, such as your name or address, is
    /// sold": "no" opening the data the act is done on denies the act on it — no permission for data of another level.
    /// The examples set off by commas do not narrow the ban to them.
    @Test(arguments: [
        ("When you visit our site, we collect no personally identifiable information.", "collect", nil as String?),
        ("No personally identifiable information, such as your name or address, is automatically collected from your visit to zorbla.com.", "collect", nil),
        ("Personal information, such as your name or address, is not sold to advertisers.", "sell", "advertiser"),
    ])
    func noBeforeTheDataDeniesTheAct(_ text: String, _ action: String, _ recipient: String?) throws {
        let document = try Fixtures.extract(text)
        #expect(!document.rules.contains { $0.effect == .allow }, "\(document.rules.map(\.id))")
        for data in ["user.contact.email", "user.name"] {
            let done = Operation(action: action, data: [data], recipient: recipient, purpose: "analytics", identifiability: "identified")
            #expect(try Fixtures.decide(document, done) == .deny, "\(data): \(document.rules.map(\.scope))")
        }
    }

    /// "… with or without personally identifying information": both levels are named, so the ban holds for data of every
    /// level, and the words set no condition on it.
    @Test func aBanWithOrWithoutIdentifyingInformationHoldsForEveryLevel() throws {
        let document = try Fixtures.extract("We will never sell or share your personal information, with or without personally identifying information.")
        for level in ["identified", "pseudonymous", "anonymized"] {
            let selling = Operation(action: "sell", data: ["user.behavior"], recipient: "third_party", identifiability: level)
            #expect(try Fixtures.decide(document, selling) == .deny, "\(level): \(document.rules.map(\.scope))")
        }
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
    }
}
