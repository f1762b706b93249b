/// The line that quotes each rule's clause in the text report (`    id [status] (file:line):
/// "clause"`), written once per run instead of once per result: escaping and copying the
/// clause field by field was most of what writing a result cost. Exact: a line is used
/// only for a reference with the rule's own id, clause and review (an exception it quotes
/// is written after the line), and it was written by the same code, for the same run, as
/// it would be in place.
final class ClauseLines: Sendable {
    private let lines: KeyTable<(reference: RuleReference, bytes: [UInt8])>

    /// The lines of every rule, as `write` writes them for `run`.
    init(_ rules: [Rule], _ run: CheckRun, write: (RuleReference, CheckRun, inout TerminalBytes) -> Void) {
        lines = KeyTable(rules.map { rule in
            let reference = RuleReference(ruleID: rule.id, effect: rule.effect, source: rule.source, review: rule.review)
            var out = TerminalBytes()
            write(reference, run, &out)
            return (key: rule.id, value: (reference, out.bytes))
        })
    }

    /// The line for `reference`, when its clause and review are the rule's own.
    func line(_ reference: RuleReference) -> [UInt8]? {
        guard let known = lines[reference.ruleID], known.reference.source == reference.source,
              known.reference.review == reference.review else { return nil }
        return known.bytes
    }
}
