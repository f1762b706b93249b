extension RuleTable {
    /// Evaluates every atom of the space (one per class combination), in order of the
    /// operation's nodes. With `exhaustive` false it stops at the first denied atom, which
    /// settles the outcome. Allocates nothing.
    func verdict(_ space: AtomSpace, exhaustive: Bool) -> Verdict<Bits> {
        var verdict = Verdict<Bits>()
        guard !space.action.isEmpty, !space.data.isEmpty, !space.purpose.isEmpty,
              !space.recipient.isEmpty, !space.identifiability.isEmpty
        else {
            verdict.outcome = .notCovered
            return verdict
        }
        var start = Rows(scope: .full, breaking: requireRules, exceptions: everyException)
        if !rulesNeedingFact.isEmpty {
            var holding = Bits.empty
            for node in space.context { holding |= factsOfContextNode[Int(node)] }
            for f in rulesNeedingFact.indices where !holding.contains(f) {
                start.scope &= ~rulesNeedingFact[f]
                start.breaking &= ~rulesNeedingFact[f]
                start.exceptions &= ~exceptionsNeedingFact[f]
            }
        }
        var retained = Rows(scope: .full, breaking: .full, exceptions: .full)
        for (r, bound) in scopeBounds where !bound.contains(space.retention) { retained.scope &= ~Self.single(r) }
        for (r, bound) in breakingBounds where !bound.contains(space.retention) { retained.breaking &= ~Self.single(r) }
        for (e, bound) in exceptionBounds where !bound.contains(space.retention) { retained.exceptions &= ~Self.single(e) }

        var atom = AtomNodes(action: 0, data: 0, purpose: 0, recipient: 0, identifiability: 0)
        for a in space.action {
            atom.action = a.node
            var rows1 = start & action[Int(a.classID)]
            if actionIsRetain[Int(a.classID)] { rows1 = rows1 & retained }
            atom.data = space.data[0].node; atom.purpose = space.purpose[0].node
            atom.recipient = space.recipient[0].node; atom.identifiability = space.identifiability[0].node
            if rows1.isSilent { verdict.noteSilent(atom); continue }
            for d in space.data {
                atom.data = d.node
                let rows2 = rows1 & data[Int(d.classID)]
                atom.purpose = space.purpose[0].node; atom.recipient = space.recipient[0].node
                atom.identifiability = space.identifiability[0].node
                if rows2.isSilent { verdict.noteSilent(atom); continue }
                for p in space.purpose {
                    atom.purpose = p.node
                    let rows3 = rows2 & purpose[Int(p.classID)]
                    atom.recipient = space.recipient[0].node; atom.identifiability = space.identifiability[0].node
                    if rows3.isSilent { verdict.noteSilent(atom); continue }
                    for r in space.recipient {
                        atom.recipient = r.node
                        let rows4 = rows3 & recipient[Int(r.classID)]
                        atom.identifiability = space.identifiability[0].node
                        if rows4.isSilent { verdict.noteSilent(atom); continue }
                        for i in space.identifiability {
                            atom.identifiability = i.node
                            let rows = rows4 & identifiability[Int(i.classID)]
                            if rows.isSilent { verdict.noteSilent(atom); continue }
                            let excepted = rows.exceptions.isEmpty ? Bits.empty : owners(of: rows.exceptions)
                            // An allow whose exception holds is a promise: its clause forbids.
                            let promised = rows.scope & allowRules & excepted
                            let deny = (rows.scope & denyRules & ~excepted) | (rows.breaking & ~excepted) | promised
                            let lifted = rows.scope & denyRules & excepted
                            let allow = (rows.scope & allowRules & ~excepted) | lifted
                                | (rows.scope & requireRules & ~excepted & ~rows.breaking)
                            if !deny.isEmpty {
                                if verdict.deniedWitness == nil { verdict.deniedWitness = atom }
                                guard exhaustive else {
                                    verdict.outcome = .deny
                                    return verdict
                                }
                                verdict.denied |= deny
                                verdict.overridden |= allow
                                if !(lifted | promised).isEmpty { verdict.liftedInDenied |= lifting(rows.exceptions, lifted | promised) }
                            } else if !allow.isEmpty {
                                verdict.allowed |= allow
                                if !lifted.isEmpty { verdict.liftedInAllowed |= lifting(rows.exceptions, lifted) }
                            } else {
                                verdict.noteSilent(atom)
                            }
                        }
                    }
                }
            }
        }
        verdict.outcome = verdict.deniedWitness != nil ? .deny : verdict.uncoveredWitness != nil ? .notCovered : .allow
        return verdict
    }

    /// Explains a verdict.
    func decision(from verdict: Verdict<Bits>) -> Decision { catalog.decision(numbered(verdict)) }

    /// A verdict as the numbers it is explained from.
    func numbered(_ verdict: Verdict<Bits>) -> NumberedDecision<Bits> {
        NumberedDecision(outcome: verdict.outcome, denied: verdict.denied, allowed: verdict.allowed, overridden: verdict.overridden,
                         liftedInAllowed: verdict.liftedInAllowed, liftedInDenied: verdict.liftedInDenied,
                         deniedWitness: verdict.deniedWitness, uncoveredWitness: verdict.uncoveredWitness, catalog: catalog)
    }

    private static func single(_ member: Int) -> Bits {
        var bits = Bits.empty
        bits.insert(member)
        return bits
    }

    /// The rules some of these exceptions belong to.
    private func owners(of exceptions: Bits) -> Bits {
        var rules = Bits.empty
        exceptions.forEach { rules.insert(Int(exceptionOwner[$0])) }
        return rules
    }

    /// Those of the exceptions that belong to one of these rules (lifted denies, promising allows).
    private func lifting(_ exceptions: Bits, _ lifted: Bits) -> Bits {
        var result = Bits.empty
        exceptions.forEach { if lifted.contains(Int(exceptionOwner[$0])) { result.insert($0) } }
        return result
    }
}
