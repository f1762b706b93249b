/// What a decision is explained with, shared by both rule tables: each rule's reference
/// and duties, each exception's owner and clause, each node's key. Members of the sets
/// it reads are rule numbers (rules) or exception numbers (exceptions). A class, so that
/// a ``NumberedDecision`` holds it with one reference count, not one per list.
final class RuleCatalog: Sendable {
    /// One `unless:` entry of some rule, numbered across the policy.
    struct NumberedException {
        var owner: Int
        var exception: ResolvedException
        var source: Provenance?
    }

    let references: [RuleReference]
    let obligations: [[String]]
    let exceptionOwner: [Int32]
    let exceptionSources: [Provenance?]
    let keys: [[String]]

    init(rules: [ResolvedRule], exceptions: [NumberedException], taxonomy: Taxonomy) {
        // By index: a copy of each rule would retain every string and set it holds.
        references = rules.indices.map { r in
            RuleReference(ruleID: rules[r].rule.id, effect: rules[r].rule.effect, source: rules[r].rule.source, review: rules[r].rule.review)
        }
        obligations = rules.indices.map { rules[$0].rule.effect == .deny ? [] : rules[$0].rule.obligations }
        exceptionOwner = exceptions.map { Int32($0.owner) }
        exceptionSources = exceptions.map(\.source)
        keys = Dimension.scoped.map { taxonomy[$0].nodes.map(\.key) }
    }

    /// Every exception of every rule, in rule order then `unless` order.
    static func exceptions(of rules: [ResolvedRule]) -> [NumberedException] {
        var result: [NumberedException] = []
        for r in rules.indices where !rules[r].unless.isEmpty {
            for e in rules[r].unless.indices {
                result.append(NumberedException(owner: r, exception: rules[r].unless[e], source: rules[r].rule.unless[e].source))
            }
        }
        return result
    }

    /// Explains an outcome: the deciding rules with their clauses, in rule order; for an
    /// allow, the obligations; for a deny, the allows it overrode; a witness atom. A deny
    /// decided by an allow's exception (a promise, such as an opt-out) quotes that exception.
    func decision<Members: MemberSet>(_ numbered: NumberedDecision<Members>) -> Decision {
        func references(_ walk: ((Int, Int?) -> Void) -> Void) -> [RuleReference] {
            var result: [RuleReference] = []
            walk { r, e in result.append(reference(r, quoting: e)) }
            return result
        }
        let witness = numbered.witness.map(atom)
        switch numbered.outcome {
        case .deny:
            return Decision(outcome: .deny, deciding: references(numbered.deciding), overridden: references(numbered.overridden),
                            witness: witness)
        case .notCovered:
            return Decision(outcome: .notCovered, witness: witness)
        case .allow:
            return Decision(outcome: .allow, deciding: references(numbered.deciding), obligations: numbered.obligations)
        }
    }

    /// Calls `body` with each of `rules` in rule order, and for a rule of the effect
    /// `quoted` (a deny an exception lifted, an allow whose exception made it a promise)
    /// the first of its exceptions in `exceptions`, else nil.
    func forEachReference<Members: MemberSet>(_ rules: Members, quoting exceptions: Members, of quoted: Effect,
                                              _ body: (_ rule: Int, _ exception: Int?) -> Void) {
        rules.forEach { r in
            var first: Int? = nil
            if references[r].effect == quoted {
                exceptions.forEach { e in if first == nil, Int(exceptionOwner[e]) == r { first = e } }
            }
            body(r, first)
        }
    }

    /// Rule `r`'s reference, quoting exception `e` (its clause, else the rule's own) when given.
    func reference(_ r: Int, quoting e: Int?) -> RuleReference {
        var reference = references[r]
        if let e { reference.exception = exceptionSources[e] ?? reference.source }
        return reference
    }

    /// The duties of these rules, each once, in rule order.
    func duties<Members: MemberSet>(of rules: Members) -> [String] {
        var duties: [String] = []
        rules.forEach { r in
            for duty in obligations[r] where !duties.contains(duty) { duties.append(duty) }
        }
        return duties
    }

    private func atom(_ nodes: AtomNodes) -> Atom {
        Atom(action: keys[0][Int(nodes.action)], data: keys[1][Int(nodes.data)], purpose: keys[2][Int(nodes.purpose)],
             recipient: keys[3][Int(nodes.recipient)], identifiability: keys[4][Int(nodes.identifiability)])
    }
}
