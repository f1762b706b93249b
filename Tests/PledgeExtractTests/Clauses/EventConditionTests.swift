import Testing
import Pledge
@testable import PledgeExtract

/// Events the reader takes part in — a contest, a survey, a subscription — as conditions of a promise: "if you
/// enter a contest, we may share …" permits the sharing only when the reader entered one. Named outside a
/// condition ("survey companies") they limit nothing. Sentences written for the test.
@Suite struct EventConditionTests {
    @Test(arguments: [
        ("If you enter a contest, we may share your e-mail address with advertisers.", "share", "advertiser", "contest"),
        ("When you choose to take part in one of our surveys, we may collect your e-mail address.", "collect", nil, "survey"),
        ("If you participate in a sweepstakes we may disclose your e-mail address to advertisers.", "disclose", "advertiser", "contest"),
        ("If you subscribe, we may collect your e-mail address.", "collect", nil, "subscription"),
    ] as [(String, String, String?, String)])
    func aPermissionHoldsOnlyWhenTheReaderTookPart(_ text: String, _ action: String, _ recipient: String?, _ fact: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .allow)
        #expect(rule.when == [fact])
        var operation = Operation(action: action, data: ["user.contact.email"], recipient: recipient)
        #expect(try Fixtures.decide(document, operation) != .allow)
        operation.context = [fact]
        #expect(try Fixtures.decide(document, operation) == .allow)
    }

    /// A word of the condition not read leaves no permission, as everywhere.
    @Test func anEventTakenPartInByAnUnknownVerbGrantsNothing() throws {
        let document = try Fixtures.extract("If you zorble a contest, we may share your e-mail address with advertisers.")
        #expect(document.rules.allSatisfy { $0.effect != .allow }, "\(document.rules.map(\.id))")
    }

    /// "survey companies" names a kind of recipient, not a survey the reader took part in: the prohibition holds
    /// without any condition.
    @Test func anEventNamedOutsideAConditionDoesNotLimitAProhibition() throws {
        let document = try Fixtures.extract("We never share your e-mail address with survey companies.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.when.isEmpty)
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.contact.email"], recipient: "third_party")) == .deny)
    }

    /// "if you opt in or if you enter a contest": each condition opened by its own marker and joined by "or" is enough
    /// alone; neither missing leaves the permission.
    @Test(arguments: [
        ("We may share your e-mail address with advertisers if you opt in or if you enter a contest.", ["consent", "contest"]),
        ("We collect your name when you register or when you contact us.", ["registration", "user_contact"]),
    ])
    func conditionsJoinedByOrAreAlternatives(_ sentence: String, _ facts: [String]) throws {
        let document = try Fixtures.extract(sentence)
        let rule = try #require(document.rules.first)
        var operation = Operation(action: try #require(rule.scope.action?.first), data: try #require(rule.scope.data),
                                  recipient: rule.scope.recipient?.first)
        #expect(try Fixtures.decide(document, operation) != .allow)
        for fact in facts {
            operation.context = [fact]
            #expect(try Fixtures.decide(document, operation) == .allow, "\(fact): \(document.rules.map(\.when))")
        }
    }

    /// "without your explicit permission", "except where we have your express permission": consent, however it is
    /// qualified, lifts the ban.
    @Test(arguments: ["We will not sell your information without your explicit permission.",
                      "We do not sell your data to third parties, except where we have your express permission."])
    func consentQualifiedIsConsent(_ text: String) throws {
        let deny = try Fixtures.extract(text).rule(.deny, "sell")
        #expect(deny.unless.map(\.when) == [["consent"]])
    }

    /// "as part of our effort to combat spam": a purpose that opens with the words of an occasion ("as part of") is a
    /// purpose; held as an occasion, the permission would hold for every purpose.
    @Test func anEffortToDoSomethingIsAPurposeNotAnOccasion() throws {
        let document = try Fixtures.extract("We record your IP address when you comment as part of our effort to combat spam.")
        let rule = try document.rule(.allow, "collect", data: "user.device.ip_address")
        #expect(rule.scope.purpose?.isEmpty == false, "\(rule.when)")
        #expect(!rule.when.contains { $0.contains("effort") }, "\(rule.when)")
        let anyPurpose = Operation(action: "collect", data: ["user.device.ip_address"], purpose: "marketing", context: rule.when)
        #expect(try Fixtures.decide(document, anyPurpose) == .notCovered)
    }

    /// "to notify winners and to award prizes": a purpose of a contest holds only where the reader takes part in one.
    @Test(arguments: [
        "Contact information will be used to notify winners and to award prizes.",
        "We may use your contact information to notify the winners of our contests.",
    ])
    func aContestsPurposeHoldsOnlyInAContest(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try document.rule(.allow, "use")
        #expect(rule.when == ["contest"], "\(rule.scope)")
        let outside = Operation(action: "use", data: ["user.contact.phone_number"], purpose: rule.scope.purpose?.first)
        #expect(try Fixtures.decide(document, outside) != .allow)
        var entered = outside
        entered.context = ["contest"]
        #expect(try Fixtures.decide(document, entered) == .allow)
    }

    /// "without consent of his legal representatives": a guardian's consent, which the child's own does not stand for.
    @Test func aLegalRepresentativesConsentIsAParentsConsent() throws {
        let document = try Fixtures.extract("We shall not collect personal information from children under age 14 without consent of his legal representatives.")
        var collecting = Operation(action: "collect", data: ["user.childrens"], context: ["consent"])
        #expect(try Fixtures.decide(document, collecting) == .deny, "\(document.rules.map(\.unless))")
        collecting.context = ["parental_consent"]
        #expect(try Fixtures.decide(document, collecting) != .deny)
    }

    /// "If we do not receive parental consent within 14 days, … deleted": a negated occasion is an exception — the duty
    /// holds unless the consent came. A negation that governs another member ("when you have not opted in or have opted
    /// out") leaves the opt-out as it is.
    @Test func aNegatedOccasionLiftsThePromise() throws {
        let duty = try Fixtures.extract("If we do not receive parental consent within 14 days, the child's information will be deleted.")
        let delete = try duty.rule(.require, "delete")
        #expect(delete.when.isEmpty, "\(delete.when)")
        #expect(delete.unless.map(\.when) == [["parental_consent"]], "\(delete.unless)")
        let ban = try Fixtures.extract("We will not disclose your personal information to third parties for marketing when you have not opted in or have opted out.")
        let bans = ban.rules(effect: .deny, action: "disclose")
        #expect(bans.contains { $0.when == ["opted_out"] }, "\(bans.map(\.when))")
        #expect(!bans.contains { $0.unless.contains { $0.when == ["opted_out"] } })
    }

    /// "without proper consent of an actual parent or guardian": a parent's consent, whatever words stand between; the
    /// child's own consent does not lift the duty. "without the consent of our partners" is no consent of the reader's,
    /// and lifts nothing.
    @Test func whoseConsentTheConditionNames() throws {
        let duty = try Fixtures.extract("If we learn we have collected such information without proper consent of an actual parent or guardian, we will delete that information.")
        #expect(try duty.rule(.require, "delete").unless.map(\.when) == [["parental_consent"]])
        let ban = try Fixtures.extract("We do not share your data without the consent of our partners.")
        let consented = Operation(action: "share", data: ["user.contact.email"], recipient: "third_party", context: ["consent"])
        #expect(try Fixtures.decide(ban, consented) == .deny, "\(ban.rules.map(\.unless))")
        let own = try Fixtures.extract("We do not share your data without the consent of the individual concerned.")
        #expect(try Fixtures.decide(own, consented) != .deny)
    }

    /// "unless the users agree to receive such communications": agreeing to receive them is consent.
    @Test func agreeingToReceiveIsConsent() throws {
        let document = try Fixtures.extract("We do not send newsletters unless users agree to receive them.")
        let rule = try document.rule(.deny, "email")
        #expect(rule.unless.map(\.when) == [["consent"]])
    }

    /// "to users who have not opted in": a fact under its own negation must not hold; the ban holds unless it does. Read
    /// as a plain fact it would bind only those who did opt in — the text inverted.
    @Test(arguments: [
        "We do not send newsletters to users who have not consented.",
        "We do not send newsletters to users who have not opted in.",
        "We do not send newsletters to users who have not agreed to receive them.",
    ])
    func aNegatedFactOfTheReaderIsTheBansException(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let mail = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: "marketing.communications")
        #expect(try Fixtures.decide(document, mail) == .deny, "\(document.rules.map(\.when))")
        var consented = mail
        consented.context = ["consent"]
        #expect(try Fixtures.decide(document, consented) != .deny)
    }

    /// "at the time you register" is an occasion like "when you register"; a practice named inside it ("for purposes we
    /// disclose at the time we collect your information") is no practice of its own.
    @Test func atTheTimeOpensAnOccasion() throws {
        let document = try Fixtures.extract("We collect your email address at the time you register.")
        #expect(try document.rule(.allow, "collect").when == ["registration"])
        let item = try Fixtures.extract("We may use your information for any other purposes that we may specifically disclose at the time you provide or we collect your information.")
        #expect(item.rules(effect: .allow, action: "collect").isEmpty, "\(item.rules.map(\.id))")
    }

    /// "We will obtain your consent before we share your personal information": the practice holds only once consent is
    /// given. Before any other act ("notify you"), no plain permission is written: it would drop the act.
    @Test(arguments: ["We will obtain your consent before we share your personal information with third parties.",
                      "Before we share your personal information with third parties, we will ask for your permission."])
    func aPracticeAfterConsentIsAskedHoldsOnlyWithConsent(sentence: String) throws {
        let document = try Fixtures.extract(sentence)
        let sharing = Operation(action: "share", data: ["user.contact.email"], recipient: "third_party", identifiability: "identified")
        #expect(try Fixtures.decide(document, sharing) != .allow, "\(document.rules.map(\.scope))")
        var consented = sharing
        consented.context = ["consent"]
        #expect(try Fixtures.decide(document, consented) == .allow, "\(document.rules.map(\.scope))")
        let notified = try Fixtures.extract("We will notify you before we share your data with advertisers.")
        #expect(notified.rules(effect: .allow).isEmpty, "\(notified.rules.map(\.scope))")
        #expect(!notified.unmapped.isEmpty)
    }
}
