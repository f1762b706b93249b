/// One JSON object: verdict, the changed promises as the other reports summarise them,
/// groups with their clauses and every change with its witness (in the operation-file
/// format), and the clauses removed and added.
public struct DiffJSONReporter: DiffReporter {
    let taxonomy: Taxonomy

    /// - Parameter taxonomy: the vocabulary whose labels say the promises in plain words.
    public init(taxonomy: Taxonomy = .standard) { self.taxonomy = taxonomy }

    private struct Report: Encodable {
        var old: PolicyJSON
        var new: PolicyJSON
        var verdict: String
        var regions: Int
        var promises: [PromiseJSON]
        var groups: [GroupJSON]
        var removed: [RuleJSON]
        var added: [RuleJSON]
        var unmappedRemoved: [SentenceJSON]
        var unmappedAdded: [SentenceJSON]
    }

    /// One changed promise: `regions` counts every changed region its clause takes part
    /// in; `listed` those listed under it (each region is listed under one promise).
    private struct PromiseJSON: Encodable {
        var number: Int
        var form: String
        var weight: String
        var summary: String
        var regions: Int
        var listed: Int
        var old: ClauseJSON?
        var new: ClauseJSON?
    }

    private struct ClauseJSON: Encodable {
        var rules: [String]
        var file: String
        var line: Int
        var text: String
    }

    private struct SentenceJSON: Encodable {
        var file: String
        var line: Int
        var section: String?
        var text: String
        var reason: String
    }

    private struct PolicyJSON: Encodable {
        var id: String
        var source: String?
        var effective: String?
        var archived: String?
    }

    private struct GroupJSON: Encodable {
        var kind: String
        var old: SideJSON
        var new: SideJSON
        var changes: [ChangeJSON]
    }

    private struct SideJSON: Encodable {
        var outcome: String
        var clauses: [RuleJSON]
    }

    private struct ChangeJSON: Encodable {
        var witness: OperationJSON
        var exact: Bool
        var atom: String
        var region: [String: String]
        var oldObligations: [String]
        var newObligations: [String]
    }

    private struct RuleJSON: Encodable {
        var rule: String
        var effect: String
        var file: String
        var line: Int
        var section: String?
        var text: String
        var exception: String?
        var review: ReviewJSON
    }

    public func render(_ diff: VersionDiff) -> String {
        func policy(_ p: PolicyMetadata) -> PolicyJSON { PolicyJSON(id: p.id, source: p.source, effective: p.effective, archived: p.archived) }
        func reference(_ r: RuleReference, _ p: PolicyMetadata) -> RuleJSON {
            RuleJSON(rule: r.ruleID, effect: r.effect.rawValue, file: p.textFile, line: r.source.line, section: r.source.section,
                     text: r.source.text, exception: r.exception.flatMap { $0 == r.source ? nil : $0.text }, review: ReviewJSON(r.review))
        }
        func rule(_ r: Rule, _ p: PolicyMetadata) -> RuleJSON {
            RuleJSON(rule: r.id, effect: r.effect.rawValue, file: p.textFile, line: r.source.line, section: r.source.section, text: r.source.text,
                     review: ReviewJSON(r.review))
        }
        func sentence(_ s: UnmappedSentence, _ p: PolicyMetadata) -> SentenceJSON {
            SentenceJSON(file: p.textFile, line: s.line, section: s.section, text: s.text, reason: s.reason)
        }
        let promises = DiffPromises(diff), words = PlainWords(taxonomy: taxonomy)
        func clause(_ c: PolicyClause?, _ p: PolicyMetadata) -> ClauseJSON? {
            c.map { ClauseJSON(rules: $0.rules.map(\.id), file: p.textFile, line: $0.source.line, text: $0.source.text) }
        }
        let summary = promises.promises.enumerated().map { n, p in
            PromiseJSON(number: n + 1, form: "\(p.form)", weight: "\(p.weight)", summary: DiffWording.headline(p, words), regions: p.regionCount,
                        listed: p.pairs.reduce(0) { $0 + $1.changes.count }, old: clause(p.old, diff.old), new: clause(p.new, diff.new))
        }
        let groups = diff.groups.map { g in
            GroupJSON(kind: g.kind.rawValue,
                      old: SideJSON(outcome: g.oldOutcome.rawValue, clauses: g.oldClauses.map { reference($0, diff.old) }),
                      new: SideJSON(outcome: g.newOutcome.rawValue, clauses: g.newClauses.map { reference($0, diff.new) }),
                      changes: g.changes.map { c in
                          var region: [String: String] = [:]
                          for (d, text) in zip(Dimension.scoped, c.scope) { region[d.rawValue] = text }
                          return ChangeJSON(witness: OperationJSON(c.witness), exact: c.exact, atom: c.witnessAtom.description, region: region,
                                            oldObligations: c.old.obligations, newObligations: c.new.obligations)
                      })
        }
        return ReportJSON.encode(Report(old: policy(diff.old), new: policy(diff.new), verdict: diff.verdict.rawValue, regions: diff.regionCount,
                                        promises: summary, groups: groups, removed: diff.removed.map { rule($0, diff.old) }, added: diff.added.map { rule($0, diff.new) },
                                        unmappedRemoved: diff.unmappedRemoved.map { sentence($0, diff.old) },
                                        unmappedAdded: diff.unmappedAdded.map { sentence($0, diff.new) }))
    }
}
