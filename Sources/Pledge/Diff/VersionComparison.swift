extension VersionDiff {
    /// Compares two versions exactly: cuts the operation space at everything either
    /// version mentions, decides every region with both, and reports every region whose
    /// decision changed. Every witness is re-checked by evaluating both versions on it.
    ///
    /// - Throws: ``PledgeError/invalid(_:)`` when a version names an unknown term;
    ///   ``PledgeError/inconsistent(_:)`` if a witness is not confirmed by the engine.
    public init(old: PolicyDocument, new: PolicyDocument, taxonomy: Taxonomy = .standard) throws {
        let oldRules = try ResolvedPolicy(old, taxonomy: taxonomy)
        let oldEngine = try Engine(oldRules)
        let newRules = try ResolvedPolicy(new, taxonomy: taxonomy)
        let newEngine = try Engine(newRules)
        let partition = RegionPartition([oldRules, newRules], taxonomy: taxonomy)
        guard !partition.exceeded else {
            throw PledgeError.invalid([Diagnostic("the two versions' conditions cut the operation space into more than \(RegionPartition.regionLimit) regions; too many to compare exactly",
                                                  at: SourceLocation(file: new.policy.textFile))])
        }
        func decide(_ engine: Engine, _ region: Region) -> Decision {
            engine.evaluate(atom: region.atom(in: taxonomy), context: region.contextKeys(in: taxonomy),
                            retention: region.retains ? region.retention : nil)
        }
        func duties(_ policy: ResolvedPolicy) -> [String: ClauseContent] {
            var result: [String: ClauseContent] = [:]
            for r in policy.rules where r.rule.effect == .require { result[r.rule.id] = ClauseContent(r) }
            return result
        }
        let oldDuties = duties(oldRules), newDuties = duties(newRules)

        // One pass decides every region with both versions and keeps, for every region, only
        // the outcomes (the witness re-check reads its neighbours'), and whole decisions only
        // where the region changed: near the region limit the decisions of every region
        // (their clause lists repeated per region) took gigabytes.
        var outcomes: (old: [Outcome], new: [Outcome]) = ([], [])
        outcomes.old.reserveCapacity(partition.regions.count)
        outcomes.new.reserveCapacity(partition.regions.count)
        var changed: [(region: Int, kind: ChangeKind, before: Decision, after: Decision, statuses: (RegionStatus, RegionStatus))] = []
        var up = false, down = false
        for (i, region) in partition.regions.enumerated() {
            let before = decide(oldEngine, region), after = decide(newEngine, region)
            outcomes.old.append(before.outcome)
            outcomes.new.append(after.outcome)
            let was = RegionStatus(before, duties: oldDuties), now = RegionStatus(after, duties: newDuties)
            guard let kind = was.change(to: now) else { continue }
            let direction = was.direction(to: now)
            up = up || direction.up
            down = down || direction.down
            changed.append((i, kind, before, after, (was, now)))
        }

        var groups: [ChangeGroup] = []
        var groupIndex: [[String]: Int] = [:]
        for (i, kind, before, after, (was, now)) in changed {
            let region = partition.regions[i]
            let witness = region.witness(in: taxonomy)
            try Self.recheck(witness, region: i, partition: partition, engines: (oldEngine, newEngine), outcomes: outcomes)
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
        self.init(old: old.policy, new: new.policy, verdict: DiffVerdict(up: up, down: down), groups: sorted,
                  added: newRules.rules.unmatched(against: oldRules.rules, by: ClauseContent.init).map(\.rule),
                  removed: oldRules.rules.unmatched(against: newRules.rules, by: ClauseContent.init).map(\.rule),
                  unmappedRemoved: old.unmapped.unmatched(against: new.unmapped, by: \.words),
                  unmappedAdded: new.unmapped.unmatched(against: old.unmapped, by: \.words),
                  regionCount: partition.regions.count)
    }

    /// Evaluates both versions on the witness operation and checks each outcome against
    /// the regions the operation covers (deny if any is denied, else not_covered if any
    /// is, else allow).
    private static func recheck(
        _ witness: Operation, region: Int, partition: RegionPartition,
        engines: (old: Engine, new: Engine), outcomes: (old: [Outcome], new: [Outcome])
    ) throws {
        let covered = partition.regions(coveredByWitnessOf: region)
        func combined(_ all: [Outcome]) -> Outcome {
            let outcomes = covered.map { all[$0] }
            return outcomes.contains(.deny) ? .deny : outcomes.contains(.notCovered) ? .notCovered : .allow
        }
        let expected = (combined(outcomes.old), combined(outcomes.new))
        let actual = (engines.old.evaluate(witness).outcome, engines.new.evaluate(witness).outcome)
        guard covered.contains(region), expected == actual else {
            throw PledgeError.inconsistent("diff witness '\(WitnessText.describe(witness))' was expected \(expected.0.rawValue) → \(expected.1.rawValue) but evaluates \(actual.0.rawValue) → \(actual.1.rawValue)")
        }
    }
}
