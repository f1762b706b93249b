import Foundation
import Testing
@testable import Pledge

@Suite struct RuleFileRoundTripTests {
    @Test func decodesTheDesignExample() throws {
        let doc = try RuleFile.decode(CodecFixtures.text("clickandchat.yaml"), file: "clickandchat.yaml")
        #expect(doc.policy.id == "clickandchat")
        #expect(doc.policy.title == "ClickAndChat: Privacy Policy")
        #expect(doc.policy.effective == "2011-08-19")
        #expect(doc.terms["registration_data"] == ["user.name", "user.contact", "user.account", "user.financial.credit_card"])
        #expect(doc.rules.map(\.id) == ["no-sharing-with-third-parties", "delete-on-cancellation", "marketing-email"])
        let deny = doc.rules[0]
        #expect(deny.effect == .deny)
        #expect(deny.scope == Scope(action: ["share"], data: ["user"], recipient: ["third_party"], identifiability: ["identified"]))
        #expect(deny.unless == [Exception(scope: Scope(recipient: ["government", "legal_counsel"]), when: ["legal_process"])])
        #expect(deny.source == Provenance(section: "Confidentiality of Your Data", line: 16,
                                          text: "We will not share with any third party or entity the personal, business or corporate data …"))
        // A single string stands for a one-item list.
        #expect(doc.rules[1].scope.action == ["delete"])
        #expect(doc.rules[1].scope.data == ["registration_data"])
        #expect(doc.rules[2].scope.retention == .atMost(ISODuration("P30D")!))
        #expect(doc.rules[2].obligations == ["offer an opt-out in every marketing email"])
        #expect(doc.unmapped == [UnmappedSentence(section: "Cookies", line: 30, text: "We may use cookies.", reason: "no data object")])
    }

    @Test func encodingIsStableAndReadsBack() throws {
        let doc = try RuleFile.decode(CodecFixtures.text("clickandchat.yaml"), file: "clickandchat.yaml")
        let text = RuleFile.encode(doc)
        #expect(text == RuleFile.encode(doc))
        #expect(try RuleFile.decode(text, file: "encoded.yaml") == doc)
        #expect(text == (try CodecFixtures.text("clickandchat.encoded.yaml")))
    }
}

@Suite struct GeneratedRoundTripTests {
    @Test(arguments: 0..<8) func generatedDocumentsRoundTripExactly(_ batch: Int) throws {
        var generator = GeneratedDocuments(seed: UInt64(batch) &* 0x5851_F42D_4C95_7F2D &+ 1)
        for i in 0..<50 {
            let document = generator.document()
            let text = RuleFile.encode(document)
            let decoded: PolicyDocument
            do {
                decoded = try RuleFile.decode(text, file: "generated-\(batch)-\(i).yaml")
            } catch {
                Issue.record("document \(batch)/\(i) did not read back: \(error)\n\(text)")
                continue
            }
            #expect(decoded == document, "document \(batch)/\(i)\n\(text)")
            #expect(RuleFile.encode(decoded) == text)
        }
    }

    @Test func nastyStringsSurviveEveryPlace() throws {
        for (i, nasty) in GeneratedDocuments.nasty.enumerated() {
            let document = PolicyDocument(
                policy: PolicyMetadata(id: nasty + "x", title: nasty, source: nasty),
                rules: [Rule(id: nasty + "!", effect: .allow, scope: Scope(action: ["use"]), obligations: [nasty],
                             source: Provenance(section: nasty, line: 1, text: nasty))],
                unmapped: [UnmappedSentence(section: nasty, line: 2, text: nasty, reason: nasty)])
            let text = RuleFile.encode(document)
            #expect(try RuleFile.decode(text, file: "nasty-\(i).yaml") == document, "\(text)")
        }
    }

    @Test func writeIsAtomicAndReadsBack() throws {
        let folder = try CodecFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rules.yaml").path
        var generator = GeneratedDocuments(seed: 42)
        let first = generator.document(), second = generator.document()
        try RuleFile.write(first, to: path)
        try RuleFile.write(second, to: path)
        #expect(try RuleFile.load(path: path) == second)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rules.yaml"])
        let missing = folder.appendingPathComponent("no/such/folder/rules.yaml").path
        #expect(throws: PledgeError.self) { try RuleFile.write(first, to: missing) }
    }
}
