import Testing
@testable import Pledge

/// Compiling a policy: every unresolvable key reported with its place, the partition of
/// each dimension, the width limit, user vocabularies.
@Suite struct EngineCompileTests {
    func rule(_ id: String, _ effect: Effect, _ scope: Scope, when: [String] = [], line: Int = 1) -> Rule {
        Rule(id: id, effect: effect, scope: scope, when: when, source: Provenance(line: line, text: "clause \(id)"))
    }

    func document(_ rules: [Rule]) -> PolicyDocument {
        PolicyDocument(policy: PolicyMetadata(id: "t", source: "Policies/t/2024-01-01.md"), rules: rules)
    }

    @Test func everyUnknownKeyInRulesIsReportedWithItsPlace() {
        let doc = document([
            rule("a", .deny, Scope(action: ["share"], data: ["user.nope"]), line: 7),
            rule("b", .allow, Scope(recipient: ["martians"]), when: ["full_moon"], line: 9),
        ])
        #expect {
            try Engine(document: doc)
        } throws: { error in
            guard case PledgeError.invalid(let diagnostics) = error else { return false }
            return diagnostics.map(\.description) == [
                "Policies/t/2024-01-01.md:7: error: rule 'a': unknown data 'user.nope'",
                "Policies/t/2024-01-01.md:9: error: rule 'b': unknown recipient 'martians'",
                "Policies/t/2024-01-01.md:9: error: rule 'b': unknown context fact 'full_moon'",
            ]
        }
    }

    /// Past the 4,096 rules of the old fixed widths, the engine compiles; past
    /// ``PolicyLimits`` it refuses with the very diagnostic `pledge validate` gives.
    @Test func tooManyRulesIsAnErrorNotACrash() throws {
        let many = (0..<5_000).map { rule("r\($0)", .allow, Scope(action: ["use"])) }
        #expect(try Engine(document: document(many)).outcome(of: Operation(action: "use", data: ["user"])) == .allow)
        let rules = (0...PolicyLimits.maxRules).map { rule("r\($0)", .allow, Scope(action: ["use"])) }
        let expected = try #require(PolicyLimits.problem(in: document(rules)))
        #expect(expected.message.contains("at most \(PolicyLimits.maxRules) rules"))
        #expect {
            try Engine(document: document(rules))
        } throws: { error in
            (error as? PledgeError)?.diagnostics == [expected]
        }
    }

    @Test func aBroadNodeCostsOneAtomPerClass() throws {
        let tree = Taxonomy.standard[.data]
        let partition = DimensionPartition(tree: tree, cuts: [Set(tree.subtreeIndices(of: "user.contact"))])
        #expect(partition.classCount == 2)
        let user = try #require(tree.index(of: "user"))
        let choices = partition.choices(ofSubtree: user)
        #expect(choices.map { tree.nodes[Int($0.node)].key } == ["user", "user.contact"])
        #expect(tree.subtreeIndices(of: "user").count > 50)
    }

    @Test func invalidOperationsAreDeniedAndCompileThrows() throws {
        let engine = try Engine(document: document([rule("a", .allow, Scope())]))
        let noData = Operation(action: "use", data: [])
        #expect(engine.evaluate(noData).outcome == .deny)
        #expect(engine.evaluate(noData).errors.map(\.message) == ["an operation names at least one data category"])
        let unknown = Operation(action: "use", data: ["user"], context: ["full_moon"], location: SourceLocation(file: "ops.yaml", line: 3, column: 5))
        #expect(engine.outcome(of: unknown) == .deny)
        #expect(engine.evaluate(unknown).errors.map(\.description) == ["ops.yaml:3:5: error: unknown context fact 'full_moon'"])
        #expect(throws: PledgeError.self) { try engine.compile(unknown) }
        #expect(engine.outcome(of: Operation(action: "use", data: ["user"])) == .allow)
    }

    @Test func userVocabularyNodesAreCoveredByTheirParents() throws {
        let user = try TaxonomyFile.parse("""
            pledge-taxonomy: 1
            data:
              user.contact.email.work:
                parent: user.contact.email
            """, file: "extra.yaml", base: .standard)
        let taxonomy = Taxonomy.standard.extended(with: user)
        let engine = try Engine(document: document([rule("no-email-sharing", .deny, Scope(action: ["share"], data: ["user.contact.email"]))]), taxonomy: taxonomy)
        let decision = engine.evaluate(Operation(action: "share", data: ["user.contact.email.work"], recipient: "advertiser"))
        #expect(decision.outcome == .deny)
        #expect(decision.deciding.map(\.ruleID) == ["no-email-sharing"])
    }
}
