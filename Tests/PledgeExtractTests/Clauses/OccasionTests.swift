import Testing
import Pledge
@testable import PledgeExtract

/// What the occasion of a practice says: who asks for a disclosure, whether the cases of an exception are
/// alternatives, a broken agreement against a threat, and a notice given in the policy itself. Sentences written for
/// the test.
@Suite struct OccasionTests {
    /// "if called upon to do so by a law enforcement agency": the disclosure goes to the party that asks, not to anyone.
    @Test func thePartyWhoseRequestIsTheOccasionReceives() throws {
        let document = try Fixtures.extract("We may disclose information should we be called upon to do so by any law enforcement agency.")
        let rule = try document.rule(.allow, "disclose")
        let toAuthorities = Operation(action: "disclose", data: ["user.name"], recipient: "government", context: rule.when)
        #expect(try Fixtures.decide(document, toAuthorities) == .allow, "\(document.rules.map(\.scope))")
        var toAdvertisers = toAuthorities
        toAdvertisers.recipient = "advertiser"
        #expect(try Fixtures.decide(document, toAdvertisers) != .allow)
    }

    /// "unless you ask us to when ordering": one exception that needs both; either alone lifts nothing.
    @Test func anOccasionInsideAnExceptionIsPartOfIt() throws {
        let document = try Fixtures.extract("We do not share your email address with third parties unless you ask us to when ordering.")
        let sharing = Operation(action: "share", data: ["user.contact.email"], recipient: "third_party")
        for context in [["user_request"], ["purchase"]] {
            var op = sharing
            op.context = context
            #expect(try Fixtures.decide(document, op) == .deny, "\(context): \(document.rules.map(\.unless))")
        }
        var both = sharing
        both.context = ["user_request", "purchase"]
        #expect(try Fixtures.decide(document, both) != .deny, "\(document.rules.map(\.unless))")
    }

    /// "unless you consent or the law requires it": cases offered as alternatives, each lifts the prohibition.
    @Test func casesJoinedByOrAreAlternatives() throws {
        let document = try Fixtures.extract("We do not share your email address with third parties unless you consent or a court order requires it.")
        for context in [["consent"], ["legal_process"]] {
            let op = Operation(action: "share", data: ["user.contact.email"], recipient: "third_party", context: context)
            #expect(try Fixtures.decide(document, op) != .deny, "\(context): \(document.rules.map(\.unless))")
        }
    }

    /// "if you violate our Terms of Service" is a broken agreement, not a threat to anyone's safety.
    @Test func aViolationOfTheTermsIsNoSecurityIncident() throws {
        let document = try Fixtures.extract("We may disclose your personal information if you violate our Terms of Service.")
        let disclosing = Operation(action: "disclose", data: ["user.name"], recipient: "third_party")
        for (context, expected) in [("security_incident", false), ("terms_violation", true)] {
            var op = disclosing
            op.context = [context]
            #expect(try (Fixtures.decide(document, op) == .allow) == expected, "\(context): \(document.rules.map(\.scope))")
        }
    }

