/// What a rule says, without its id, wording or place: two versions' rules match when
/// their content does, so renumbering or rewording a clause is no change.
struct ClauseContent: Hashable {
    var effect: Effect
    var scope: ResolvedScope
    var when: Set<Int>
    var exceptions: Set<ResolvedException>
    var obligations: Set<String>

    init(_ rule: ResolvedRule) {
        effect = rule.rule.effect
        scope = rule.scope
        if let breaking = rule.breaking { scope.retention = breaking.retention }
        when = Set(rule.when)
        exceptions = Set(rule.unless)
        obligations = Set(rule.rule.obligations)
    }
}
