extension VersionDiff {
    /// Compares two versions exactly: cuts the operation space at everything either
    /// version mentions, decides every region with both, and reports every region whose
    /// decision changed. Every witness is re-checked by evaluating both versions on it.
    ///
    /// - Throws: ``PledgeError/invalid(_:)`` when a version names an unknown term;
    ///   ``PledgeError/inconsistent(_:)`` if a witness is not confirmed by the engine.
    public init(old: PolicyDocument, new: PolicyDocument, taxonomy base: Taxonomy = .standard) throws {
        // Both versions are read in one vocabulary: each one's stated purposes and facts are
        // known to the other, which decides them as it decides any key it does not name.
        let taxonomy = new.taxonomy(extending: old.taxonomy(extending: base))
        let oldRules = try ResolvedPolicy(old, taxonomy: taxonomy)
        let oldEngine = try Engine(oldRules)
        let newRules = try ResolvedPolicy(new, taxonomy: taxonomy)
        let newEngine = try Engine(newRules)
        // Each region is decided with both versions as it is cut, and only its outcomes are kept
        // (the witness re-check reads its neighbours'); whole decisions and the region itself
        // only where it changed. Near the region limit, every region held took most of the memory.
        var comparison = RegionComparison(engines: (oldEngine, newEngine), duties: (Self.duties(oldRules), Self.duties(newRules)), taxonomy: taxonomy)
        let partition = RegionPartition([oldRules, newRules], taxonomy: taxonomy, visitor: &comparison)
        guard !partition.exceeded else {
            throw PledgeError.invalid([Diagnostic("the two versions' conditions cut the operation space into more than \(RegionPartition.regionLimit) regions; too many to compare exactly",
                                                  at: SourceLocation(file: new.policy.textFile))])
        }

        var groups: [ChangeGroup] = []
        var groupIndex: [[String]: Int] = [:]
        for (i, region, kind, before, after, (was, now)) in comparison.changed {
            let witness = region.witness(in: taxonomy)
            try Self.recheck(witness, region: region, index: i, partition: partition, engines: (oldEngine, newEngine), outcomes: comparison.outcomes)
            let change = RegionChange(
                kind: kind, old: before, new: after, witness: witness, exact: region.isolated,
                witnessAtom: region.atom(in: taxonomy),
                scope: zip(Dimension.scoped, region.classes).map { $1.text(in: taxonomy[$0]) })
            let key = [kind.rawValue, before.outcome.rawValue, after.outcome.rawValue]
                + before.deciding.map(\.ruleID) + ["→"] + after.deciding.map(\.ruleID)
                + ["obligations"] + before.obligations.sorted() + ["→"] + after.obligations.sorted() + ["\(was.dutyOnly)", "\(now.dutyOnly)"]
            if let g = groupIndex[key] {
                groups[g].changes.append(change)
            } else {
                groupIndex[key] = groups.count
                groups.append(ChangeGroup(kind: kind, oldOutcome: before.outcome, newOutcome: after.outcome,
                                          oldClauses: before.deciding, newClauses: after.deciding, changes: [change]))
            }
        }
        // What the company may now do comes first, then what binds it less, then what binds it more.
        func order(_ g: ChangeGroup) -> Int {
            switch (g.kind, g.newOutcome) {
            case (.newlyAllowed, _): return 0
            case (.newlyCovered, .allow): return 1
            case (.noLongerCovered, _) where g.oldOutcome == .deny: return 2
            case (.obligationsChanged, _): return 3
            case (.noLongerCovered, _): return 4
            case (.newlyDenied, _): return 5
            default: return 6
            }
        }
        let sorted = groups.enumerated().sorted { (order($0.element), $0.offset) < (order($1.element), $1.offset) }.map(\.element)
        self.init(old: old.policy, new: new.policy, verdict: DiffVerdict(up: comparison.up, down: comparison.down), groups: sorted,
                  added: newRules.rules.unmatched(against: oldRules.rules, by: ClauseContent.init).map(\.rule),
                  removed: oldRules.rules.unmatched(against: newRules.rules, by: ClauseContent.init).map(\.rule),
                  unmappedRemoved: old.unmapped.unmatched(against: new.unmapped, by: \.words),
                  unmappedAdded: new.unmapped.unmatched(against: old.unmapped, by: \.words),
                  regionCount: partition.count)
    }

    /// The contents of the policy's duties, by rule id.
    private static func duties(_ policy: ResolvedPolicy) -> [String: ClauseContent] {
        var result: [String: ClauseContent] = [:]
        for r in policy.rules where r.rule.effect == .require { result[r.rule.id] = ClauseContent(r) }
        return result
    }

    /// Evaluates both versions on the witness operation and checks each outcome against
    /// the regions the operation covers (deny if any is denied, else not_covered if any
    /// is, else allow).
    private static func recheck(
        _ witness: Operation, region: Region, index: Int, partition: RegionPartition,
        engines: (old: Engine, new: Engine), outcomes: (old: [Outcome], new: [Outcome])
    ) throws {
        let covered = partition.regions(coveredByWitnessOf: region, index: index)
        func combined(_ all: [Outcome]) -> Outcome {
            let outcomes = covered.map { all[$0] }
            return outcomes.contains(.deny) ? .deny : outcomes.contains(.notCovered) ? .notCovered : .allow
        }
        let expected = (combined(outcomes.old), combined(outcomes.new))
        let actual = (engines.old.evaluate(witness).outcome, engines.new.evaluate(witness).outcome)
        guard covered.contains(index), expected == actual else {
            throw PledgeError.inconsistent("diff witness '\(WitnessText.describe(witness))' was expected \(expected.0.rawValue) → \(expected.1.rawValue) but evaluates \(actual.0.rawValue) → \(actual.1.rawValue)")
        }
    }
}