    @Test(arguments: [
        "If we make material changes to this policy, we will notify you here.",
        "If we make material changes to this policy, we will notify you on this page.",
    ])
    func aNoticeInThePolicyItselfReachesNoOne(_ sentence: String) throws {
        let document = try Fixtures.extract(sentence)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmappedReason("If we make")?.hasPrefix("a notice of changes to the policy") == true, "\(document.unmapped.map(\.reason))")
    }

    /// The same promise made by e-mail is a duty to write to the reader.
    @Test func aNoticeByEmailIsADuty() throws {
        let document = try Fixtures.extract("If we make material changes to this policy, we will notify you by email.")
        _ = try document.rule(.require, "email")
    }

    /// "Except for information you provide when you register, …": the occasion named inside the exception is the
    /// exception's, not the prohibition's; unread, the prohibition holds always and is listed.
    @Test func anOccasionInsideALeadingExceptionIsNoConditionOfTheProhibition() throws {
        let document = try Fixtures.extract("Except for information you provide when you register, we do not share your data with third parties.")
        let sharing = Operation(action: "share", data: ["user.name"], recipient: "third_party")
        #expect(try Fixtures.decide(document, sharing) == .deny, "\(document.rules.map(\.when))")
        #expect(document.unmappedReason("Except for")?.hasPrefix("the exception (Except for") == true, "\(document.unmapped.map(\.reason))")
    }

    /// "Except as required by law, …" opens a condition, which lifts the prohibition as before.
    @Test func aLeadingConditionStillLifts() throws {
        let document = try Fixtures.extract("Except as required by law, we do not share your data with third parties.")
        let sharing = Operation(action: "share", data: ["user.name"], recipient: "third_party", context: ["legal_process"])
        #expect(try Fixtures.decide(document, sharing) != .deny, "\(document.rules.map(\.unless))")
    }

    /// Data merged with other data is combined; the company is not merged with another.
    @Test func dataMergedIsNoCorporateMerger() throws {
        let document = try Fixtures.extract("We do not merge personally identifiable information with non-personally identifiable information.")
        #expect(!document.rules.contains { $0.when.contains("merger") }, "\(document.rules.map(\.when))")
        let merged = try Fixtures.extract("If we are merged with another company, your data may be transferred to the new owner.")
        #expect(merged.rules.contains { $0.when.contains("merger") }, "\(merged.rules.map(\.when)) \(merged.unmapped.map(\.reason))")
    }

    /// "without prior written consent": only consent in writing lifts the ban; any consent would lift more. The ban is
    /// kept whole, and listed.
    @Test func writtenConsentIsNotAnyConsent() throws {
        let document = try Fixtures.extract("We will not share personal information with third parties without your prior written consent.")
        let sharing = Operation(action: "share", data: ["user.name"], recipient: "third_party", context: ["consent"])
        #expect(try Fixtures.decide(document, sharing) == .deny, "\(document.rules.map(\.unless))")
        #expect(document.unmappedReason("We will not share")?.hasSuffix("which is stricter") == true, "\(document.unmapped.map(\.reason))")
    }

    /// "unless they agree in writing: (a) …; and (b) …": the terms listed after the colon are the exception; the words
    /// before them alone would lift the ban for any written agreement.
    @Test func anExceptionWhoseTermsAreListedAfterAColonLiftsNothing() throws {
        let document = try Fixtures.extract("We will not provide your information to third parties unless they agree in writing: (a) to use it solely to provide services to us; and (b) not to disclose it.")
        let rule = try document.rule(.deny, "disclose")
        #expect(rule.unless.isEmpty, "\(rule.unless)")
    }

    /// "if users have opted out …, or deleted/deactivated their account": either case forbids contact.
    @Test func aDeactivatedAccountIsAClosedOne() throws {
        let document = try Fixtures.extract("If users have opted out of all communication, or deleted/deactivated their account, then they will not be contacted.")
        let contacting = Operation(action: "contact", data: ["user.contact"], recipient: "data_subject", context: ["account_cancelled"])
        #expect(try Fixtures.decide(document, contacting) == .deny, "\(document.rules.map(\.when))")
    }

    /// "when you register or respond to a survey to improve our website": the infinitive after the reader's occasion is
    /// the permission's purpose, not part of the occasion; the use holds for that purpose only.
    @Test func anInfinitiveAfterTheReadersOccasionIsThePurpose() throws {
        let document = try Fixtures.extract("We may use the information we collect from you when you register or respond to a survey to improve our website.")
        let improving = Operation(action: "use", data: ["user.contact.email"], purpose: "essential.service.operations.improve", context: ["registration"])
        #expect(try Fixtures.decide(document, improving) == .allow, "\(document.rules.map(\.scope))")
        var marketing = improving
        marketing.purpose = "marketing"
        #expect(try Fixtures.decide(document, marketing) != .allow, "\(document.rules.map(\.scope))")
    }

    /// "to protect the rights, property or safety of visitors, the public, … and its agents, partners and affiliates": the
    /// parties protected are no recipients the permission is limited to.
    @Test func partiesWhoseSafetyIsProtectedReceiveNothing() throws {
        let document = try Fixtures.extract("We may occasionally release information about our visitors when release is appropriate to comply with law, or to protect the rights, property or safety of visitors to our sites, the public, our customers, or our partners and affiliates.")
        #expect(!document.rules.contains { ($0.scope.recipient ?? []).contains { ["public", "business_partner", "affiliate"].contains($0) } },
                "\(document.rules.map(\.scope))")
        // The release to comply with law names no one it goes to: the authorities are not left out.
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.name"], recipient: "government", context: ["legal_process"])) == .allow)
    }
}
