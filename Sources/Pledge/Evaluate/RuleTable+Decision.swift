extension RuleTable {
    /// Explains a verdict: the deciding rules with their clauses, in rule order; for an
    /// allow, the obligations; for a deny, the allows it overrode; a witness atom.
    func decision(from verdict: Verdict<Bits>) -> Decision {
        switch verdict.outcome {
        case .deny:
            return Decision(
                outcome: .deny, deciding: references(verdict.denied, lifted: .empty),
                overridden: references(verdict.overridden, lifted: verdict.liftedInDenied),
                witness: verdict.deniedWitness.map(atom))
        case .notCovered:
            return Decision(outcome: .notCovered, witness: verdict.uncoveredWitness.map(atom))
        case .allow:
            var duties: [String] = []
            verdict.allowed.forEach { r in
                for duty in obligations[r] where !duties.contains(duty) { duties.append(duty) }
            }
            return Decision(outcome: .allow, deciding: references(verdict.allowed, lifted: verdict.liftedInAllowed), obligations: duties)
        }
    }

    /// The rules' references; a deny that an exception lifted carries the clause of its
    /// first exception that did.
    private func references(_ rules: Bits, lifted: Bits) -> [RuleReference] {
        var result: [RuleReference] = []
        rules.forEach { r in
            var reference = references[r]
            if reference.effect == .deny {
                var first: Int? = nil
                lifted.forEach { e in if first == nil, Int(exceptionOwner[e]) == r { first = e } }
                if let e = first { reference.exception = exceptionSources[e] ?? reference.source }
            }
            result.append(reference)
        }
        return result
    }

    private func atom(_ nodes: Verdict<Bits>.Nodes) -> Atom {
        Atom(action: keys[0][Int(nodes.action)], data: keys[1][Int(nodes.data)], purpose: keys[2][Int(nodes.purpose)],
             recipient: keys[3][Int(nodes.recipient)], identifiability: keys[4][Int(nodes.identifiability)])
    }
}
