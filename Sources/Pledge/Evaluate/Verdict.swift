/// One atom, as node indices in ``Dimension/scoped`` order.
struct AtomNodes {
    var action, data, purpose, recipient, identifiability: Int32
}

/// The allocation-free result of evaluating an operation with a ``RuleTable``: the
/// outcome, which rules took which part, and a witness atom. ``RuleCatalog`` turns it into
/// a ``Decision`` on request.
struct Verdict<Bits: FixedBitset> {
    var outcome: Outcome = .allow
    /// Rules that denied some atom.
    var denied: Bits = .empty
    /// Rules that allowed some atom that nothing denied (with denies an exception lifted).
    var allowed: Bits = .empty
    /// Rules that allowed some atom that a deny took: conflicts, shown.
    var overridden: Bits = .empty
    /// Exceptions that lifted a deny, in allowed atoms and in denied atoms; in denied
    /// atoms also those that made an allow a promise (its clause forbids there).
    var liftedInAllowed: Bits = .empty
    var liftedInDenied: Bits = .empty
    /// The first denied atom, and the first atom no rule speaks to.
    var deniedWitness: AtomNodes? = nil
    var uncoveredWitness: AtomNodes? = nil

    /// Notes an atom, or a block of atoms starting at it, that no rule speaks to.
    mutating func noteSilent(_ atom: AtomNodes) {
        if uncoveredWitness == nil { uncoveredWitness = atom }
    }
}
