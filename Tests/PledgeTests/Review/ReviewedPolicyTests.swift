import Testing
@testable import Pledge

/// Applying reviews to an extractor's draft: matched by sentence and rule, never by line;
/// whatever no longer fits is listed as stale and not applied.
@Suite struct ReviewedPolicyTests {
    static let limit = "We shall use such information strictly for the purpose of providing services to you."
    static let sharing = "We will not share your data with third parties."
    static let account = "We may ask for any information needed to keep your account."
    static let quiet = "We are committed to your privacy."

    static func draft(limitLine: Int = 12, limit: String = Self.limit, sharingRule: Bool = true) -> PolicyDocument {
        var rules = [Rule(id: "deny-use-user", effect: .deny, scope: Scope(action: ["use"], data: ["user"]),
                          unless: [Exception(scope: Scope(purpose: ["essential.service"]))],
                          source: Provenance(section: "Confidentiality", line: limitLine, text: limit))]
        if sharingRule {
            rules.append(Rule(id: "deny-share-user-third-party", effect: .deny,
                              scope: Scope(action: ["share"], data: ["user"], recipient: ["third_party"]),
                              source: Provenance(section: "Confidentiality", line: limitLine + 2, text: sharing)))
        }
        return PolicyDocument(policy: PolicyMetadata(id: "acme"), rules: rules,
                              unmapped: [UnmappedSentence(line: 30, text: account, reason: "the purpose is not understood")])
    }

    static func sentences(_ document: PolicyDocument) -> [Provenance] {
        [Provenance(line: 2, text: quiet)] + document.rules.map(\.source) + [Provenance(line: 30, text: account)]
    }

    static func review(_ verdict: SentenceReview.Verdict, _ sentence: String, rule: String? = nil, draft: String? = nil,
                       reading: Rule? = nil) -> SentenceReview {
        SentenceReview(sentence: sentence, verdict: verdict, rule: rule, draft: draft, reading: reading, by: "A. Reviewer",
                       date: "2026-11-26", note: "because", location: SourceLocation(file: "acme.review.yaml", line: 3, column: 5))
    }

    static let corrected = Rule(id: "", effect: .deny, scope: Scope(action: ["use"], data: ["user"], purpose: ["marketing.advertising"]),
                                source: Provenance(line: 1, text: ""))

    func apply(_ reviews: [SentenceReview], to draft: PolicyDocument = Self.draft()) -> ReviewedPolicy {
        ReviewedPolicy(draft: draft, reviews: reviews, sentences: Self.sentences(draft))
    }

    @Test func anAcceptanceSignsTheDraftOff() {
        let draft = Self.draft()
        let result = apply([Self.review(.accept, Self.sharing, rule: "deny-share-user-third-party", draft: DraftFingerprint.of(draft.rules[1]))])
        #expect(result.stale.isEmpty)
        #expect(result.document.rules[1].review == RuleReview(status: .accepted, by: "A. Reviewer", date: "2026-11-26", note: "because"))
        #expect(result.document.rules[0].review == nil)
        #expect(result.document.rules.map(\.scope) == draft.rules.map(\.scope))
    }

    @Test func aCorrectionReplacesTheDraftAndKeepsItsIdAndPlace() {
        let result = apply([Self.review(.correct, Self.limit, rule: "deny-use-user", reading: Self.corrected)])
        let rule = result.document.rules[0]
        #expect(rule.id == "deny-use-user")
        #expect(rule.scope.purpose == ["marketing.advertising"])
        #expect(rule.unless.isEmpty)
        #expect(rule.source.line == 12)
        #expect(rule.review?.status == .corrected)
    }

    @Test func aSentenceThatMovedKeepsItsReviews() {
        let before = Self.draft()
        let moved = Self.draft(limitLine: 40)
        let reviews = [Self.review(.correct, Self.limit, rule: "deny-use-user", reading: Self.corrected),
                       Self.review(.accept, Self.sharing, rule: "deny-share-user-third-party", draft: DraftFingerprint.of(before.rules[1]))]
        let result = apply(reviews, to: moved)
        #expect(result.stale.isEmpty)
        #expect(result.document.rules.map(\.review?.status) == [.corrected, .accepted])
        #expect(result.document.rules[0].source.line == 40)
    }

    @Test func aChangedSentenceMakesItsReviewStaleWithTheOldAndNewSentence() {
        let reworded = "We shall use such information only for the purpose of providing services to you."
        let result = apply([Self.review(.correct, Self.limit, rule: "deny-use-user", reading: Self.corrected)],
                           to: Self.draft(limit: reworded))
        #expect(result.stale.map(\.reason) == [.sentenceChanged(now: reworded)])
        #expect(result.document.rules[0].review == nil)
        #expect(result.document.rules[0].scope.purpose == nil)
        let message = result.stale[0].description
        #expect(message.hasPrefix("acme.review.yaml:3:5: stale review (correct) of rule 'deny-use-user'"))
        #expect(message.contains("was: \(Self.limit)"))
        #expect(message.contains("now: \(reworded)"))
    }

    @Test func aSentenceThatIsGoneMakesItsReviewStale() {
        let result = apply([Self.review(.accept, "We sell nothing, ever, to anybody at all.", rule: "deny-sell", draft: "0123456789abcdef")])
        #expect(result.stale.map(\.reason) == [.sentenceGone])
    }

    @Test func anAcceptanceOfADraftThatChangedIsStale() {
        let result = apply([Self.review(.accept, Self.limit, rule: "deny-use-user", draft: "0123456789abcdef")])
        #expect(result.stale.map(\.reason) == [.draftChanged(now: DraftFingerprint.of(Self.draft().rules[0]))])
        #expect(result.document.rules[0].review == nil)
    }

