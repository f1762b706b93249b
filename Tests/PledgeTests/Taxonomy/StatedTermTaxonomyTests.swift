import Testing
@testable import Pledge

/// A policy's purposes and facts in its own words join its vocabulary as nodes of their own, under the kind the text
/// names, and reports say them in the policy's words.
@Suite struct StatedTermTaxonomyTests {
    let document = PolicyDocument(
        policy: PolicyMetadata(id: "acme"),
        purposes: ["to_measure_site_traffic": StatedTerm(says: "to measure site traffic", within: "analytics"),
                   "for_catalog_delivery": StatedTerm(says: "for the delivery of your catalog")],
        facts: ["if_you_join_our_club": StatedTerm(says: "If you join our club"),
                "in_connection_with_the_program": StatedTerm(says: "in connection with the program")])

    @Test func aStatedPurposeIsANodeUnderItsKindOrARoot() {
        let purposes = document.taxonomy(extending: .standard)[.purpose]
        #expect(purposes.node("to_measure_site_traffic")?.parent == "analytics")
        #expect(purposes.covers("analytics", "to_measure_site_traffic"))
        #expect(!purposes.covers("to_measure_site_traffic", "analytics"))
        #expect(purposes.roots.contains("for_catalog_delivery"))
        // The base vocabulary is untouched.
        #expect(!Taxonomy.standard[.purpose].contains("to_measure_site_traffic"))
    }

    @Test func reportsSayThePoliciesWordsWithoutRepeatingTheOpener() {
        let taxonomy = document.taxonomy(extending: .standard)
        #expect(taxonomy[.purpose].label(of: "for_catalog_delivery") == "the delivery of your catalog")
        #expect(taxonomy[.purpose].label(of: "to_measure_site_traffic") == "the purpose “to measure site traffic”")
        #expect(taxonomy[.context].label(of: "if_you_join_our_club") == "you join our club")
        #expect(taxonomy[.context].label(of: "in_connection_with_the_program") == "“in connection with the program”")
    }
}
