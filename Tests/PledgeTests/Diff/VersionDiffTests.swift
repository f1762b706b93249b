import Testing
@testable import Pledge

@Suite struct VersionDiffTests {
    typealias E = LintExample

    @Test func renumberedRewordedAndReorderedRulesAreEquivalent() throws {
        let old = E.document([
            E.rule("a", .deny, Scope(action: ["sell"], data: ["registration_data"]), line: 3),
            E.rule("b", .allow, Scope(action: ["use"], data: ["user"], purpose: ["essential.service"]), line: 5),
        ], terms: ["registration_data": ["user.name", "user.contact"]])
        let new = E.document([
            E.rule("use-for-service", .allow, Scope(action: ["use"], data: ["user"], purpose: ["essential.service"]), line: 50, text: "Reworded."),
            E.rule("no-sale", .deny, Scope(action: ["sell"], data: ["user.contact", "user.name"]), line: 40),
        ])
        let diff = try VersionDiff(old: old, new: new)
        #expect(diff.verdict == .equivalent)
        #expect(diff.groups.isEmpty && diff.added.isEmpty && diff.removed.isEmpty)
    }

    /// Each version's stated purposes are known to the other: the purpose the new version
    /// states is newly allowed, the old one's no longer, and nothing else changed.
    @Test func aReworkedStatedPurposeIsNewlyAllowedAndTheOldOneNoLonger() throws {
        func version(_ name: String, says: String) -> PolicyDocument {
            var document = E.document([E.rule("cookies", .allow, Scope(action: ["use"], data: ["user.device.cookie"], purpose: [name]))])
            document.purposes = [name: StatedTerm(says: says, within: "analytics")]
            return document
        }
        let diff = try VersionDiff(old: version("measure_site_traffic", says: "to measure site traffic"),
                                   new: version("count_returning_visitors", says: "to count returning visitors"))
        #expect(diff.verdict == .incomparable)
        let newly = diff.changes.filter { $0.new.outcome == .allow }, lost = diff.changes.filter { $0.old.outcome == .allow }
        #expect(newly.map(\.witness.purpose) == ["count_returning_visitors"])
        #expect(lost.map(\.witness.purpose) == ["measure_site_traffic"])
        #expect(diff.changes.count == 2)
        // The same stated purpose in both versions changes nothing.
        let same = version("measure_site_traffic", says: "to measure site traffic")
        #expect(try VersionDiff(old: same, new: same).verdict == .equivalent)
    }

    @Test func aLongerRetentionIsNewlyAllowedBetweenTheThresholds() throws {
        let old = E.document([E.rule("keep", .allow, Scope(action: ["retain"], data: ["user.device"], retention: .atMost(ISODuration("P30D")!)))])
        let new = E.document([E.rule("keep", .allow, Scope(action: ["retain"], data: ["user.device"], retention: .atMost(ISODuration("P1Y")!)))])
        let diff = try VersionDiff(old: old, new: new)
        #expect(diff.verdict == .morePermissive)
        let change = try #require(diff.changes.first)
        #expect(diff.changes.count == 1)
        #expect(change.kind == .newlyCovered && change.new.outcome == .allow)
        #expect(change.witness.retention == ISODuration("P1Y"))
        #expect(change.witness.action == "retain" && change.exact)
        #expect(diff.removed.map(\.id) == ["keep"] && diff.added.map(\.id) == ["keep"])
    }

    @Test func aNewConditionOnAProhibitionIsNewlyAllowedOnlyWhereItFails() throws {
        let old = E.document([E.rule("no-share", .deny, Scope(action: ["share"], recipient: ["third_party"]))])
        let new = E.document([
            E.rule("no-share", .deny, Scope(action: ["share"], recipient: ["third_party"]), unless: [Exception(scope: Scope(recipient: ["acquirer"]), when: ["merger"])]),
        ])
        let diff = try VersionDiff(old: old, new: new)
        #expect(diff.verdict == .morePermissive)
        #expect(diff.groups.count == 1)
        let group = try #require(diff.groups.first)
        #expect(group.kind == .newlyAllowed)
        #expect(group.oldClauses.map(\.ruleID) == ["no-share"] && group.newClauses.first?.exception != nil)
        for change in group.changes {
            #expect(change.witness.recipient == "acquirer")
            #expect(change.witness.context == ["merger"])
        }
    }

