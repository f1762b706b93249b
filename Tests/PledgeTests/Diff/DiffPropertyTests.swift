import Testing
@testable import Pledge

@Suite struct DiffPropertyTests {
    static let seeds: [UInt64] = Array(1...40)
    let taxonomy = Taxonomy.standard

    @Test(arguments: seeds)
    func diffOfAPolicyWithItselfIsEmpty(_ seed: UInt64) throws {
        var generator = RandomRules(random: SeededGenerator(seed: seed))
        let a = generator.document(rules: 6)
        let diff = try VersionDiff(old: a, new: a)
        #expect(diff.verdict == .equivalent)
        #expect(diff.groups.isEmpty && diff.added.isEmpty && diff.removed.isEmpty)
    }

    @Test(arguments: seeds)
    func diffMirrors(_ seed: UInt64) throws {
        var generator = RandomRules(random: SeededGenerator(seed: seed))
        let a = generator.document(rules: 5), b = generator.document(rules: 5)
        let forward = try VersionDiff(old: a, new: b), backward = try VersionDiff(old: b, new: a)
        #expect(backward.verdict == forward.verdict.mirrored)
        func key(_ c: RegionChange, mirrored: Bool) -> String {
            let (kind, from, to) = mirrored ? (c.kind.mirrored, c.new.outcome, c.old.outcome) : (c.kind, c.old.outcome, c.new.outcome)
            return "\(kind) \(from)→\(to) \(WitnessText.describe(c.witness))"
        }
        #expect(forward.changes.map { key($0, mirrored: false) }.sorted() == backward.changes.map { key($0, mirrored: true) }.sorted())
        #expect(forward.added.map(\.id) == backward.removed.map(\.id))
        #expect(forward.removed.map(\.id) == backward.added.map(\.id))
    }

    @Test(arguments: seeds)
    func addingADenyNeverAllowsAnything(_ seed: UInt64) throws {
        var generator = RandomRules(random: SeededGenerator(seed: seed))
        let a = generator.document(rules: 5)
        var b = a
        // Without exceptions: an exception to a prohibition is a permission (DESIGN.md).
        b.rules.append(generator.rule("added-deny", effect: .deny, exceptions: false))
        let diff = try VersionDiff(old: a, new: b)
        #expect(diff.changes.allSatisfy { $0.new.outcome == .deny }, "\(diff.changes.map(\.kind))")
        #expect(diff.verdict == .equivalent || diff.verdict == .lessPermissive)
        #expect(diff.added.map(\.id) == ["added-deny"] || diff.verdict == .equivalent)
    }

    /// The partition is exact: any atom at all decides, in each version, like the
    /// witness of the region it falls in; so no change can hide between witnesses.
    @Test(arguments: seeds)
    func everyAtomDecidesLikeItsRegion(_ seed: UInt64) throws {
        var generator = RandomRules(random: SeededGenerator(seed: seed))
        let a = generator.document(rules: 6), b = generator.document(rules: 6)
        let engines = [try Engine(document: a), try Engine(document: b)]
        var list = RegionList()
        let partition = RegionPartition([try ResolvedPolicy(a, taxonomy: taxonomy), try ResolvedPolicy(b, taxonomy: taxonomy)], taxonomy: taxonomy, visitor: &list)
        for _ in 0..<300 {
            let probe = generator.probe(taxonomy)
            let indices = zip(Dimension.scoped, probe.atom.scopedKeys).map { taxonomy[$0].index(of: $1!)! }
            let context = Set(probe.context.flatMap { taxonomy[.context].subtreeIndices(of: $0) })
            let isRetain = probe.atom.action == "retain"
            let r = try #require(partition.region(of: indices, retention: isRetain ? probe.retention : nil, context: context))
            let region = list.regions[r]
            for engine in engines {
                let direct = engine.evaluate(atom: probe.atom, context: Array(context).map { taxonomy[.context].nodes[$0].key }, retention: probe.retention)
                let viaRegion = engine.evaluate(atom: region.atom(in: taxonomy), context: region.contextKeys(in: taxonomy),
                                                retention: region.retains ? region.retention : nil)
                #expect(direct.outcome == viaRegion.outcome, "\(probe) vs region \(region.atom(in: taxonomy))")
                #expect(Set(direct.deciding.map(\.ruleID)) == Set(viaRegion.deciding.map(\.ruleID)))
            }
        }
    }

    @Test(arguments: seeds)
    func lintFindsNoConflictWithoutOverlap(_ seed: UInt64) throws {
        var generator = RandomRules(random: SeededGenerator(seed: seed))
        var document = generator.document(rules: 8)
        // Allows keep data in the company, denies speak only of third parties: they cannot overlap.
        document.rules = document.rules.map { rule in
            var r = rule
            if r.effect == .require { r.effect = .allow }
            r.scope.recipient = r.effect == .allow ? ["first_party"] : ["third_party"]
            r.unless = []
            return r
        }
        let conflicts = Linter().lint(document).filter { ["overridden-allow", "duty-contradicts-permission"].contains($0.check) }
        #expect(conflicts.isEmpty, "\(conflicts.map(\.message))")
    }

    @Test(arguments: seeds)
    func lintFindsEveryConflictTheEngineShows(_ seed: UInt64) throws {
        var generator = RandomRules(random: SeededGenerator(seed: seed))
        let document = generator.document(rules: 6)
        let engine = try Engine(document: document)
        let findings = Linter().lint(document)
        for _ in 0..<200 {
            let probe = generator.probe(taxonomy)
            let decision = engine.evaluate(atom: probe.atom, context: probe.context, retention: probe.retention)
            for over in decision.overridden {
                for deciding in decision.deciding where deciding.ruleID != over.ruleID {
                    #expect(findings.contains { $0.ruleIDs.contains(over.ruleID) && $0.ruleIDs.contains(deciding.ruleID) },
                            "\(over.ruleID) overridden by \(deciding.ruleID) at \(probe) not reported")
                }
            }
        }
        for finding in findings where finding.check == "overridden-allow" || finding.check == "duty-contradicts-permission" {
            if let witness = finding.witness { #expect(engine.evaluate(witness).outcome == .deny) }
        }
    }
}
