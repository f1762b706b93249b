import Testing
import Pledge
@testable import PledgeExtract

@Suite struct ExtractorAPITests {
    @Test func usesTheStandardTaxonomyByDefault() {
        #expect(Extractor().taxonomy == Taxonomy.standard)
    }
}
