import Testing
@testable import Pledge

@Suite struct TaxonomyFileTests {
    @Test func userFileExtendsTheStandardVocabulary() throws {
        let text = """
        pledge-taxonomy: 1
        data:
          user.contact.email:
            phrases: ["inbox address"]
          user.contact.email.work:
            parent: user.contact.email
            phrases: ["work email"]
        context:
          court_order:
            parent: legal_process
        action:
          archive:
            parent: retain
            broken_by: [delete]
        """
        let user = try TaxonomyFile.parse(text, file: "mine.yaml", base: .standard)
        let extended = Taxonomy.standard.extended(with: user)
        #expect(extended[.data].covers("user.contact", "user.contact.email.work"))
        #expect(extended[.data].node("user.contact.email")?.phrases.contains("inbox address") == true)
        #expect(extended[.context].covers("legal_process", "court_order"))
        #expect(extended[.action].node("archive")?.brokenBy == ["delete"])
    }

    @Test func everyBundledNodeHasALabelAndAUserFileCanImproveOne() throws {
        for dimension in Dimension.allCases {
            for node in Taxonomy.standard[dimension].nodes {
                #expect(node.label?.isEmpty == false, "\(dimension.rawValue) node '\(node.key)' has no label")
            }
        }
        #expect(Taxonomy.standard[.data].label(of: "user.contact.email") == "your e-mail address")
        let user = try TaxonomyFile.parse("pledge-taxonomy: 1\nrecipient:\n  advertiser:\n    label: \"ad networks\"\n", file: "mine.yaml", base: .standard)
        let extended = Taxonomy.standard.extended(with: user)
        #expect(extended[.recipient].label(of: "advertiser") == "ad networks")
        #expect(extended[.recipient].node("advertiser")?.phrases == Taxonomy.standard[.recipient].node("advertiser")?.phrases)
    }

    @Test func aLabelThatIsNotTextOrIsEmptyIsReportedWithItsPlace() {
        let text = "pledge-taxonomy: 1\nrecipient:\n  advertiser:\n    label: [a, b]\n  government:\n    label: \"\"\n"
        #expect(CodecFixtures.problems { _ = try TaxonomyFile.parse(text, file: "mine.yaml", base: .standard) } == [
            "4:12: 'label' must be a string, found a list",
            "6:12: 'label' must be a non-empty string, found an empty string",
        ])
    }

    @Test func reportsEveryProblemWithItsPlace() {
        let text = """
        pledge-taxonomy: 2
        datum:
          x: {}
        data:
          user.new:
            parent: user.nowhere
            phrase: [a]
        purpose:
          ads:
            broken_by: [use]
        action:
          hoard:
            broken_by: [squander]
          hoard:
        """
        #expect(CodecFixtures.problems { _ = try TaxonomyFile.parse(text, file: "mine.yaml", base: .standard) } == [
            "1:18: unknown schema version 'pledge-taxonomy: 2'; this Pledge reads version 1",
            "2:1: unknown key 'datum' in a taxonomy file; did you mean 'data'?",
            "6:13: parent 'user.nowhere' of 'user.new' is not defined before it",
            "7:5: unknown key 'phrase' in taxonomy node 'user.new'; did you mean 'phrases'?",
            "10:16: 'broken_by' belongs to actions only",
            "13:17: broken_by of 'hoard' names unknown action 'squander'",
            "14:3: duplicate key 'hoard'; it is first given at 12:3",
        ])
    }

    @Test func anExistingNodeCannotBeMoved() {
        let text = "pledge-taxonomy: 1\ndata:\n  user.contact.email: {parent: user.contact}\n  user.contact: {parent: system}\n"
        #expect(CodecFixtures.problems { _ = try TaxonomyFile.parse(text, file: "mine.yaml", base: .standard) } ==
                ["4:26: 'user.contact' is already in the vocabulary, under 'user'; a taxonomy file may add phrases and children to it but not move it"])
    }

    /// Depth multiplies what compiling costs: a chain deeper than the limit is refused at its
    /// first node too deep (counting the bundled ancestors it extends), and only there.
    @Test func aChainDeeperThanTheLimitIsRefusedAtItsFirstNodeTooDeep() {
        // user.contact.email stands at depth 3; n0 at 4, …, n12 at 16, n13 at 17.
        var text = "pledge-taxonomy: 1\ndata:\n"
        for i in 0..<1_000 { text += "  n\(i): {parent: \(i == 0 ? "user.contact.email" : "n\(i - 1)")}\n" }
        #expect(CodecFixtures.problems { _ = try TaxonomyFile.parse(text, file: "deep.yaml", base: .standard) } ==
                ["16:17: 'n13' would stand deeper than 16 levels; a taxonomy never needs more"])
        let allowed = text.split(separator: "\n").prefix(15).joined(separator: "\n") + "\n"
        #expect(CodecFixtures.problems { _ = try TaxonomyFile.parse(allowed, file: "deep.yaml", base: .standard) } == [])
    }

    @Test func bundledTaxonomyHasEveryDimension() {
        for dimension in Dimension.allCases { #expect(!Taxonomy.standard[dimension].nodes.isEmpty) }
    }
}
