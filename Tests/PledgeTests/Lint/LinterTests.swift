import Testing
@testable import Pledge

@Suite struct LinterTests {
    typealias E = LintExample

    @Test func dutyContradictionHasTheCancelledCardWitness() throws {
        let descriptor = try #require(Linter.descriptors.first { $0.id == "duty-contradicts-permission" })
        let document = descriptor.triggering[0]
        let finding = try #require(Linter().lint(document).first { $0.check == "duty-contradicts-permission" })
        #expect(finding.severity == .error)
        #expect(finding.ruleIDs == ["delete-on-cancel", "keep-card"])
        #expect(finding.clauses.map(\.location.line) == [12, 9])
        #expect(finding.clauses[1].text.contains("future usage"))
        let witness = try #require(finding.witness)
        #expect(witness.action == "retain")
        #expect(witness.data == ["user.financial.credit_card"])
        #expect(witness.context == ["account_cancelled"])
        // The witness is a real deny by the duty that the permission would otherwise allow.
        let engine = try Engine(document: document)
        let decision = engine.evaluate(witness)
        #expect(decision.outcome == .deny)
        #expect(decision.deciding.map(\.ruleID) == ["delete-on-cancel"])
        var noContext = witness
        noContext.context = []
        #expect(engine.evaluate(noContext).outcome == .allow)
    }

    @Test func overriddenAllowSaysWhollyOrPartly() throws {
        let whole = E.document([
            E.rule("share-aggregate", .allow, Scope(action: ["share"], identifiability: ["aggregated"])),
            E.rule("no-sharing", .deny, Scope(action: ["disclose"]), line: 2),
        ])
        let wholeFinding = try #require(Linter().lint(whole).first { $0.check == "overridden-allow" })
        #expect(wholeFinding.severity == .error)
        #expect(wholeFinding.message.contains("wholly"))
        let part = E.document([
            E.rule("share-aggregate", .allow, Scope(action: ["share"], identifiability: ["aggregated"])),
            E.rule("no-sharing-cards", .deny, Scope(action: ["share"], data: ["user.financial.credit_card"]), line: 2),
        ])
        let partFinding = try #require(Linter().lint(part).first { $0.check == "overridden-allow" })
        #expect(partFinding.severity == .warning)
        #expect(partFinding.message.contains("partly"))
        let witness = try #require(partFinding.witness)
        #expect(witness.action == "share")
        #expect(witness.data == ["user.financial.credit_card"])
        #expect(witness.identifiability == "aggregated")
        #expect(try Engine(document: part).evaluate(witness).outcome == .deny)
    }

    @Test func findingsAreOrderedByPlaceAndQuoteTheirClauses() {
        let document = E.document([
            E.rule("no-sale", .deny, Scope(action: ["sell"], data: ["user"]), line: 30),
            E.rule("no-sale-again", .deny, Scope(action: ["sell"], data: ["user"]), line: 10),
        ], unmapped: [UnmappedSentence(line: 5, text: "We will not do that.", reason: "no data object")])
        let findings = Linter().lint(document)
        #expect(findings.map(\.check) == ["coverage-gap", "duplicate-rule"])
        #expect(findings[0].severity == .warning)
        #expect(findings[1].location == SourceLocation(file: "example.md", line: 30))
        #expect(findings[1].clauses.map(\.text) == ["The clause of no-sale.", "The clause of no-sale-again."])
    }

    @Test func unknownTermsAreErrorsAndStopTheSemanticChecks() {
        let document = E.document([
            E.rule("a", .allow, Scope(action: ["share"], data: ["mystery"])),
            E.rule("b", .deny, Scope(action: ["share"])),
        ])
        let findings = Linter().lint(document)
        #expect(findings.map(\.check) == ["undefined-term"])
        #expect(findings[0].severity == .error)
    }

    /// A policy the engine refuses (more exceptions than ``PolicyLimits`` allow) must not lint
    /// clean: the conflict checks say they did not run.
    @Test func aPolicyTooLargeToCompileIsAnErrorNotClean() {
        let exceptions = (0...PolicyLimits.maxExceptions).map { _ in Exception(when: ["consent"]) }
        let document = E.document([E.rule("no-sharing", .deny, Scope(action: ["share"]), unless: exceptions)])
        let findings = Linter().lint(document).filter { $0.severity == .error }
        #expect(findings.map(\.check) == ["overridden-allow"])
        #expect(findings.first?.message.contains("at most \(PolicyLimits.maxRules) rules") == true)
        #expect(findings.first?.message.hasSuffix("were not checked") == true)
    }
}
