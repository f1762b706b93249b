import Testing
@testable import Pledge

/// The library and `pledge check` validate operations alike: what an operation file refuses,
/// `Engine.evaluate` (and `outcome(of:)`, `compile`) refuses too, in the same words with the
/// same "did you mean", and the error decides deny (fail closed).
@Suite struct OperationValidationTests {
    let engine: Engine = {
        let document = PolicyDocument(policy: PolicyMetadata(id: "case"), rules: [
            Rule(id: "may-use", effect: .allow, scope: Scope(action: ["use", "retain"], data: ["user"]),
                 source: Provenance(line: 1, text: "We use and keep your information.")),
        ])
        return try! Engine(document: document)
    }()

    /// Each invalid operation as an operation file says it, and as the library receives it.
    static let cases: [(yaml: String, operation: Operation)] = [
        ("{action: use, data: [user.contact.emial]}", Operation(action: "use", data: ["user.contact.emial"])),
        ("{action: uze, data: [user]}", Operation(action: "uze", data: ["user"])),
        ("{action: use, data: [user], purpose: analytic}", Operation(action: "use", data: ["user"], purpose: "analytic")),
        ("{action: use, data: [user], identifiability: pseudonymus}", Operation(action: "use", data: ["user"], identifiability: "pseudonymus")),
        ("{action: use, data: [user], recipient: third_partie}", Operation(action: "use", data: ["user"], recipient: "third_partie")),
        ("{action: use, data: [user], context: [opted_oot]}", Operation(action: "use", data: ["user"], context: ["opted_oot"])),
        ("{action: use, data: [user], retention: P30D}", Operation(action: "use", data: ["user"], retention: ISODuration("P30D"))),
        ("{action: share, data: [user], retention: P30D}", Operation(action: "share", data: ["user"], retention: ISODuration("P30D"))),
    ]

    @Test(arguments: cases.indices)
    func theLibraryRefusesWhatCheckRefusesInTheSameWords(_ i: Int) throws {
        let (yaml, operation) = Self.cases[i]
        let fileMessages = CodecFixtures.problems { _ = try OperationFile.decode(yaml, file: "op.yaml") }
            .map { String($0.split(separator: " ", maxSplits: 1)[1]) }
        #expect(!fileMessages.isEmpty, "the operation file should refuse \(yaml)")
        let decision = engine.evaluate(operation)
        #expect(decision.outcome == .deny)
        #expect(decision.deciding.isEmpty)
        #expect(decision.errors.map(\.message) == fileMessages)
        #expect(engine.outcome(of: operation) == .deny)
        #expect(throws: PledgeError.self) { try engine.compile(operation) }
    }

    @Test func everyDimensionGetsADidYouMean() {
        for (yaml, operation) in Self.cases.prefix(6) {
            #expect(engine.evaluate(operation).errors.allSatisfy { $0.message.contains("did you mean") }, "\(yaml)")
        }
    }

    @Test func aRetentionOnARetainIsRead() {
        #expect(engine.evaluate(Operation(action: "retain", data: ["user"], retention: ISODuration("P30D"))).outcome == .allow)
    }
}