    @Test func droppingADutyIsMorePermissiveAndNoLongerCovered() throws {
        let notify = E.rule("notify", .require, Scope(action: ["email"], data: ["user.contact.email"], recipient: ["data_subject"]), when: ["policy_change"])
        let keep = E.rule("no-sale", .deny, Scope(action: ["sell"]))
        let diff = try VersionDiff(old: E.document([notify, keep]), new: E.document([keep]))
        #expect(diff.verdict == .morePermissive)
        #expect(diff.changes.allSatisfy { $0.kind == .noLongerCovered })
        #expect(diff.changes.contains { $0.witness.action == "email" && $0.witness.context == ["policy_change"] })
        #expect(diff.removed.map(\.id) == ["notify"])
        // Taking on the duty is the mirror image.
        #expect(try VersionDiff(old: E.document([keep]), new: E.document([notify, keep])).verdict == .lessPermissive)
    }

    @Test func losingAnObligationIsMorePermissive() throws {
        var withOptOut = E.rule("offers", .allow, Scope(action: ["email"], purpose: ["marketing"]))
        withOptOut.obligations = ["offer an opt-out in every marketing email"]
        let bare = E.rule("offers", .allow, Scope(action: ["email"], purpose: ["marketing"]))
        let diff = try VersionDiff(old: E.document([withOptOut]), new: E.document([bare]))
        #expect(diff.verdict == .morePermissive)
        #expect(diff.changes.allSatisfy { $0.kind == .obligationsChanged })
    }

    @Test func changesInDifferentDirectionsAreIncomparable() throws {
        let old = E.document([E.rule("a", .allow, Scope(action: ["use"])), E.rule("b", .deny, Scope(action: ["sell"]))])
        let new = E.document([E.rule("a", .deny, Scope(action: ["use"])), E.rule("b", .allow, Scope(action: ["sell"]))])
        let diff = try VersionDiff(old: old, new: new)
        #expect(diff.verdict == .incomparable)
        #expect(Set(diff.groups.map(\.kind)) == [.newlyAllowed, .newlyDenied])
    }

    @Test func unknownTermsAreBadInput() {
        let bad = E.document([E.rule("a", .allow, Scope(data: ["mystery"]))])
        #expect(throws: PledgeError.self) { try VersionDiff(old: bad, new: E.document([])) }
    }
}

@Suite struct RegionLimitTests {
    /// Exactness forbids sampling: a space too large to enumerate is refused, not cut short silently.
    @Test func tooManyRegionsIsReportedNotSampled() throws {
        let facts = ["consent", "opted_out", "fraud", "security_incident", "account_cancelled", "merger", "user_request", "purchase"]
        let rules = facts.enumerated().map { i, fact in
            LintExample.rule("r\(i)", i % 2 == 0 ? .allow : .deny, Scope(action: ["share"]), when: [fact])
        }
        let policy = try ResolvedPolicy(LintExample.document(rules), taxonomy: .standard)
        var cut = RegionList()
        let small = RegionPartition([policy], taxonomy: .standard, limit: 100, visitor: &cut)
        #expect(small.exceeded)
        #expect(cut.regions.count <= 100)  // no region past the limit is handed on
        var list = RegionList()
        let full = RegionPartition([policy], taxonomy: .standard, visitor: &list)
        #expect(!full.exceeded)
        #expect(full.count > 256)  // every combination of the eight facts, for share
        #expect(list.regions.count == full.count)
    }
}
