import Testing
import Pledge
@testable import PledgeExtract

/// A purpose or a condition the taxonomy has no key for is kept in the policy's own words
/// (`purposes:`, `facts:`): the permission covers what the text says and nothing wider. Each
/// test says what the text means as decisions; each twin shows a phrase that must not be
/// read so. Sentences written for the test.
@Suite struct StatedTermTests {
    /// The one stated purpose of the document's one permission, with its words.
    func statedPurpose(_ document: PolicyDocument, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (name: String, says: String) {
        let allow = try #require(document.rules(effect: .allow).first, "\(document.unmapped.map(\.reason))", sourceLocation: sourceLocation)
        let name = try #require(allow.scope.purpose?.first { document.purposes[$0] != nil }, "\(allow.scope.purpose ?? [])",
                                sourceLocation: sourceLocation)
        return (name, document.purposes[name]!.says)
    }

    @Test func aPurposeInUnknownWordsLimitsThePermissionToItself() throws {
        let document = try Fixtures.extract("We use cookies to remember which pages you like.")
        let purpose = try statedPurpose(document)
        #expect(purpose.says == "to remember which pages you like")
        let cookies = ["user.device.cookie"]
        #expect(try Fixtures.decide(document, Operation(action: "use", data: cookies, purpose: purpose.name)) == .allow)
        // Not for a purpose the text does not name, nor for every purpose.
        #expect(try Fixtures.decide(document, Operation(action: "use", data: cookies, purpose: "marketing.advertising")) != .allow)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: cookies)) != .allow)
        // And the rule file says it back: the document reads back from its YAML with the purpose defined.
        let reread = try RuleFile.decode(RuleFile.encode(document), file: "test.yaml")
        #expect(reread.purposes == document.purposes)
    }

    @Test func aPurposePhraseWithWordsNotReadIsKeptWholeAsAKindOfWhatItNames() throws {
        let document = try Fixtures.extract("We use your information to improve our zorblax gardening club.")
        let purpose = try statedPurpose(document)
        #expect(purpose.says == "to improve our zorblax gardening club")
        #expect(document.purposes[purpose.name]?.within == "essential.service.operations.improve")
        let allow = try #require(document.rules(effect: .allow).first)
        // The key read inside the phrase is not kept beside it: improving anything else is not allowed.
        #expect(allow.scope.purpose == [purpose.name])
        let data = ["user.contact.email"]
        #expect(try Fixtures.decide(document, Operation(action: "use", data: data, purpose: "essential.service.operations.improve")) != .allow)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: data, purpose: purpose.name)) == .allow)
    }

    @Test func aPhraseThatNamesPurposesOfNoOneKindIsNotKeptAsOne() throws {
        // Improving and advertising are of no one kind: as a purpose of its own, the phrase would be a kind of neither.
        let document = try Fixtures.extract("We use your information to improve our zorblax club and show you advertising.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id)) \(document.purposes)")
    }

