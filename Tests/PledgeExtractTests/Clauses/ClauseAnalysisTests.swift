import Testing
import Pledge
@testable import PledgeExtract

/// Every analysis step on sentences written for the test, none taken from the seed policies.
@Suite struct ClauseAnalysisTests {
    private func only(_ text: String) throws -> Rule {
        let document = try Fixtures.extract(text)
        #expect(document.rules.count == 1, "\(document.rules.map(\.id)) \(document.unmapped.map(\.reason))")
        return try #require(document.rules.first)
    }

    @Test func aNeverIsADenyWithItsRecipient() throws {
        let rule = try only("Acme will never rent your phone number to marketers.")
        #expect(rule.effect == .deny)
        #expect(rule.scope.action == ["rent"])
        #expect(rule.scope.data == ["user.contact.phone_number"])
        #expect(rule.scope.recipient == ["advertiser"])
        #expect(rule.id == "deny-rent-phone-number-advertiser")
    }

    @Test func aMayIsAnAllowWithItsIdentifiability() throws {
        let rule = try only("We may disclose aggregate statistics to partners.")
        #expect(rule.effect == .allow)
        #expect(rule.scope.action == ["disclose"])
        #expect(rule.scope.recipient == ["business_partner"])
        #expect(rule.scope.identifiability == ["aggregated"])
    }

    @Test func unlessYouOptOutLiftsThePermission() throws {
        let rule = try only("Unless you opt out, we may send you newsletters.")
        #expect(rule.effect == .allow)
        #expect(rule.scope.action == ["email"])
        #expect(rule.scope.recipient == ["data_subject"])
        #expect(rule.scope.purpose == ["marketing.communications"])
        #expect(rule.unless == [Exception(when: ["opted_out"])])
    }

    @Test(arguments: [
        ("With your consent, we may share your location with advertisers.", "consent"),
        ("We may disclose your name to law enforcement if subpoenaed.", "subpoena"),
        ("In the event of fraud, we may disclose your billing information to our payment processor.", "fraud"),
        ("Once your account is cancelled, Globex will erase your profile.", "account_cancelled"),
        ("We may transfer your contact details to the buyer in a merger.", "merger"),
    ])
    func conditionsBecomeWhenFacts(_ text: String, _ fact: String) throws {
        let rule = try only(text)
        #expect(rule.when == [fact])
    }

    @Test func withoutYourConsentLiftsAProhibition() throws {
        let rule = try only("We will not disclose your health information without your consent.")
        #expect(rule.effect == .deny)
        #expect(rule.scope.data == ["user.health_and_medical"])
        #expect(rule.unless == [Exception(when: ["consent"])])
    }

    @Test func aPromiseToDeleteIsADuty() throws {
        let rule = try only("Once your account is cancelled, Globex will erase your profile.")
        #expect(rule.effect == .require)
        #expect(rule.scope.action == ["delete"])
        #expect(rule.scope.data == ["user.demographic.profile"])
    }

    @Test func negationScopesOverItsOwnClauseOnly() throws {
        let document = try Fixtures.extract("We do not sell your personal information, but we may share your email address with service providers.")
        #expect(document.rules.map(\.effect) == [.deny, .allow])
        #expect(document.rules[0].scope.action == ["sell"])
        #expect(document.rules[0].scope.identifiability == ["identified"])
        #expect(document.rules[1].scope.action == ["share"])
        #expect(document.rules[1].scope.recipient == ["service_provider"])
    }

