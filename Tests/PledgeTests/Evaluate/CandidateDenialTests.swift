import Testing
@testable import Pledge

/// Past 64 rules a deny is settled from the operation's candidates before any atom is
/// walked. A deny rule whose one exception holds every atom the rule reaches within the
/// operation is lifted there (an allow); where the exception leaves an atom out, the rule
/// denies it.
@Suite struct CandidateDenialTests {
    private let document: PolicyDocument = {
        var rules = [Rule(
            id: "no-ads", effect: .deny, scope: Scope(action: ["share"], data: ["user.contact"]),
            unless: [Exception(scope: Scope(recipient: ["advertiser"]))],
            source: Provenance(line: 1, text: "We do not share your contact details, except with advertisers."))]
        // Rules elsewhere in the vocabulary, enough to take the wide table.
        rules += (0..<70).map { i in
            Rule(id: "devices-\(i)", effect: .allow, scope: Scope(action: ["collect"], data: ["user.device"]),
                 source: Provenance(line: i + 2, text: "We collect device data."))
        }
        return PolicyDocument(policy: PolicyMetadata(id: "ads"), rules: rules)
    }()

    /// The same prohibition beside rules that name a recipient and a purpose, so that an
    /// operation's recipient and purpose narrow the candidates (their rows do not hold every
    /// rule) and the pass that narrows them is the last before the deny is settled.
    private let narrowed: PolicyDocument = {
        var rules = [Rule(
            id: "no-ads", effect: .deny, scope: Scope(action: ["share"], data: ["user.contact"]),
            unless: [Exception(scope: Scope(recipient: ["advertiser"]))],
            source: Provenance(line: 1, text: "We do not share your contact details, except with advertisers."))]
        rules += (0..<70).map { i in
            Rule(id: "devices-\(i)", effect: .allow,
                 scope: Scope(action: ["collect"], data: ["user.device"], purpose: ["analytics"], recipient: ["service_provider"]),
                 source: Provenance(line: i + 2, text: "Our service providers collect device data for analytics."))
        }
        return PolicyDocument(policy: PolicyMetadata(id: "ads-narrowed"), rules: rules)
    }()

    private func decide(_ operation: Operation, in document: PolicyDocument? = nil) throws -> (Outcome, Decision) {
        let document = document ?? self.document
        let engine = try Engine(document: document)
        guard case .large = engine.policy.rules else {
            Issue.record("71 rules take the wide table")
            return (.deny, engine.evaluate(operation))
        }
        let want = ReferenceEvaluator(document: document).evaluate(operation)
        #expect(engine.evaluate(operation) == want)
        return (engine.outcome(of: try engine.compile(operation)), want)
    }

    @Test func anExceptionHoldingEveryAtomTheRuleReachesLiftsIt() throws {
        let (outcome, decision) = try decide(Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser"))
        #expect(outcome == .allow)
        #expect(decision.outcome == .allow)
        #expect(decision.deciding.map(\.ruleID) == ["no-ads"])
        let broad = try decide(Operation(action: "share", data: ["user.contact"], recipient: "advertiser"))
        #expect(broad.0 == .allow)
    }

    @Test func anExceptionStillLiftsTheDenyWhenTheRecipientAndPurposeNarrowTheCandidates() throws {
        let (outcome, decision) = try decide(
            Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser", purpose: "marketing"), in: narrowed)
        #expect(outcome == .allow)
        #expect(decision.outcome == .allow)
        #expect(try decide(Operation(action: "share", data: ["user.contact.email"], recipient: "business_partner", purpose: "marketing"),
                           in: narrowed).0 == .deny)
    }

    @Test func anExceptionLeavingAnAtomOutDoesNotLiftIt() throws {
        #expect(try decide(Operation(action: "share", data: ["user.contact.email"], recipient: "business_partner")).0 == .deny)
        // The default recipient (the first party) is outside the exception.
        #expect(try decide(Operation(action: "share", data: ["user.contact.email"])).0 == .deny)
    }
}
