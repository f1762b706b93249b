/// Everything a check may look at: the policy, its resolved rules and, when every term
/// resolves, the engine and the policy's regions with their decisions.
package struct LintContext: Sendable {
    package let document: PolicyDocument
    package let taxonomy: Taxonomy
    /// nil when some key resolves nowhere (the `undefined-term` check reports it).
    let resolved: ResolvedPolicy?
    package let engine: Engine?
    let regions: PolicyRegions?
    /// True when every key resolves but the policy has too many regions to analyse exactly.
    let tooManyRegions: Bool

    package init(document: PolicyDocument, taxonomy: Taxonomy) {
        self.document = document
        self.taxonomy = taxonomy
        let resolved = try? ResolvedPolicy(document, taxonomy: taxonomy)
        let engine = resolved.flatMap { try? Engine($0) }
        self.resolved = resolved
        self.engine = engine
        if let resolved, let engine {
            regions = PolicyRegions(resolved, engine: engine)
            tooManyRegions = regions == nil
        } else {
            regions = nil
            tooManyRegions = false
        }
    }

    /// The policy text file findings point into.
    package var file: String { document.policy.textFile }

    package func location(line: Int) -> SourceLocation { SourceLocation(file: file, line: line) }

    package func clause(_ rule: Rule) -> QuotedClause {
        QuotedClause(ruleID: rule.id, location: location(line: rule.source.line), section: rule.source.section, text: rule.source.text)
    }

    package func rule(_ id: String) -> Rule? { document.rules.first { $0.id == id } }

    /// A finding about rules, quoting their clauses and pointing at the first.
    package func finding(_ severity: Finding.Severity, _ check: String, _ message: String, rules: [Rule], witness: Operation? = nil) -> Finding {
        let clauses = rules.map(clause)
        return Finding(severity: severity, check: check, message: message, ruleIDs: rules.map(\.id), clauses: clauses,
                       witness: witness, location: clauses.first?.location ?? SourceLocation(file: file))
    }
}
