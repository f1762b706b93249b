/// How resolved rules relate, by the operations they decide rather than their wording.
enum RuleComparison {
    /// Whether two rules decide exactly the same operations the same way.
    static func sameMeaning(_ a: ResolvedRule, _ b: ResolvedRule) -> Bool {
        a.rule.effect == b.rule.effect && a.scope == b.scope && a.breaking == b.breaking
            && Set(a.when) == Set(b.when) && Set(a.unless) == Set(b.unless)
            && Set(a.rule.obligations) == Set(b.rule.obligations)
    }
}
