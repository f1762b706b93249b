import Testing
import Pledge
@testable import PledgeExtract

/// A sentence that points back to the permission before it and limits it ("This information is only shared if …",
/// "They are not linked to your identity"). Paragraphs written for the test.
@Suite struct NeighbourLimitTests {
    @Test(arguments: [
        "We may share your name with our partners. This information is only shared in zorblax form.",
        "We may share your name with our partners. It is never shared unless the zorblax ends.",
        "We may share your name with our partners. They receive it only on the zorblax terms.",
        // Pointed back to by the cases the sentence before names, and by the data its act names.
        "We may share your name with our partners. In these circumstances, however, the shared information will never zorble.",
    ])
    func aLimitNotReadInTheNextSentenceLeavesNoPermission(_ paragraph: String) throws {
        let document = try Fixtures.extract(paragraph)
        // Sharing the name with partners is allowed only within the limit the second sentence states, which is not read:
        // the plain permission would allow it without that limit.
        let sharing = Operation(action: "share", data: ["user.name"], recipient: "business_partner")
        #expect(try Fixtures.decide(document, sharing) != .allow, "\(document.rules.map(\.id))")
        // Both sentences are listed, each saying why.
        #expect(document.unmapped.contains { $0.line == 1 && $0.text.hasPrefix("We may share") && $0.reason.hasPrefix("the next sentence limits this permission") },
                "\(document.unmapped.map(\.reason))")
        #expect(document.unmapped.contains { !$0.text.hasPrefix("We may share") }, "\(document.unmapped.map(\.text))")
    }

    /// "Such data" points back to the name; the ban is read for it, kept without the limit it names (stricter, and
    /// listed), and outweighs the permission before it.
    @Test func aBanPointingBackKeptWithoutItsLimitOutweighsThePermission() throws {
        let document = try Fixtures.extract("We may share your name with our partners. Such data is not shared without a zorblax.")
        let ban = try document.rule(.deny, "share")
        #expect(ban.scope.data == ["user.name"])
        #expect(ban.scope.recipient == nil)
        let sharing = Operation(action: "share", data: ["user.name"], recipient: "business_partner")
        #expect(try Fixtures.decide(document, sharing) == .deny)
        #expect(document.unmapped.contains { $0.text.hasPrefix("Such data") }, "\(document.unmapped.map(\.text))")
    }

    @Test(arguments: ["They are not linked to your identity.", "It is never associated with anyone's identity."])
    func aNextSentenceThatDeniesIdentityLimitsThePermissionToUnidentifiedData(_ limit: String) throws {
        let document = try Fixtures.extract("We share your e-mail address with our partners. " + limit)
        let sharing = { (level: String) in
            Operation(action: "share", data: ["user.contact.email"], recipient: "business_partner", identifiability: level)
        }
        #expect(try Fixtures.decide(document, sharing("identified")) != .allow, "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, sharing("aggregated")) == .allow, "\(document.rules.map(\.scope))")
        // The second sentence is read: it is not listed.
        #expect(!document.unmapped.contains { $0.text == limit }, "\(document.unmapped.map(\.reason))")
    }

    @Test(arguments: [
        "We may share your name with our partners. Your account is never closed without notice.",   // does not point back
        "We may share your name with our partners. They are companies we trust.",                  // limits nothing
        "We may share your name with our partners. They receive your title too, if any.",           // an aside, no condition
    ])
    func aNextSentenceThatDoesNotLimitThePermissionLeavesIt(_ paragraph: String) throws {
        let document = try Fixtures.extract(paragraph)
        let sharing = Operation(action: "share", data: ["user.name"], recipient: "business_partner")
        #expect(try Fixtures.decide(document, sharing) == .allow, "\(document.unmapped.map(\.reason))")
    }

    /// "We collect information … This includes your IP address and browser type.": the permission is for the data the
    /// next sentence names, not for every kind of personal data.
    @Test func aNextSentenceThatSaysWhatTheDataIncludesNarrowsIt() throws {
        let document = try Fixtures.extract("We collect information automatically when you visit. This includes your IP address and your email address.")
        let rule = try document.rule(.allow, "collect")
        #expect(Set(rule.scope.data ?? []) == ["user.device.ip_address", "user.contact.email"])
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.financial"])) != .allow)
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
        // Said after no permission, such a sentence is listed rather than lost.
        let alone = try Fixtures.extract("Our forms ask for a few things. This includes your IP address and your email address.")
        #expect(alone.unmappedReason("This includes")?.hasPrefix("what the data before includes") == true, "\(alone.unmapped.map(\.reason))")
    }

    @Test func aNextSentenceThatNamesTheDataAgainAndGivesItsPurposesLimitsABarePermission() throws {
        // The second sentence speaks of the same log files, by name rather than by pronoun, and says what they are for.
        let document = try Fixtures.extract("Our site makes use of log files. The information inside the log files includes your IP address "
            + "and the pages you visit, to study trends and run the site.")
        let advertising = Operation(action: "use", data: ["user.device.ip_address"], purpose: "marketing.advertising")
        #expect(try Fixtures.decide(document, advertising) != .allow, "\(document.rules.map(\.scope))")
        #expect(document.unmapped.contains { $0.text.hasPrefix("Our site makes use") && $0.reason.contains("to study trends") },
                "\(document.unmapped.map(\.reason))")
    }

    @Test(arguments: [
        "Our site makes use of log files. The weather inside the office includes rain, to study trends.",   // other data
        "Our site makes use of log files. The information inside the log files includes your IP address.",  // no purpose
    ])
    func aNextSentenceThatGivesNoPurposeOfTheSameDataLeavesThePermission(_ paragraph: String) throws {
        let document = try Fixtures.extract(paragraph)
        #expect(try document.rule(.allow, "use").scope.data == ["user.device"])
    }

    /// "This information is only shared if you zorble": the next sentence's limit, read in its own words, is a ban of
    /// its own that the permission before yields to; sharing is allowed only when the limit is claimed.
    @Test func aLimitReadInTheNextSentenceBindsThePermissionBefore() throws {
        let document = try Fixtures.extract("We may share your name with our partners. This information is only shared if you zorble.")
        let sharing = Operation(action: "share", data: ["user.name"], recipient: "business_partner")
        #expect(try Fixtures.decide(document, sharing) == .deny, "\(document.rules.map(\.id))")
        let stated = try #require(document.rules.first { $0.effect == .deny }?.unless.first?.when.first)
        var zorbled = sharing
        zorbled.context = [stated]
        #expect(try Fixtures.decide(document, zorbled) == .allow)
    }
}
