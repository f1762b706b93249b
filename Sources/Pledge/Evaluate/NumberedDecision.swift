/// A decision as numbers — rule, exception and taxonomy node numbers — before
/// ``RuleCatalog`` words it as a ``Decision``'s values: the same rules in the same order,
/// quoting the same exceptions, the same witness. What ``Engine/explain(_:_:)`` lends a
/// report writer that wrote each rule's bytes once per run, so that explaining an
/// operation never seen before builds no reference, string or list.
struct NumberedDecision<Members: MemberSet> {
    let outcome: Outcome
    /// Rules that denied some atom, that allowed some atom nothing denied, that a deny overrode.
    let denied: Members, allowed: Members, overridden: Members
    /// Exceptions that lifted a deny (or made an allow a promise), in allowed and in denied atoms.
    let liftedInAllowed: Members, liftedInDenied: Members
    let deniedWitness: AtomNodes?, uncoveredWitness: AtomNodes?
    let catalog: RuleCatalog

    /// The deciding rules in rule order, each with the exception it quotes or nil: for a
    /// deny, the denies and the allows whose exception holds (a promise); for an allow,
    /// the allows and the lifted denies; none for not_covered.
    func deciding(_ body: (_ rule: Int, _ exception: Int?) -> Void) {
        switch outcome {
        case .deny: catalog.forEachReference(denied, quoting: liftedInDenied, of: .allow, body)
        case .allow: catalog.forEachReference(allowed, quoting: liftedInAllowed, of: .deny, body)
        case .notCovered: break
        }
    }

    /// The allows a deny overrode, in rule order, each with the exception it quotes or nil.
    func overridden(_ body: (_ rule: Int, _ exception: Int?) -> Void) {
        guard outcome == .deny else { return }
        catalog.forEachReference(overridden, quoting: liftedInDenied, of: .deny, body)
    }

    /// Whether a deny overrode some allow.
    var overrides: Bool {
        var any = false
        overridden { _, _ in any = true }
        return any
    }

    /// For deny and not_covered: the part of the operation denied or not covered.
    var witness: AtomNodes? {
        switch outcome {
        case .deny: return deniedWitness
        case .notCovered: return uncoveredWitness
        case .allow: return nil
        }
    }

    /// For an allow, the duties of its deciding rules, each once.
    var obligations: [String] { outcome == .allow ? catalog.duties(of: allowed) : [] }
}
