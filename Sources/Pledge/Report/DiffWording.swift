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

    /// `7 changed promises over 520 of 765 regions; 10 clauses removed, 7 added, 3 of them one clause reworded`.
    static func summary(_ diff: VersionDiff, _ promises: DiffPromises) -> String {
        let reworded = promises.promises.filter { $0.form == .reworded }.count
        return "\(count(promises.promises.count, "changed promise")) over \(diff.changes.count) of \(count(diff.regionCount, "region")) compared; "
            + "\(count(diff.removed.count, "clause")) removed, \(diff.added.count) added"
            + (reworded == 0 ? "" : " (\(count(reworded, "clause")) reworded)")
            + (diff.unmappedRemoved.isEmpty && diff.unmappedAdded.isEmpty ? ""
                : "; sentences not modelled: \(diff.unmappedRemoved.count) only in the old version, \(diff.unmappedAdded.count) only in the new")
    }

    /// `1 region`, `2 regions`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The title of the summary's part for one weight.
    static func title(_ weight: PromiseChange.Weight) -> String {
        switch weight {
        case .freer: return "Newly allowed or no longer forbidden"
        case .stricter: return "Newly forbidden or no longer allowed"
        case .obligations: return "Obligations and duties changed"
        case .none: return "Clauses changed without changing any decision"
        }
    }

    /// What the promise says now, in plain words: an added or reworded clause as newly
    /// stated, a dropped one as no longer stated, unchanged clauses by what they decide.
    static func headline(_ promise: PromiseChange, _ words: PlainWords) -> String {
        switch promise.form {
        case .added: return words.rules(promise.new?.rules ?? [], .adds)
        case .dropped: return words.rules(promise.old?.rules ?? [], .drops)
        case .reworded:
            let now = words.rules(promise.new?.rules ?? [], .states), was = words.rules(promise.old?.rules ?? [], .states)
            return "reworded: " + now + (was == now ? "" : " (was: \(was))")
        case .redecided:
            let example = promise.pairs.first?.changes.first.map { words.operation($0.witness) } ?? "operations"
            return "unchanged clauses decide differently, e.g. to \(example)"
        }
    }

    /// `24 regions` or `24 regions: 20 newly allowed, 4 newly forbidden`.
    static func regions(_ promise: PromiseChange) -> String {
        let parts = PromiseChange.Weight.allCases.compactMap { w -> String? in
            let n = promise.regions(w)
            guard n > 0 else { return nil }
            switch w {
            case .freer: return "\(n) freer"
            case .stricter: return "\(n) stricter"
            case .obligations: return "\(n) with other duties"
            case .none: return nil
            }
        }
        let total = count(promise.regionCount, "region")
        return parts.count > 1 ? "\(total): " + parts.joined(separator: ", ") : total
    }

    /// The clauses that decide a pair's regions, old then new:
    /// `denied by deny-x (with 1 more) → allowed by allow-y`.
    static func pair(_ pair: ClausePair) -> String {
        func side(_ outcome: Outcome, _ clause: RuleReference?, _ also: [RuleReference]) -> String {
            guard let clause else { return decision(outcome, []) }
            return "\(self.outcome(outcome)) by \(clause.ruleID)" + (also.isEmpty ? "" : " (with \(also.map(\.ruleID).joined(separator: ", ")))")
        }
        return side(pair.oldOutcome, pair.old, pair.alsoOld) + " → " + side(pair.newOutcome, pair.new, pair.alsoNew)
    }

    /// `also decides 192 regions listed under 1`.
    static func shared(_ shared: PromiseChange.Shared, _ promises: DiffPromises) -> String {
        "also decides \(count(shared.count, "region")) listed under \(promises.number(shared.listedUnder))"
    }

    /// How a pair's regions changed: `newly allowed`, `no longer covered (was denied)`.
    static func heading(_ pair: ClausePair) -> String {
        switch pair.kind {
        case .newlyAllowed: return "newly allowed"
        case .newlyDenied: return "newly denied"
        case .newlyCovered: return "newly covered (now \(outcome(pair.newOutcome)))"
        case .noLongerCovered: return "no longer covered (was \(outcome(pair.oldOutcome)))"
        case .obligationsChanged: return "obligations or duties changed"
        }
    }

    /// The sentences not modelled that only one version has, each list with its title and
    /// the version it stands in; empty lists left out.
    static func unmappedSections(_ diff: VersionDiff) -> [(title: String, sentences: [UnmappedSentence], policy: PolicyMetadata)] {
        [("Not modelled, only in the old version", diff.unmappedRemoved, diff.old),
         ("Not modelled, only in the new version", diff.unmappedAdded, diff.new)].filter { !$0.sentences.isEmpty }
    }

    static func location(_ sentence: UnmappedSentence, in policy: PolicyMetadata) -> String {
        location(line: sentence.line, section: sentence.section, in: policy)
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