    @Test(arguments: [
        ("To zorble, we collect your name.", "user.name", "To zorble"),                            // a purpose that leads
        ("To zorble, you provide us with your name.", "user.name", "To zorble"),                   // the reader as giver
        ("You may give us your phone number for zorbling.", "user.contact.phone_number", "for zorbling"),
        ("You have the option of providing your phone number for zorbling.", "user.contact.phone_number", "for zorbling"),
    ])
    func whatIsCollectedForAPurposeInUnknownWordsIsCollectedForItAlone(_ text: String, _ data: String, _ says: String) throws {
        let document = try Fixtures.extract(text)
        let purpose = try statedPurpose(document)
        #expect(purpose.says == says)
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: [data], purpose: purpose.name)) == .allow)
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: [data], purpose: "marketing")) != .allow)
    }

    @Test(arguments: [
        ("If you win a prize, we may share your name with advertisers.", "If you win a prize", "advertiser"),
        ("We may share your email with partners, provided that they agree to protect it.", "provided that they agree to protect it", "business_partner"),
    ])
    func aConditionInUnknownWordsHoldsOnlyWhereClaimed(_ text: String, _ says: String, _ recipient: String) throws {
        let document = try Fixtures.extract(text)
        let allow = try document.rule(.allow, "share")
        let fact = try #require(allow.when.first { document.facts[$0] != nil }, "\(allow.when)")
        #expect(document.facts[fact]?.says == says)
        let share = Operation(action: "share", data: [try #require(allow.scope.data?.first)], recipient: recipient)
        #expect(try Fixtures.decide(document, share) != .allow)
        var claimed = share
        claimed.context = [fact]
        #expect(try Fixtures.decide(document, claimed) == .allow)
    }

    @Test func aConditionInUnknownWordsMustBeClaimed() throws {
        let document = try Fixtures.extract("If you join our loyalty club, we may share your e-mail address with our service providers.")
        let allow = try document.rule(.allow, "share")
        let fact = try #require(allow.when.first { document.facts[$0] != nil }, "\(allow.when)")
        #expect(document.facts[fact]?.says == "If you join our loyalty club")
        let share = Operation(action: "share", data: ["user.contact.email"], recipient: "service_provider")
        #expect(try Fixtures.decide(document, share) != .allow)
        var claimed = share
        claimed.context = [fact]
        #expect(try Fixtures.decide(document, claimed) == .allow)
    }

    @Test func anOptOutQualifiesAContactForAPurposeInTheTextsWords() throws {
        let document = try Fixtures.extract("We may send you e-mails to keep in contact with you. You can unsubscribe at any time.")
        let allow = try document.rule(.allow, "email")
        let purpose = try #require(allow.scope.purpose?.first)
        #expect(document.purposes[purpose]?.says == "to keep in contact with you")
        #expect(allow.unless.map(\.when) == [["opted_out"]])
        var mail = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: purpose)
        #expect(try Fixtures.decide(document, mail) == .allow)
        mail.context = ["opted_out"]
        #expect(try Fixtures.decide(document, mail) == .deny)
    }

    @Test func aProhibitionKeepsTheConditionItOwns() throws {
        // "only" turns the permission into a prohibition of every other use, for applicants: the condition is the
        // prohibition's own, kept in its words.
        let document = try Fixtures.extract("If you apply for a job, we use your information only to zorble the zorblax.")
        let deny = try document.rule(.deny, "use")
        #expect(deny.when.compactMap { document.facts[$0]?.says } == ["If you apply for a job"])
        var use = Operation(action: "use", data: ["user.contact.email"], purpose: "marketing", context: deny.when)
        #expect(try Fixtures.decide(document, use) == .deny)
        use.context = []
        #expect(try Fixtures.decide(document, use) != .deny)
    }

    @Test func aProhibitionDropsAConditionItDoesNotOwn() throws {
        // "as part of …" names a scope, not a condition a prohibition keeps: dropped, the prohibition binds always.
        let document = try Fixtures.extract("As part of the zorblax program, we use your information only to zorble the zorblax.")
        let deny = try document.rule(.deny, "use")
        #expect(deny.when.isEmpty, "\(deny.when)")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "marketing")) == .deny)
    }

    /// "unless we tell you first": a prohibition's exception in unknown words is kept in them. The prohibition binds
    /// every operation that does not claim it; one that claims it is no longer forbidden by this rule.
    @Test func aProhibitionsExceptionInUnknownWordsLiftsItOnlyWhereClaimed() throws {
        let document = try Fixtures.extract("We do not share your e-mail address with third parties unless we zorble you first.")
        let deny = try document.rule(.deny, "share")
        let name = try #require(deny.unless.first?.when.first)
        #expect(document.facts[name]?.says == "unless we zorble you first")
        var sharing = Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, sharing) == .deny)
        sharing.context = [name]
        #expect(try Fixtures.decide(document, sharing) != .deny)
    }

    /// "without offering an opt-out" names what must not hold: neither kept in its words nor read as the reader's
    /// opting out (which would lift the prohibition for exactly the reader who opted out).
    @Test func aProhibitionWithoutAnOfferedChoiceIsKeptWhole() throws {
        let document = try Fixtures.extract("We never use your data in other ways without offering an opt-out.")
        let deny = try document.rule(.deny, "use")
        #expect(deny.unless.isEmpty, "\(deny.unless)")
        #expect(document.facts.isEmpty)
        let use = Operation(action: "use", data: ["user.contact.email"], context: ["opted_out"])
        #expect(try Fixtures.decide(document, use) == .deny)
    }

    @Test(arguments: [
        "We use your information for the purposes for which you provided it.",   // a purpose by reference
        "We use your information for the following purposes:",                   // purposes listed apart
        "We use your information for the following purposes.",                   // the same, with nothing after
        "We use your information for the purposes described below.",             // by reference, after the noun
        "We use your information for the purposes specified in this zorblax notice.", // by reference, to a place
        "We may retain your account information for a reasonable period of time to manage your account.", // a time
        "We may collect your postal address for classes you take.",              // a bare "for", no purpose
        "We may use your data to read your zorblax messages.",                    // the purpose is a practice of its own
        "They use cookies to remember which pages you like.",                     // another party acting
        "We may share your name with our partners (if any).",                    // an aside, no condition
        "We may share your name with advertisers to learn more about zorbles, please visit zorblax.com.", // a request to the reader
    ])
    func phrasesThatStateNoPurposeOrConditionGiveNoPermission(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id)) \(document.purposes) \(document.facts)")
    }

    /// "when you contact support in order to help you": the purpose after a condition limits the promise; kept inside the
    /// condition's words, the permission would hold for every purpose once the occasion is claimed.
    @Test func aPurposeAfterAConditionLimitsThePromiseNotTheOccasion() throws {
        let document = try Fixtures.extract("We collect your e-mail address when you zorble our support team in order to help you.")
        let allow = try document.rule(.allow, "collect")
        let occasion = try #require(allow.when.first)
        #expect(document.facts[occasion]?.says == "when you zorble our support team")
        let purpose = try #require(allow.scope.purpose?.first)
        #expect(document.purposes[purpose]?.says == "in order to help you")
        let collection = Operation(action: "collect", data: ["user.contact.email"], purpose: "marketing", context: [occasion])
        #expect(try Fixtures.decide(document, collection) != .allow)
    }

    @Test func aLongPhraseGetsAShortNameThatKeepsLongPhrasesApart() throws {
        let long = "We use cookies to remember which pages and sections of our zorblax site you visit most at home."
        let other = "We use cookies to remember which pages and sections of our zorblax site you visit most at work."
        let a = try statedPurpose(try Fixtures.extract(long)), b = try statedPurpose(try Fixtures.extract(other))
        #expect(a.name.count <= 48 && b.name.count <= 48)
        #expect(a.name != b.name)
    }
}
