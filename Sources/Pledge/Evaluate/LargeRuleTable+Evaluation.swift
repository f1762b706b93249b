extension LargeRuleTable {
    /// The outcome alone: stops at the first denied atom. `plan`: the space's, when it was
    /// worked out before (a compiled operation's).
    func outcome(_ space: AtomSpace, plan: CandidatePlan?, seed: PairSeed?) -> Outcome {
        evaluate(space, plan: plan, seed: seed, exhaustive: false) { outcome, _ in outcome }
    }

    /// The explained decision: every atom evaluated.
    func decision(_ space: AtomSpace, plan: CandidatePlan?, seed: PairSeed?) -> Decision {
        evaluate(space, plan: plan, seed: seed, exhaustive: true) { outcome, scratch in
            // Back to the policy's numbering, in which the decision lists rules.
            let ruleWords = (ruleNumber.count + 63) / 64, exceptionWords = max(1, (exceptionNumber.count + 63) / 64)
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3 * ruleWords + 2 * exceptionWords) { all in
                all.initialize(repeating: 0)
                func renumbered(_ slot: Int, _ numbers: [Int32], at start: Int, _ count: Int) -> WordSet {
                    let target = UnsafeMutableBufferPointer(rebasing: all[start..<start + count])
                    WordSet(words: scratch.accumulator(slot)).forEach { member in
                        let n = Int(numbers[member])
                        target[n >> 6] |= 1 << UInt64(n & 63)
                    }
                    return WordSet(words: target)
                }
                return catalog.decision(NumberedDecision(
                    outcome: outcome, denied: renumbered(0, ruleNumber, at: 0, ruleWords), allowed: renumbered(1, ruleNumber, at: ruleWords, ruleWords),
                    overridden: renumbered(2, ruleNumber, at: 2 * ruleWords, ruleWords),
                    liftedInAllowed: renumbered(3, exceptionNumber, at: 3 * ruleWords, exceptionWords),
                    liftedInDenied: renumbered(4, exceptionNumber, at: 3 * ruleWords + exceptionWords, exceptionWords),
                    deniedWitness: scratch.deniedWitness, uncoveredWitness: scratch.uncoveredWitness, catalog: catalog))
            }
        }
    }

    /// Evaluates the atoms of the space in order of the operation's nodes, level by level
    /// (action, data, purpose, recipient, identifiability), over the operation's
    /// candidates only: each level intersects the previous one with the rows of one class.
    /// With `exhaustive` false it stops at the first denied atom, settles a deny that a
    /// candidate surely makes without walking, stops at the first atom no rule speaks to
    /// when no candidate can deny, and skips blocks of atoms that cannot change the
    /// outcome; with it true it gathers, for `finish`, the rules that took part.
    private func evaluate<R>(_ space: AtomSpace, plan: CandidatePlan?, seed: PairSeed?, exhaustive: Bool, _ finish: (Outcome, LargeScratch) -> R) -> R {
        let width = width
        return scratchPool.withBuffer { words, live in
            var scratch = LargeScratch(width: width, presenceWidth: LargeScratch.presenceWidth(width), words: words, live: live)
            scratch.prepare(exhaustive: exhaustive)
            let outcome = rowWords.withUnsafeBufferPointer { rows in
                liveWords.withUnsafeBufferPointer { liveRows in
                    masks.withUnsafeBufferPointer { masks in
                        let tables = Tables(rows: rows.baseAddress!, live: liveRows.baseAddress!, masks: masks.baseAddress!)
                        guard !space.action.isEmpty, !space.data.isEmpty, !space.purpose.isEmpty,
                              !space.recipient.isEmpty, !space.identifiability.isEmpty
                        else { return Outcome.notCovered }
                        guard let reach = gatherCandidates(space, plan: plan ?? self.plan(space), seed: seed, stopAtPlainDeny: !exhaustive, &scratch, tables) else { return .deny }
                        if !exhaustive {
                            // No candidate: no rule speaks to any atom.
                            if !reach.speaks { return .notCovered }
                            switch reach.mayDeny ? denial(space, scratch, tables) : .impossible {
                            case .sure: return .deny
                            case .impossible: scratch.silenceSettles = true
                            case .unknown: break
                            }
                        }
                        dropUnmetFacts(space, scratch, tables)
                        return walk(space, exhaustive: exhaustive, &scratch, tables)
                    }
                }
            }
            return finish(outcome, scratch)
        }
    }

    /// The table's storage, borrowed for one evaluation.
    struct Tables {
        let rows: UnsafePointer<UInt64>
        let live: UnsafePointer<Int32>
        let masks: UnsafePointer<UInt64>
    }

    /// Walks the atoms from the candidates in level 0. A block of atoms (all those below
    /// one class of a level) is skipped when no rule speaks to it (noted silent) or, for
    /// the outcome alone, when no rule in it can deny and a silent atom is already known.
    /// A dimension where the operation touches one class adds no level: the candidates are
    /// within that class's rows already (``gatherCandidates``), so the level before stands
    /// for it.
    private func walk(_ space: AtomSpace, exhaustive: Bool, _ scratch: inout LargeScratch, _ tables: Tables) -> Outcome {
        var atom = AtomNodes(action: 0, data: 0, purpose: 0, recipient: 0, identifiability: 0)
        let oneAtom = space.action.count == 1 && space.data.count == 1
        let reach0 = oneAtom ? reach(of: 0, scratch, tables) : Reach(speaks: true, mayDeny: true)
        for a in space.action {
            atom.action = a.node
            atom.data = space.data[0].node; atom.purpose = space.purpose[0].node
            atom.recipient = space.recipient[0].node; atom.identifiability = space.identifiability[0].node
            if !actionSpeaks[Int(a.classID)] {
                if scratch.noteSilent(atom) { return .notCovered }
                continue
            }
            let retain = actionIsRetain[Int(a.classID)]
            for d in space.data {
                atom.data = d.node
                atom.purpose = space.purpose[0].node; atom.recipient = space.recipient[0].node
                atom.identifiability = space.identifiability[0].node
                let level1 = oneAtom ? 0 : 1
                let reach1 = oneAtom ? reach0 : intersect(action: a.classID, data: d.classID, &scratch, tables)
                if !reach1.speaks {
                    if scratch.noteSilent(atom) { return .notCovered }
                    continue
                }
                if !exhaustive, !reach1.mayDeny, scratch.uncoveredWitness != nil { continue }
                for p in space.purpose {
                    atom.purpose = p.node
                    atom.recipient = space.recipient[0].node; atom.identifiability = space.identifiability[0].node
                    let (level2, reach2) = narrowed(from: level1, reach1, into: 2, dimension: 2, p.classID, alone: space.purpose.count == 1, &scratch, tables)
                    if !reach2.speaks {
                        if scratch.noteSilent(atom) { return .notCovered }
                        continue
                    }
                    if !exhaustive, !reach2.mayDeny, scratch.uncoveredWitness != nil { continue }
                    for r in space.recipient {
                        atom.recipient = r.node
                        atom.identifiability = space.identifiability[0].node
                        let (level3, reach3) = narrowed(from: level2, reach2, into: 3, dimension: 3, r.classID, alone: space.recipient.count == 1, &scratch, tables)
                        if !reach3.speaks {
                            if scratch.noteSilent(atom) { return .notCovered }
                            continue
                        }
                        if !exhaustive, !reach3.mayDeny, scratch.uncoveredWitness != nil { continue }
                        for i in space.identifiability {
                            atom.identifiability = i.node
                            let (level4, reach4) = narrowed(from: level3, reach3, into: 4, dimension: 4, i.classID, alone: space.identifiability.count == 1, &scratch, tables)
                            guard reach4.speaks else {
                                if scratch.noteSilent(atom) { return .notCovered }
                                continue
                            }
                            if settle(atom, level: level4, retain: retain, space, exhaustive: exhaustive, &scratch, tables) {
                                if !exhaustive { return .deny }
                            } else if scratch.silenceSettles, scratch.uncoveredWitness != nil {
                                return .notCovered
                            }
                        }
                    }
                }
            }
        }
        return scratch.deniedWitness != nil ? .deny : scratch.uncoveredWitness != nil ? .notCovered : .allow
    }

    /// The level that holds the candidates of `level` narrowed to one class of a
    /// dimension, and what is left in it: `level` itself when the operation touches only
    /// that class there (`alone`), else `into`, written by ``intersect(from:into:dimension:_:_:_:)``.
    @inline(__always)
    private func narrowed(from level: Int, _ reach: Reach, into: Int, dimension: Int, _ classID: Int32, alone: Bool,
                          _ scratch: inout LargeScratch, _ tables: Tables) -> (Int, Reach) {
        if alone { return (level, reach) }
        return (into, intersect(from: level, into: into, dimension: dimension, classID, &scratch, tables))
    }

    /// What is left in a level: whether a rule or duty speaks, whether one could deny.
    private func reach(of level: Int, _ scratch: LargeScratch, _ tables: Tables) -> Reach {
        let (scope, breaking, _) = scratch.rows(level)
        let list = scratch.live(level)
        var speaks: UInt64 = 0, mayDeny: UInt64 = 0
        for k in 0..<scratch.count(level) {
            let w = Int(list[k])
            speaks |= scope[w] | breaking[w]
            mayDeny |= (scope[w] & tables.masks[w]) | breaking[w]
        }
        return Reach(speaks: speaks != 0, mayDeny: mayDeny != 0)
    }

    /// Writes into level 1 the candidates AND the rows of an action class AND those of a
    /// data class, walking whichever of the three has the fewest live words (the two rows
    /// are whole rows of the table, zero outside their live words; the candidates' words
    /// outside their list are stale, so their bitmap says which hold).
    private func intersect(action: Int32, data: Int32, _ scratch: inout LargeScratch, _ tables: Tables) -> Reach {
        let width = width
        let ga = classOffset[0] + Int(action), gd = classOffset[1] + Int(data)
        let actionRow = tables.rows + ga * 3 * width, dataRow = tables.rows + gd * 3 * width
        let actionCount = liveStart[ga + 1] - liveStart[ga], dataCount = liveStart[gd + 1] - liveStart[gd]
        let (s0, b0, e0) = scratch.rows(0)
        let candidates = scratch.live(0), candidateCount = scratch.count(0)
        let candidatePresent = scratch.presence(0)
        let deny = tables.masks
        let (scope, breaking, exceptions) = scratch.rows(1)
        let present = scratch.presence(1)
        let list = scratch.live(1)
        present.update(repeating: 0, count: scratch.presenceWidth)
        var count = 0
        var speaks: UInt64 = 0, mayDeny: UInt64 = 0
        @inline(__always) func keep(_ w: Int) {
            let s = s0[w] & actionRow[w] & dataRow[w]
            let b = b0[w] & actionRow[width + w] & dataRow[width + w]
            let e = e0[w] & actionRow[2 * width + w] & dataRow[2 * width + w]
            guard s | b | e != 0 else { return }
            scope[w] = s; breaking[w] = b; exceptions[w] = e
            present[w >> 6] |= 1 << UInt64(w & 63)
            list[count] = Int32(w)
            count += 1
            speaks |= s | b
            mayDeny |= (s & deny[w]) | b
        }
        if candidateCount <= min(actionCount, dataCount) {
            for k in 0..<candidateCount { keep(Int(candidates[k])) }
        } else {
            let walked = actionCount < dataCount ? tables.live + liveStart[ga] : tables.live + liveStart[gd]
            for k in 0..<min(actionCount, dataCount) {
                let w = Int(walked[k])
                if candidatePresent[w >> 6] & (1 << UInt64(w & 63)) != 0 { keep(w) }
            }
        }
        scratch.setCount(1, count)
        return Reach(speaks: speaks != 0, mayDeny: mayDeny != 0)
    }

    /// Writes into level `into` (2 to 4) the level `from` AND the rows of one class, walking
    /// whichever has fewer live words.
    private func intersect(from: Int, into level: Int, dimension: Int, _ classID: Int32, _ scratch: inout LargeScratch, _ tables: Tables) -> Reach {
        let g = classOffset[dimension] + Int(classID)
        let row = tables.rows + g * 3 * width
        let rowLive = tables.live + liveStart[g]
        let rowCount = liveStart[g + 1] - liveStart[g]
        let deny = tables.masks
        let (scope, breaking, exceptions) = scratch.rows(level)
        let present = scratch.presence(level)
        let list = scratch.live(level)
        present.update(repeating: 0, count: scratch.presenceWidth)
        var count = 0
        var speaks: UInt64 = 0, mayDeny: UInt64 = 0
        @inline(__always) func keep(_ w: Int, _ s: UInt64, _ b: UInt64, _ e: UInt64) {
            guard s | b | e != 0 else { return }
            scope[w] = s; breaking[w] = b; exceptions[w] = e
            present[w >> 6] |= 1 << UInt64(w & 63)
            list[count] = Int32(w)
            count += 1
            speaks |= s | b
            mayDeny |= (s & deny[w]) | b
        }
        let width = width
        let (s0, b0, e0) = scratch.rows(from)
        let before = scratch.live(from), beforeCount = scratch.count(from)
        if rowCount < beforeCount {
            // The previous level's words outside its live list are stale: its bitmap says which hold.
            let beforePresent = scratch.presence(from)
            for k in 0..<rowCount {
                let w = Int(rowLive[k])
                guard beforePresent[w >> 6] & (1 << UInt64(w & 63)) != 0 else { continue }
                keep(w, s0[w] & row[w], b0[w] & row[width + w], e0[w] & row[2 * width + w])
            }
        } else {
            for k in 0..<beforeCount {
                let w = Int(before[k])
                keep(w, s0[w] & row[w], b0[w] & row[width + w], e0[w] & row[2 * width + w])
            }
        }
        scratch.setCount(level, count)
        return Reach(speaks: speaks != 0, mayDeny: mayDeny != 0)
    }

    /// Decides one atom from the candidates in `level`: drops the rules and exceptions whose `when`
    /// facts do not hold or whose retention bound (for a `retain`) leaves the operation
    /// out, then takes the exceptions into account. Whether the atom is denied.
    private func settle(_ atom: AtomNodes, level: Int, retain: Bool, _ space: AtomSpace, exhaustive: Bool,
                        _ scratch: inout LargeScratch, _ tables: Tables) -> Bool {
        let width = width
        let (scope, breaking, exceptions) = scratch.rows(level)
        let list = scratch.live(level), count = scratch.count(level)
        let deny = tables.masks, allow = tables.masks + width, require = tables.masks + 2 * width
        // `when` facts were settled for the whole operation (``dropUnmetFacts``): only
        // retention bounds are left, and they apply to a `retain` only.
        let boundedScope = tables.masks + 7 * width, boundedBreaking = tables.masks + 8 * width
        let boundedExceptions = tables.masks + 9 * width
        func admits(_ bound: RetentionBound?) -> Bool { bound?.contains(space.retention) ?? true }
        func filter(_ bits: UInt64, _ conditional: UInt64, _ w: Int, _ keeps: (Int) -> Bool) -> UInt64 {
            var kept = bits
            var check = bits & conditional
            while check != 0 {
                let bit = check.trailingZeroBitCount
                if !keeps(w &* 64 &+ bit) { kept &= ~(1 << UInt64(bit)) }
                check &= check &- 1
            }
            return kept
        }
        let excepted = scratch.excepted
        let exceptedPresent = scratch.presence(5)
        exceptedPresent.update(repeating: 0, count: scratch.presenceWidth)
        @inline(__always) func exceptedWord(_ w: Int) -> UInt64 {
            exceptedPresent[w >> 6] & (1 << UInt64(w & 63)) != 0 ? excepted[w] : 0
        }
        for k in 0..<count {
            let w = Int(list[k])
            if retain {
                scope[w] = filter(scope[w], boundedScope[w], w) { admits(scopeBound[$0]) }
                breaking[w] = filter(breaking[w], boundedBreaking[w], w) { admits(breakingBound[$0]) }
                exceptions[w] = filter(exceptions[w], boundedExceptions[w], w) { admits(exceptionBound[$0]) }
            }
            let e = exceptions[w]
            var rest = e
            while rest != 0 {
                let owner = Int(exceptionOwner[w &* 64 &+ rest.trailingZeroBitCount])
                let ow = owner >> 6
                if exceptedPresent[ow >> 6] & (1 << UInt64(ow & 63)) == 0 {
                    exceptedPresent[ow >> 6] |= 1 << UInt64(ow & 63)
                    excepted[ow] = 0
                }
                excepted[ow] |= 1 << UInt64(owner & 63)
                rest &= rest &- 1
            }
        }
        var anyDeny: UInt64 = 0, anyAllow: UInt64 = 0, anyLifted: UInt64 = 0
        for k in 0..<count {
            let w = Int(list[k])
            let s = scope[w], b = breaking[w], x = exceptedWord(w)
            // An allow whose exception holds is a promise: its clause forbids.
            let promised = s & allow[w] & x
            anyDeny |= (s & deny[w] & ~x) | (b & ~x) | promised
            let lifted = s & deny[w] & x
            anyLifted |= lifted | promised
            anyAllow |= (s & allow[w] & ~x) | lifted | (s & require[w] & ~x & ~b)
        }
        if anyDeny != 0 {
            if scratch.deniedWitness == nil { scratch.deniedWitness = atom }
        } else if anyAllow == 0 {
            _ = scratch.noteSilent(atom)
            return false
        }
        guard exhaustive else { return anyDeny != 0 }
        let rules = anyDeny != 0 ? scratch.accumulator(0) : scratch.accumulator(1)
        let overridden = scratch.accumulator(2)
        let liftedExceptions = anyDeny != 0 ? scratch.accumulator(4) : scratch.accumulator(3)
        for k in 0..<count {
            let w = Int(list[k])
            let s = scope[w], b = breaking[w], x = exceptedWord(w)
            let lifted = s & deny[w] & x
            let allowing = (s & allow[w] & ~x) | lifted | (s & require[w] & ~x & ~b)
            if anyDeny != 0 {
                rules[w] |= (s & deny[w] & ~x) | (b & ~x) | (s & allow[w] & x)
                overridden[w] |= allowing
            } else {
                rules[w] |= allowing
            }
            guard anyLifted != 0 else { continue }
            // The exceptions that lifted a deny or made an allow a promise: those whose
            // owner is such a rule.
            var rest = exceptions[w]
            while rest != 0 {
                let bit = rest.trailingZeroBitCount
                let owner = Int(exceptionOwner[w &* 64 &+ bit])
                let ow = owner >> 6
                if scratch.presence(level)[ow >> 6] & (1 << UInt64(ow & 63)) != 0,
                   scope[ow] & (deny[ow] | allow[ow]) & exceptedWord(ow) & (1 << UInt64(owner & 63)) != 0 {
                    liftedExceptions[w] |= 1 << UInt64(bit)
                }
                rest &= rest &- 1
            }
        }
        return anyDeny != 0
    }
}

