/// How resolved rules relate, by the operations they decide rather than their wording.
enum RuleComparison {
    /// Whether two rules decide exactly the same operations the same way.
    static func sameMeaning(_ a: ResolvedRule, _ b: ResolvedRule) -> Bool { Meaning(a) == Meaning(b) }

    /// What a rule decides, apart from its id and wording: equal for rules of the same meaning.
    struct Meaning: Hashable {
        let effect: Effect
        let scope: ResolvedScope
        let breaking: ResolvedScope?
        let when: Set<Int>
        let unless: Set<ResolvedException>
        let obligations: Set<String>

        init(_ r: ResolvedRule) {
            effect = r.rule.effect
            scope = r.scope
            breaking = r.breaking
            when = Set(r.when)
            unless = Set(r.unless)
            obligations = Set(r.rule.obligations)
        }
    }
}
