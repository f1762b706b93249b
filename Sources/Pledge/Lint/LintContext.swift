/// Everything a check may look at: the policy, its resolved rules and, when every term
/// resolves, the engine and the overrides found in the policy's regions.
package struct LintContext: Sendable {
    package let document: PolicyDocument
    package let taxonomy: Taxonomy
    /// nil when some key resolves nowhere (the `undefined-term` check reports it).
    let resolved: ResolvedPolicy?
    package let engine: Engine?
    /// Why conflicts between permissions, prohibitions and duties cannot be checked
    /// although every key resolves: the policy is too large to compile or to cut into
    /// regions exactly. The check reports it rather than finding nothing.
    let unanalysable: String?
    /// The rules by id, the first of a repeated id winning: a lookup per finding, not a scan.
    private let rulesByID: [String: Rule]
    /// Every override of a permission, by a prohibition or by a duty, found in one scan of
    /// the regions, whose witnesses both kinds share (see ``OverrideScan``).
    private(set) var allOverrides: [Override] = []

    package init(document: PolicyDocument, taxonomy base: Taxonomy) {
        let taxonomy = document.taxonomy(extending: base)
        self.document = document
        self.taxonomy = taxonomy
        rulesByID = Dictionary(document.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let resolved = try? ResolvedPolicy(document, taxonomy: taxonomy)
        self.resolved = resolved
        guard let resolved else {
            engine = nil
            unanalysable = nil
            return
        }
        do {
            let engine = try Engine(resolved)
            self.engine = engine
            var scan = OverrideScan(engine: engine, taxonomy: taxonomy)
            let partition = RegionPartition([resolved], taxonomy: taxonomy, findsRegions: false, visitor: &scan)
            if partition.exceeded {
                unanalysable = "the policy's conditions cut the operation space into more than \(RegionPartition.regionLimit) regions"
            } else {
                unanalysable = nil
                allOverrides = scan.overrides(of: resolved)
            }
        } catch {
            engine = nil
            unanalysable = (error as? PledgeError)?.diagnostics.map(\.message).joined(separator: "; ") ?? "\(error)"
        }
    }

    /// The policy text file findings point into.
    package var file: String { document.policy.textFile }

    package func location(line: Int) -> SourceLocation { SourceLocation(file: file, line: line) }

    package func clause(_ rule: Rule) -> QuotedClause {
        QuotedClause(ruleID: rule.id, location: location(line: rule.source.line), section: rule.source.section, text: rule.source.text,
                     review: rule.review)
    }

    package func rule(_ id: String) -> Rule? { rulesByID[id] }

    /// A finding about rules, quoting their clauses and pointing at the first.
    package func finding(_ severity: Finding.Severity, _ check: String, _ message: String, rules: [Rule], witness: Operation? = nil) -> Finding {
        let clauses = rules.map(clause)
        return Finding(severity: severity, check: check, message: message, ruleIDs: rules.map(\.id), clauses: clauses,
                       witness: witness, location: clauses.first?.location ?? SourceLocation(file: file))
    }
}
