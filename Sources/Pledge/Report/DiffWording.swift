/// The words the diff reporters share, so that every format says the same thing.
enum DiffWording {
    static func title(_ diff: VersionDiff) -> String {
        "\(diff.old.id) \(version(diff.old)) → \(diff.new.id) \(version(diff.new))"
    }

    static func version(_ policy: PolicyMetadata) -> String {
        policy.archived ?? policy.effective ?? policy.source ?? "?"
    }

    static func verdict(_ verdict: DiffVerdict) -> String {
        switch verdict {
        case .equivalent: return "equivalent"
        case .morePermissive: return "more permissive"
        case .lessPermissive: return "less permissive"
        case .incomparable: return "incomparable"
        }
    }

    static func verdictExplanation(_ verdict: DiffVerdict) -> String {
        switch verdict {
        case .equivalent: return "No operation is decided differently."
        case .morePermissive: return "The new version lets the company do more, or binds it less, and nothing the other way."
        case .lessPermissive: return "The new version lets the company do less, or binds it more, and nothing the other way."
        case .incomparable: return "The new version allows some things the old did not, and restricts others."
        }
    }

    static func summary(_ diff: VersionDiff) -> String {
        "\(diff.changes.count) changed region\(diff.changes.count == 1 ? "" : "s") in \(diff.groups.count) group\(diff.groups.count == 1 ? "" : "s"), "
            + "\(diff.regionCount) regions compared; \(diff.removed.count) clause\(diff.removed.count == 1 ? "" : "s") removed, \(diff.added.count) added"
            + (diff.unmappedRemoved.isEmpty && diff.unmappedAdded.isEmpty ? ""
                : "; sentences not modelled: \(diff.unmappedRemoved.count) only in the old version, \(diff.unmappedAdded.count) only in the new")
    }

    /// The clauses removed and added, each list with its title and the version it stands
    /// in; empty lists left out.
    static func clauseSections(_ diff: VersionDiff) -> [(title: String, rules: [Rule], policy: PolicyMetadata)] {
        [("Clauses removed", diff.removed, diff.old), ("Clauses added", diff.added, diff.new)].filter { !$0.rules.isEmpty }
    }

    /// The sentences not modelled that only one version has, as ``clauseSections(_:)``.
    static func unmappedSections(_ diff: VersionDiff) -> [(title: String, sentences: [UnmappedSentence], policy: PolicyMetadata)] {
        [("Not modelled, only in the old version", diff.unmappedRemoved, diff.old),
         ("Not modelled, only in the new version", diff.unmappedAdded, diff.new)].filter { !$0.sentences.isEmpty }
    }

    static func location(_ sentence: UnmappedSentence, in policy: PolicyMetadata) -> String {
        location(line: sentence.line, section: sentence.section, in: policy)
    }

    static func heading(_ group: ChangeGroup) -> String {
        switch group.kind {
        case .newlyAllowed: return "Newly allowed"
        case .newlyDenied: return "Newly denied"
        case .newlyCovered: return "Newly covered (now \(outcome(group.newOutcome)))"
        case .noLongerCovered: return "No longer covered (was \(outcome(group.oldOutcome)))"
        case .obligationsChanged: return "Obligations or duties changed"
        }
    }

    static func outcome(_ outcome: Outcome) -> String {
        switch outcome {
        case .allow: return "allowed"
        case .deny: return "denied"
        case .notCovered: return "not covered"
        }
    }

    /// "allowed by a, b" / "not covered: the policy is silent".
    static func decision(_ outcome: Outcome, _ clauses: [RuleReference]) -> String {
        clauses.isEmpty ? "\(self.outcome(outcome)): the policy is silent"
            : "\(self.outcome(outcome)) by " + clauses.map(\.ruleID).joined(separator: ", ")
    }

    static func location(_ reference: RuleReference, in policy: PolicyMetadata) -> String {
        location(line: reference.source.line, section: reference.source.section, in: policy)
    }

    static func location(_ rule: Rule, in policy: PolicyMetadata) -> String {
        location(line: rule.source.line, section: rule.source.section, in: policy)
    }

    /// `file:line (section)`.
    private static func location(line: Int, section: String?, in policy: PolicyMetadata) -> String {
        "\(policy.textFile):\(line)" + (section.map { " (\($0))" } ?? "")
    }

    /// The region's dimensions that are not `any`, as `action: share; data: user.contact`.
    static func scope(_ change: RegionChange) -> String {
        let parts = zip(Dimension.scoped, change.scope).filter { $0.1 != "any" }.map { "\($0.0.rawValue): \($0.1)" }
        return parts.isEmpty ? "every operation" : parts.joined(separator: "; ")
    }

    static func witness(_ change: RegionChange) -> String {
        WitnessText.describe(change.witness)
            + (change.exact ? "" : " [also covers neighbouring regions; the change is at \(change.witnessAtom) itself]")
    }
}