    @Test func purposesAreReadFromTheirPhrases() throws {
        #expect(try only("We may use your IP address for fraud prevention.").scope.purpose == ["essential.fraud_detection"])
        #expect(try only("In order to improve our services, Acme may analyze your browsing history.").scope.purpose
                == ["essential.service.operations.improve"])
    }

    @Test func anUnknownPurposeIsKeptInItsWordsNotABroadPermission() throws {
        let document = try Fixtures.extract("We may share your email address with partners to foster synergies.")
        let rule = try document.rule(.allow, "share")
        #expect(rule.scope.purpose?.compactMap { document.purposes[$0]?.says } == ["to foster synergies"])
        let share = Operation(action: "share", data: ["user.contact.email"], recipient: "business_partner", purpose: "marketing")
        #expect(try Fixtures.decide(document, share) != .allow)
    }

    @Test func retentionBecomesABound() throws {
        #expect(try only("We keep server logs for 30 days.").scope.retention == .atMost(ISODuration("P30D")!))
        #expect(try only("We will not retain your card number for more than two years.").scope.retention == .longerThan(ISODuration("P2Y")!))
        // Hours are a time of day in ISO 8601; a duty to delete after them is broken by keeping data longer, not at once.
        #expect(try only("We delete your IP address after 24 hours.").scope.retention == .longerThan(ISODuration("PT24H")!))
        // "five minutes ago" is a point in time, no period.
        #expect(try only("We do not keep your IP address, so we cannot tell you what it was five minutes ago.").scope.retention == nil)
    }

    /// "Information older than 30 days is deleted": the period in a passive's subject bounds the duty; read without it,
    /// the duty would be to delete at once.
    @Test func aPeriodInAPassivesSubjectBoundsTheDuty() throws {
        let duty = try only("Server logs older than 30 days are deleted.")
        #expect(duty.effect == .require)
        #expect(duty.scope.retention == .longerThan(ISODuration("P30D")!), "\(duty.scope)")
    }

    @Test func nonPersonalAndDoesNotIdentifyAreAnonymized() throws {
        #expect(try only("Initech may publish non-personal usage data.").scope.identifiability == ["anonymized"])
    }

    @Test func examplesNarrowAPermissionButNotAProhibition() throws {
        #expect(try only("We may share technical data, such as your browser type, with vendors.").scope.data == ["user.device"])
        #expect(try only("We may collect information, such as your gender and age.").scope.data
                == ["user.demographic.gender", "user.demographic.age_range"])
    }

    @Test func theActorMustBeTheCompany() throws {
        let document = try Fixtures.extract("Advertisers may collect your device ID. You may delete your account data.")
        #expect(document.rules.isEmpty)
        // The reader's own act grants the company nothing; it speaks of a practice, so it is listed for review.
        #expect(document.unmapped.map(\.reason) == ["the actor is a third party, not the company",
                                                    "a practice (delete …) is stated in a form the reading does not follow"])
    }

    @Test func normativeSentencesWithNoDataAreListedAsUnmapped() throws {
        let document = try Fixtures.extract("**Updates**\nWe may share whatever we like.")
        #expect(document.rules.isEmpty)
        #expect(document.unmapped == [UnmappedSentence(section: "Updates", line: 2, text: "We may share whatever we like.", reason: "no data object")])
    }

    @Test func listItemsCompleteTheirLeadIn() throws {
        let document = try Fixtures.extract("Except as described herein, we do NOT:\ni. Sell your data.\nii. Rent your email address.")
        #expect(document.rules.map(\.effect) == [.deny, .deny])
        #expect(document.rules.map { $0.scope.action ?? [] } == [["sell"], ["rent"]])
        #expect(document.rules[1].scope.data == ["user.contact.email"])
    }

    /// A kind of data alone ("Name") is an item of the list, not a title among its items ("Log Files." is one).
    @Test func anItemThatOnlyNamesDataCompletesItsLeadIn() throws {
        let document = try Fixtures.extract("We may collect the following information:\n\n  * Name\n  * Email address\n")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.name"])) == .allow, "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.contact.email"])) == .allow)
    }

    /// A lead-in no item gives a rule with is listed with why, never dropped silently.
    @Test func aLeadInItsItemsGiveNoRuleWithIsListed() throws {
        let document = try Fixtures.extract("For normal users of the website we may collect:\n\n  * Your name\n  * Phone number\n")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmappedReason("For normal users") != nil, "\(document.unmapped.map(\.text))")
    }

    @Test func aSectionHeadingResolvesTheInformationGathered() throws {
        let document = try Fixtures.extract("**Web Beacons**  \nThe information gathered is never sold.")
        #expect(document.rules.first?.scope.data == ["user.device.cookie"])
        #expect(document.rules.first?.source.section == "Web Beacons")
    }

    @Test func aPromiseToEmailPolicyChangesNeedsBothFacts() throws {
        let rule = try only("If we change this policy, we will email the updated policy to subscribers who have given us permission.")
        #expect(rule.scope.action == ["email"])
        #expect(rule.when == ["policy_change", "consent"])
        #expect(rule.scope.purpose == ["essential.service.notifications"])
    }

    @Test func aWordThatNamesDataIsNotAFact() throws {
        let rule = try only("Acme may share your purchase history with its affiliates to personalize ads.")
        #expect(rule.when.isEmpty)
        #expect(rule.scope.data == ["user.behavior.purchase_history"])
        #expect(rule.scope.recipient == ["affiliate"])
        #expect(rule.scope.purpose == ["marketing.advertising.first_party.targeted"])
    }
}
