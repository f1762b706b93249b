import Testing
@testable import Pledge

/// `check` as the oracle for `diff`: the diff never aborts on valid input, each exact
/// witness is decided by both versions as the diff says, and an operation that the two
/// versions decide apart is never hidden from the verdict.
@Suite struct DiffOracleTests {
    let taxonomy = Taxonomy.standard

    /// deny < not_covered (or allowed only by a duty) < allow, as the verdict ranks them.
    private func rank(_ d: Decision) -> Int {
        if d.outcome == .deny { return 0 }
        let dutyOnly = d.outcome == .allow && !d.deciding.isEmpty && d.deciding.allSatisfy { $0.effect == .require }
        return d.outcome == .notCovered || dutyOnly ? 1 : 2
    }

    @Test(arguments: Array(UInt64(1)...40))
    func everyWitnessAndProbeAgreesWithCheck(_ seed: UInt64) throws {
        var generator = RandomRules(random: SeededGenerator(seed: seed))
        let old = generator.document(rules: 16), new = generator.document(rules: 16)
        let diff = try VersionDiff(old: old, new: new)
        let engines = (old: try Engine(document: old), new: try Engine(document: new))
        for change in diff.changes where change.exact {
            #expect(engines.old.evaluate(change.witness).outcome == change.old.outcome, "old at \(WitnessText.describe(change.witness))")
            #expect(engines.new.evaluate(change.witness).outcome == change.new.outcome, "new at \(WitnessText.describe(change.witness))")
        }
        for _ in 0..<200 {
            let probe = generator.probe(taxonomy)
            let before = engines.old.evaluate(atom: probe.atom, context: probe.context, retention: probe.retention)
            let after = engines.new.evaluate(atom: probe.atom, context: probe.context, retention: probe.retention)
            if rank(after) > rank(before) {
                #expect(diff.verdict == .morePermissive || diff.verdict == .incomparable, "\(probe) moved up, verdict \(diff.verdict)")
            }
            if rank(after) < rank(before) {
                #expect(diff.verdict == .lessPermissive || diff.verdict == .incomparable, "\(probe) moved down, verdict \(diff.verdict)")
            }
        }
    }

    /// Reduced from random 60-rule pairs: a rule conditioned on a fact (`subpoena`) whose
    /// ancestor (`legal_process`) another rule names. A witness naming `legal_process` does
    /// not say that a subpoena holds, so its regions must not include the subpoena's.
    @Test(arguments: [
        ("""
         pledge: 1
         policy: {id: p}
         rules: []
         """, """
         pledge: 1
         policy: {id: p}
         rules:
           - {id: a, effect: allow, action: [disclose, retain], when: [legal_process], source: {line: 1, text: A.}}
           - {id: b, effect: deny, action: [share], data: [user.contact], when: [subpoena], source: {line: 2, text: B.}}
           - {id: c, effect: deny, data: [user.contact], identifiability: [identified], source: {line: 3, text: C.}}
         """),
        ("""
         pledge: 1
         policy: {id: p}
         rules:
           - {id: a, effect: deny, action: [retain, sell], data: [user.financial.credit_card], purpose: [essential.service],
              identifiability: [identified], when: [subpoena], source: {line: 1, text: A.}}
         """, """
         pledge: 1
         policy: {id: p}
         rules:
           - {id: b, effect: require, recipient: [first_party], when: [legal_process], source: {line: 1, text: B.}}
           - {id: c, effect: allow, action: [delete, disclose], data: [user.financial.credit_card],
              purpose: [essential.service, marketing.advertising], recipient: [government, third_party], source: {line: 2, text: C.}}
         """),
    ])
    func aFactDoesNotStandForItsDescendants(_ texts: (String, String)) throws {
        let old = try RuleFile.decode(texts.0, file: "old.yaml"), new = try RuleFile.decode(texts.1, file: "new.yaml")
        let diff = try VersionDiff(old: old, new: new)
        let engines = (old: try Engine(document: old), new: try Engine(document: new))
        #expect(diff.changes.contains { $0.witness.context == ["legal_process"] })
        for change in diff.changes where change.exact {
            #expect(engines.old.evaluate(change.witness).outcome == change.old.outcome)
            #expect(engines.new.evaluate(change.witness).outcome == change.new.outcome)
        }
    }
}
