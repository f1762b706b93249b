import Testing
@testable import Pledge

@Suite struct EngineSmokeTests {
    let provenance = Provenance(section: "S", line: 1, text: "We will not share your data, except when subpoenaed.")

    @Test func standardTaxonomyLoadsAllDimensions() {
        let t = Taxonomy.standard
        for d in Dimension.allCases { #expect(!t[d].nodes.isEmpty, "\(d)") }
        #expect(t[.data].covers("user.contact", "user.contact.email"))
        #expect(t[.action].covers("disclose", "sell"))
    }

    @Test func denyWithExceptionLiftsToAllow() throws {
        let doc = PolicyDocument(policy: PolicyMetadata(id: "t"), rules: [
            Rule(id: "no-share", effect: .deny, scope: Scope(action: ["share"], data: ["user"], recipient: ["third_party"]),
                 unless: [Exception(scope: Scope(recipient: ["government"]), when: ["legal_process"])], source: provenance),
        ])
        let engine = try Engine(document: doc)
        let base = Operation(action: "share", data: ["user.contact.email"], recipient: "government", purpose: "essential.legal_obligation")
        #expect(engine.evaluate(base).outcome == .deny)
        var subpoenaed = base
        subpoenaed.context = ["subpoena"]
        #expect(engine.evaluate(subpoenaed).outcome == .allow)
        var advertiser = subpoenaed
        advertiser.recipient = "advertiser"
        #expect(engine.evaluate(advertiser).outcome == .deny)
        let collect = Operation(action: "collect", data: ["user.contact.email"])
        #expect(engine.evaluate(collect).outcome == .notCovered)
        #expect(engine.evaluate(Operation(action: "shout", data: ["user"])).outcome == .deny)
    }
}
