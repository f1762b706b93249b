import Foundation
import Testing
@testable import Pledge

/// The diff on the committed rules of the real policies (Rules/, generated from Policies/).
@Suite struct RealRulesDiffTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func rules(_ policy: String, _ version: String) throws -> PolicyDocument {
        try RuleFile.load(path: Self.root.appendingPathComponent("Rules/\(policy)/\(version).yaml").path)
    }

    /// clicktale 2007-12-28.md:49 promises to email the updated policy to users who agreed;
    /// 2010-04-26 only posts it on the page. With that promise in the old rules, as the
    /// text states it, the diff reports the duty dropped and the region it covered.
    @Test func droppingTheEmailAboutPolicyChangesIsReported() throws {
        var old = try rules("clicktale", "2007-12-28")
        let new = try rules("clicktale", "2010-04-26")
        old.rules.append(Rule(
            id: "email-policy-changes", effect: .require,
            scope: Scope(action: ["email"], data: ["user.contact.email"], recipient: ["data_subject"]), when: ["policy_change", "consent"],
            source: Provenance(section: "6. Policy Modifications", line: 49,
                               text: "If/when ClickTale makes changes to this Privacy Policy, we will email the updated policy to users who have given us permission to do so.")))
        let diff = try VersionDiff(old: old, new: new)
        #expect(diff.removed.contains { $0.id == "email-policy-changes" })
        let dropped = diff.groups.filter { $0.oldClauses.contains { $0.ruleID == "email-policy-changes" } }
        #expect(!dropped.isEmpty)
        for group in dropped {
            #expect(group.kind == .noLongerCovered || group.kind == .obligationsChanged)
            for change in group.changes {
                #expect(change.witness.action == "email")
                #expect(Set(change.witness.context).isSuperset(of: ["policy_change", "consent"]))
            }
        }
    }

    @Test func formattingOnlyVersionsHaveEquivalentRules() throws {
        #expect(try VersionDiff(old: rules("clickandchat", "2010-09-14"), new: rules("clickandchat", "2011-12-01")).verdict == .equivalent)
        #expect(try VersionDiff(old: rules("clicktale", "2006-12-30"), new: rules("clicktale", "2007-12-28")).verdict == .equivalent)
    }

    @Test func every2018ChangeIsReCheckedAndMirrored() throws {
        let old = try rules("clicktale", "2010-04-26"), new = try rules("clicktale", "2018-04-07")
        let forward = try VersionDiff(old: old, new: new), backward = try VersionDiff(old: new, new: old)
        #expect(forward.verdict != .equivalent)
        #expect(backward.verdict == forward.verdict.mirrored)
        #expect(forward.changes.count == backward.changes.count)
        #expect(Set(forward.added.map(\.id)) == Set(backward.removed.map(\.id)))
    }
}