/// The working memory of one ``LargeRuleTable`` evaluation, in two buffers the caller
/// owns. Per level (one per dimension): three rows of which only the live words hold
/// meaning, the list of live words and a bitmap of them, so that nothing needs clearing
/// beyond that bitmap. Then the owners of the exceptions met at an atom, and, for an
/// explained decision, five accumulated sets (denied, allowed, overridden rules;
/// exceptions lifting in allowed and in denied atoms).
struct LargeScratch {
    static let rowLevels = 15

    /// Words of the bitmap of one level's live words.
    static func presenceWidth(_ width: Int) -> Int { (width + 63) / 64 }
    /// Words the scratch of a table `width` words wide takes, accumulators included.
    static func wordCount(_ width: Int) -> Int { rowLevels * width + width + 5 * width + 6 * presenceWidth(width) }
    /// Word numbers it takes: five levels' live lists and their counts.
    static func liveCount(_ width: Int) -> Int { 5 * width + 5 }

    let width: Int
    let presenceWidth: Int
    let words: UnsafeMutablePointer<UInt64>
    let live: UnsafeMutablePointer<Int32>
    var deniedWitness: AtomNodes? = nil
    var uncoveredWitness: AtomNodes? = nil
    /// Set for the outcome alone when no candidate can deny: the first atom no rule
    /// speaks to then settles it (not covered).
    var silenceSettles = false

