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
