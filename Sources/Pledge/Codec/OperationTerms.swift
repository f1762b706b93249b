/// What operations are read against: the taxonomy and a policy's defined terms, with the
/// table that finds a term by its bytes. Built once per policy (it costs a pass over the
/// taxonomy), then shared by every thread and request that reads operations for it.
package struct OperationTerms: Sendable {
    let vocabulary: Vocabulary
    let table: TermTable
    package let taxonomy: Taxonomy
    package let terms: [String: [String]]

    package init(taxonomy: Taxonomy = .standard, terms: [String: [String]] = [:]) {
        self.taxonomy = taxonomy
        self.terms = terms
        vocabulary = Vocabulary(taxonomy: taxonomy, terms: terms.keys)
        table = TermTable(vocabulary)
    }
}
