/// What a report writes for each rule's reference (the text report's clause line, a JSON
/// result's rule object), written once per run instead of once per result: escaping and
/// copying the clause field by field was most of what writing a result cost. Exact: the
/// bytes are used only for a reference with the rule's own id, effect, clause and review
/// and no exception (the text report writes an exception after the line; the JSON
/// object holds it inside, so it is written in place), and they were written by the same
/// code, for the same run, as they would be in place.
final class ReferenceBytes: Sendable {
    /// Per rule id, its place in the lists below.
    private let index: KeyTable<Int>
    private let effects: [Effect]
    private let sources: [Provenance]
    private let reviews: [RuleReview?]
    private let bytes: [[UInt8]]

    /// The bytes `write` gives for every rule's reference.
    init(_ rules: [Rule], write: (RuleReference) -> [UInt8]) {
        index = KeyTable(rules.indices.map { (key: rules[$0].id, value: $0) })
        effects = rules.map(\.effect)
        sources = rules.map(\.source)
        reviews = rules.map(\.review)
        bytes = rules.map { write(RuleReference(ruleID: $0.id, effect: $0.effect, source: $0.source, review: $0.review)) }
    }

    /// The bytes for `reference` when it is its rule's own, with no exception (or one the
    /// caller writes apart); nil when not.
    func bytes(_ reference: RuleReference, exceptionApart: Bool = false) -> [UInt8]? {
        guard exceptionApart || reference.exception == nil, let r = index[reference.ruleID], effects[r] == reference.effect,
              sources[r] == reference.source, reviews[r] == reference.review else { return nil }
        return bytes[r]
    }
}