    @Test func anAcceptanceOfARuleNoLongerDraftedIsStale() {
        let draft = Self.draft()
        let result = apply([Self.review(.accept, Self.sharing, rule: "deny-share-user-third-party", draft: DraftFingerprint.of(draft.rules[1]))],
                           to: Self.draft(sharingRule: false).with(sentence: Provenance(line: 14, text: Self.sharing)))
        #expect(result.stale.map(\.reason) == [.ruleNotRead(readNow: [])])
    }

    @Test func aCorrectionOutlivesTheDraftItCorrected() {
        // The extractor stops reading a rule from the sentence; the reviewer's reading stays.
        let withoutDraft = PolicyDocument(policy: PolicyMetadata(id: "acme"), rules: [],
                                          unmapped: [UnmappedSentence(line: 12, text: Self.limit, reason: "not understood")])
        let result = ReviewedPolicy(draft: withoutDraft, reviews: [Self.review(.correct, Self.limit, rule: "deny-use-user", reading: Self.corrected)],
                                    sentences: [Provenance(line: 12, text: Self.limit)])
        #expect(result.stale.isEmpty)
        #expect(result.document.rules.map(\.id) == ["deny-use-user"])
        #expect(result.document.rules[0].review?.status == .corrected)
        #expect(result.document.rules[0].source == Provenance(line: 12, text: Self.limit))
    }

    @Test func aRejectionLeavesTheDraftOut() {
        let draft = Self.draft()
        let result = apply([Self.review(.reject, Self.limit, rule: "deny-use-user", draft: DraftFingerprint.of(draft.rules[0]))])
        #expect(result.document.rules.map(\.id) == ["deny-share-user-third-party"])
        #expect(result.rejected.map(\.id) == ["deny-use-user"])
    }

    @Test func anAddedRuleStandsWhereItsSentenceStands() {
        let added = Rule(id: "", effect: .allow, scope: Scope(action: ["collect"], data: ["user"], purpose: ["essential.service"]),
                         source: Provenance(line: 1, text: ""))
        let early = Self.review(.add, Self.quiet, rule: "allow-nothing", reading: added)
        let late = Self.review(.add, Self.account, rule: "allow-collect-user-for-account", reading: added)
        let result = apply([late, early])
        #expect(result.stale.isEmpty)
        // The unmapped sentence is signed off by the rule added for it.
        #expect(result.document.unmapped.map(\.review?.status) == [.added])
        #expect(result.document.rules.map(\.id) == ["allow-nothing", "deny-use-user", "deny-share-user-third-party", "allow-collect-user-for-account"])
        #expect(result.document.rules[3].source == Provenance(line: 30, text: Self.account))
        #expect(result.document.rules[3].review?.status == .added)
    }

    @Test func anAddedRuleMayNotTakeADraftsId() {
        let result = apply([Self.review(.add, Self.account, rule: "deny-use-user", reading: Self.corrected)])
        #expect(result.stale.map(\.reason) == [.idTaken])
        #expect(result.document.rules.count == 2)
    }

    @Test func aListItemReadWithItsLeadInIsReviewedAsTheItem() {
        let item = Provenance(line: 31, text: "Disclose your information.")
        let clause = Provenance(line: 31, text: "Except as described herein, we do NOT Disclose your information.")
        let rule = Rule(id: "deny-disclose-user", effect: .deny, scope: Scope(action: ["disclose"], data: ["user"]), source: clause)
        let draft = PolicyDocument(policy: PolicyMetadata(id: "acme"), rules: [rule])
        let result = ReviewedPolicy(draft: draft, reviews: [Self.review(.accept, item.text, rule: rule.id, draft: DraftFingerprint.of(rule))],
                                    sentences: [Provenance(line: 30, text: "Except as described herein, we do NOT:"), item])
        #expect(result.stale.isEmpty)
        #expect(result.document.rules[0].review?.status == .accepted)
    }

    @Test func theWorksheetCountsWhatIsLeftToReview() {
        let draft = Self.draft()
        let reviewed = apply([Self.review(.accept, Self.sharing, rule: "deny-share-user-third-party", draft: DraftFingerprint.of(draft.rules[1]))])
        let sheet = ReviewWorksheet(reviewed: reviewed, sentences: Self.sentences(draft), reviewFile: "acme.review.yaml")
        #expect(sheet.ruleCount == 2)
        #expect(sheet.unreviewedRules == 1)
        #expect(sheet.practiceSentences == 3)
        #expect(sheet.unreviewedPracticeSentences == 2)
        #expect(!sheet.isComplete)
        let done = apply([Self.review(.accept, Self.sharing, rule: "deny-share-user-third-party", draft: DraftFingerprint.of(draft.rules[1])),
                          Self.review(.correct, Self.limit, rule: "deny-use-user", reading: Self.corrected),
                          Self.review(.accept, Self.account)])
        #expect(ReviewWorksheet(reviewed: done, sentences: Self.sentences(draft), reviewFile: "acme.review.yaml").isComplete)
        #expect(done.document.unmapped.map(\.review?.status) == [.accepted])
        #expect(reviewed.document.unmapped.map(\.review) == [nil])
    }
}

extension PolicyDocument {
    /// The document with one more sentence listed as unmapped (so that it stands in the text).
    func with(sentence: Provenance) -> PolicyDocument {
        var copy = self
        copy.unmapped.append(UnmappedSentence(line: sentence.line, text: sentence.text, reason: "test"))
        return copy
    }
}