    init(width: Int, presenceWidth: Int, words: UnsafeMutablePointer<UInt64>, live: UnsafeMutablePointer<Int32>) {
        self.width = width
        self.presenceWidth = presenceWidth
        self.words = words
        self.live = live
    }

    private var presenceBase: UnsafeMutablePointer<UInt64> { words + Self.rowLevels * width + width }
    private var accumulatorBase: UnsafeMutablePointer<UInt64> { presenceBase + 6 * presenceWidth }

    /// Empties level 0 (every other level's bitmap is emptied where it is written, before
    /// it is read); zeroes accumulators when they are used.
    func prepare(exhaustive: Bool) {
        presenceBase.update(repeating: 0, count: presenceWidth)
        if exhaustive { accumulatorBase.update(repeating: 0, count: 5 * width) }
        for level in 0..<5 { setCount(level, 0) }
    }

    func rows(_ level: Int) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>) {
        let base = words + level * 3 * width
        return (base, base + width, base + 2 * width)
    }

    /// Levels 0–4; 5 is the owners of excepted rules.
    func presence(_ level: Int) -> UnsafeMutablePointer<UInt64> { presenceBase + level * presenceWidth }
    func live(_ level: Int) -> UnsafeMutablePointer<Int32> { live + level * width }
    func count(_ level: Int) -> Int { Int(live[5 * width + level]) }
    func setCount(_ level: Int, _ count: Int) { live[5 * width + level] = Int32(count) }
    var excepted: UnsafeMutablePointer<UInt64> { words + Self.rowLevels * width }

    func accumulator(_ slot: Int) -> UnsafeMutableBufferPointer<UInt64> {
        UnsafeMutableBufferPointer(start: accumulatorBase + slot * width, count: width)
    }

    /// Notes an atom, or a block of atoms starting at it, that no rule speaks to; whether
    /// that settles the outcome.
    mutating func noteSilent(_ atom: AtomNodes) -> Bool {
        if uncoveredWitness == nil { uncoveredWitness = atom }
        return silenceSettles
    }
}
