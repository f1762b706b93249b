extension LargeRuleTable {
    /// What is left in a level of the walk: whether some rule or duty still speaks, and
    /// whether one of them could deny (a deny rule's scope or a duty's breaking scope).
    struct Reach {
        var speaks: Bool
        var mayDeny: Bool
    }

    /// Writes into level 0 the candidates of the operation: the rules, duties' breaking
    /// scopes and exceptions that touch it in every dimension. A rule touches the
    /// operation in a dimension when it covers one of the classes the operation touches
    /// there; as the operation's atoms are every combination of its classes, a candidate
    /// meets at least one atom and every other rule meets none.
    ///
    /// Starts from one dimension's rows (the single class with the fewest live words, so
    /// usually the data), then ANDs the other dimensions only over the words still live,
    /// fewest classes first: the cost follows the rules that can match, not the width.
    func gatherCandidates(_ space: AtomSpace, _ scratch: inout LargeScratch, _ tables: Tables) -> Reach {
        let width = width
        let seed = seedDimension(space)
        let (scope, breaking, exceptions) = scratch.rows(0)
        let present = scratch.presence(0)
        let list = scratch.live(0)
        let require = tables.masks + 2 * width
        present.update(repeating: 0, count: scratch.presenceWidth)
        var count = 0
        for choice in space.choices(seed) {
            let g = classOffset[seed] + Int(choice.classID)
            let row = tables.rows + g * 3 * width
            for k in liveStart[g]..<liveStart[g + 1] {
                let w = Int(tables.live[k])
                let s = row[w], b = row[width + w] & require[w], e = row[2 * width + w]
                if present[w >> 6] & (1 << UInt64(w & 63)) != 0 {
                    scope[w] |= s; breaking[w] |= b; exceptions[w] |= e
                } else {
                    present[w >> 6] |= 1 << UInt64(w & 63)
                    scope[w] = s; breaking[w] = b; exceptions[w] = e
                    list[count] = Int32(w)
                    count += 1
                }
            }
        }
        func and(_ d: Int) {
            let choices = space.choices(d)
            let base = classOffset[d]
            var kept = 0
            for k in 0..<count {
                let w = Int(list[k])
                var s: UInt64 = 0, b: UInt64 = 0, e: UInt64 = 0
                for choice in choices {
                    let row = tables.rows + (base + Int(choice.classID)) * 3 * width
                    s |= row[w]; b |= row[width + w]; e |= row[2 * width + w]
                }
                s &= scope[w]; b &= breaking[w]; e &= exceptions[w]
                guard s | b | e != 0 else {
                    present[w >> 6] &= ~(1 << UInt64(w & 63))
                    continue
                }
                scope[w] = s; breaking[w] = b; exceptions[w] = e
                list[kept] = Int32(w)
                kept += 1
            }
            count = kept
        }
        for d in 0..<5 where d != seed && space.choices(d).count == 1 { and(d) }
        for d in 0..<5 where d != seed && space.choices(d).count > 1 { and(d) }
        scratch.setCount(0, count)
        let deny = tables.masks
        var speaks: UInt64 = 0, mayDeny: UInt64 = 0
        for k in 0..<count {
            let w = Int(list[k])
            speaks |= scope[w] | breaking[w]
            mayDeny |= (scope[w] & deny[w]) | breaking[w]
        }
        return Reach(speaks: speaks != 0, mayDeny: mayDeny != 0)
    }

    /// The dimension to start from: among those where the operation touches one class,
    /// the one whose row has the fewest live words; if it touches several classes in
    /// every dimension, the one with the fewest classes.
    private func seedDimension(_ space: AtomSpace) -> Int {
        var best = -1, bestWords = Int.max
        for d in 0..<5 where space.choices(d).count == 1 {
            let g = classOffset[d] + Int(space.choices(d)[0].classID)
            let words = liveStart[g + 1] - liveStart[g]
            if words < bestWords { best = d; bestWords = words }
        }
        if best >= 0 { return best }
        var fewest = Int.max
        for d in 0..<5 where space.choices(d).count < fewest { best = d; fewest = space.choices(d).count }
        return best
    }

    /// Whether some candidate deny rule or broken duty surely denies an atom of the
    /// operation: its `when` facts hold, its retention bound (if any) admits the
    /// operation's retention, and none of its exceptions whose facts hold is a candidate.
    /// Such a rule denies the atom where its scope meets the operation whatever else
    /// applies there, so the outcome is deny without walking the atoms. A rule this
    /// cannot settle (a bound that fails, an exception that may apply) is left to the walk.
    func surelyDenied(_ space: AtomSpace, _ scratch: LargeScratch, _ tables: Tables) -> Bool {
        let width = width
        let (scope, breaking, exceptions) = scratch.rows(0)
        let present = scratch.presence(0)
        let list = scratch.live(0), count = scratch.count(0)
        let deny = tables.masks
        let conditionalScope = tables.masks + 3 * width, conditionalBreaking = tables.masks + 4 * width
        let excepting = tables.masks + 6 * width
        func holds(_ facts: [Int32]) -> Bool {
            facts.allSatisfy { fact in space.context.contains { contextLineage[Int($0)].contains(fact) } }
        }
        func candidateException(_ e: Int) -> Bool {
            present[e >> 12] & (1 << UInt64((e >> 6) & 63)) != 0 && exceptions[e >> 6] & (1 << UInt64(e & 63)) != 0
        }
        for k in 0..<count {
            let w = Int(list[k])
            let denying = scope[w] & deny[w], broken = breaking[w]
            guard denying | broken != 0 else { continue }
            if (denying & ~conditionalScope[w] | broken & ~conditionalBreaking[w]) & ~excepting[w] != 0 { return true }
            var rest = denying | broken
            while rest != 0 {
                let r = w &* 64 &+ rest.trailingZeroBitCount
                rest &= rest &- 1
                let bound = denying & (1 << UInt64(r & 63)) != 0 ? scopeBound[r] : breakingBound[r]
                guard holds(ruleFacts[r]), bound?.contains(space.retention) ?? true else { continue }
                let own = Int(exceptionStart[r])..<Int(exceptionStart[r + 1])
                if !own.contains(where: { candidateException($0) && holds(exceptionFacts[$0]) }) { return true }
            }
        }
        return false
    }
}

extension AtomSpace {
    /// The classes of one dimension, in ``Dimension/scoped`` order.
    func choices(_ dimension: Int) -> UnsafeBufferPointer<ClassChoice> {
        switch dimension {
        case 0: return action
        case 1: return data
        case 2: return purpose
        case 3: return recipient
        default: return identifiability
        }
    }
}
