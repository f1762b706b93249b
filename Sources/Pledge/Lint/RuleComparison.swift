/// How resolved rules relate, by the operations they decide rather than their wording.
enum RuleComparison {
    /// Whether two rules decide exactly the same operations the same way.
    static func sameMeaning(_ a: RuleCover, _ b: RuleCover) -> Bool {
        a.rule.effect == b.rule.effect && a.scope == b.scope && a.breaking == b.breaking
            && Set(a.when) == Set(b.when) && Set(a.exceptions) == Set(b.exceptions)
            && Set(a.rule.obligations) == Set(b.rule.obligations)
    }

    /// Whether the facts `given` holding makes every fact of `required` hold: each required
    /// fact covers (is, or is an ancestor of) one of the given facts.
    static func implies(_ given: [Set<Int>], _ required: [Set<Int>]) -> Bool {
        required.allSatisfy { need in given.contains { $0.isSubset(of: need) } }
    }
}
