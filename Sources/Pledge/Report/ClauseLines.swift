/// The line that quotes each rule's clause in the text report (`    id [status] (file:line):
/// "clause"`), written once per run instead of once per result: escaping and copying the
/// clause field by field was most of what writing a result cost. Exact: a line is used
/// only for a reference with the rule's own id, clause and review (an exception it quotes
/// is written after the line), and it was written by the same code, for the same run, as
/// it would be in place.
final class ClauseLines: Sendable {
    /// Per rule id, its place in the lists below.
    private let index: KeyTable<Int>
    private let sources: [Provenance]
    private let reviews: [RuleReview?]
    private let lines: [[UInt8]]

    /// The lines of every rule, as `write` writes them for `run`.
    init(_ rules: [Rule], _ run: CheckRun, write: (RuleReference, CheckRun, inout TerminalBytes) -> Void) {
        index = KeyTable(rules.indices.map { (key: rules[$0].id, value: $0) })
        sources = rules.map(\.source)
        reviews = rules.map(\.review)
        lines = rules.map { rule in
            var out = TerminalBytes()
            write(RuleReference(ruleID: rule.id, effect: rule.effect, source: rule.source, review: rule.review), run, &out)
            return out.bytes
        }
    }

    /// Appends the line for `reference` when its clause and review are its rule's own;
    /// false (nothing written) when not.
    func write(_ reference: RuleReference, into out: inout TerminalBytes) -> Bool {
        guard let r = index[reference.ruleID], sources[r] == reference.source, reviews[r] == reference.review else { return false }
        out.bytes.append(contentsOf: lines[r])
        return true
    }
}
