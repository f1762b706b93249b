extension LargeRuleTable {
    /// The outcome alone: stops at the first denied atom.
    func outcome(_ space: AtomSpace) -> Outcome {
        evaluate(space, exhaustive: false) { outcome, _ in outcome }
    }

    /// The explained decision: every atom evaluated.
    func decision(_ space: AtomSpace) -> Decision {
        evaluate(space, exhaustive: true) { outcome, scratch in
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
                return catalog.decision(
                    outcome, denied: renumbered(0, ruleNumber, at: 0, ruleWords), allowed: renumbered(1, ruleNumber, at: ruleWords, ruleWords),
                    overridden: renumbered(2, ruleNumber, at: 2 * ruleWords, ruleWords),
                    liftedInAllowed: renumbered(3, exceptionNumber, at: 3 * ruleWords, exceptionWords),
                    liftedInDenied: renumbered(4, exceptionNumber, at: 3 * ruleWords + exceptionWords, exceptionWords),
                    deniedWitness: scratch.deniedWitness, uncoveredWitness: scratch.uncoveredWitness)
            }
        }
    }

    /// Evaluates the atoms of the space in order of the operation's nodes, level by level
    /// (action, data, purpose, recipient, identifiability): each level intersects the
    /// previous one with the rows of one class. With `exhaustive` false it stops at the
    /// first denied atom; with it true it gathers, for `finish`, the rules that took part.
    private func evaluate<R>(_ space: AtomSpace, exhaustive: Bool, _ finish: (Outcome, LargeScratch) -> R) -> R {
        let width = width
        let presenceWidth = (width + 63) / 64
        let wordCount = LargeScratch.rowLevels * width + width + (exhaustive ? 5 * width : 0) + 6 * presenceWidth
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: wordCount) { words in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 5 * width + 5) { live in
                var scratch = LargeScratch(width: width, presenceWidth: presenceWidth, words: words.baseAddress!, live: live.baseAddress!)
                scratch.prepare(exhaustive: exhaustive)
                let outcome = rowWords.withUnsafeBufferPointer { rows in
                    liveWords.withUnsafeBufferPointer { liveRows in
                        masks.withUnsafeBufferPointer { masks in
                            walk(space, exhaustive: exhaustive, &scratch,
                                 Tables(rows: rows.baseAddress!, live: liveRows.baseAddress!, masks: masks.baseAddress!))
                        }
                    }
                }
                return finish(outcome, scratch)
            }
        }
    }

    /// The table's storage, borrowed for one evaluation.
    private struct Tables {
        let rows: UnsafePointer<UInt64>
        let live: UnsafePointer<Int32>
        let masks: UnsafePointer<UInt64>
    }

    private func walk(_ space: AtomSpace, exhaustive: Bool, _ scratch: inout LargeScratch, _ tables: Tables) -> Outcome {
        guard !space.action.isEmpty, !space.data.isEmpty, !space.purpose.isEmpty,
              !space.recipient.isEmpty, !space.identifiability.isEmpty
        else { return .notCovered }
        var atom = AtomNodes(action: 0, data: 0, purpose: 0, recipient: 0, identifiability: 0)
        for a in space.action {
            atom.action = a.node
            atom.data = space.data[0].node; atom.purpose = space.purpose[0].node
            atom.recipient = space.recipient[0].node; atom.identifiability = space.identifiability[0].node
            if !actionSpeaks[Int(a.classID)] { scratch.noteSilent(atom); continue }
            let retain = actionIsRetain[Int(a.classID)]
            for d in space.data {
                atom.data = d.node
                atom.purpose = space.purpose[0].node; atom.recipient = space.recipient[0].node
                atom.identifiability = space.identifiability[0].node
                if !intersect(action: a.classID, data: d.classID, &scratch, tables) { scratch.noteSilent(atom); continue }
                for p in space.purpose {
                    atom.purpose = p.node
                    atom.recipient = space.recipient[0].node; atom.identifiability = space.identifiability[0].node
                    if !intersect(level: 2, dimension: 2, p.classID, &scratch, tables) { scratch.noteSilent(atom); continue }
                    for r in space.recipient {
                        atom.recipient = r.node
                        atom.identifiability = space.identifiability[0].node
                        if !intersect(level: 3, dimension: 3, r.classID, &scratch, tables) { scratch.noteSilent(atom); continue }
                        for i in space.identifiability {
                            atom.identifiability = i.node
                            guard intersect(level: 4, dimension: 4, i.classID, &scratch, tables) else { scratch.noteSilent(atom); continue }
                            if settle(atom, retain: retain, space, exhaustive: exhaustive, &scratch, tables), !exhaustive { return .deny }
                        }
                    }
                }
            }
        }
        return scratch.deniedWitness != nil ? .deny : scratch.uncoveredWitness != nil ? .notCovered : .allow
    }

    /// Writes into level 1 the rows of an action class (its duties' breaking scopes for
    /// require rules only) AND those of a data class, walking whichever has fewer live
    /// words; both are whole rows of the table, zero outside their live words. Whether
    /// some rule or duty is left.
    private func intersect(action: Int32, data: Int32, _ scratch: inout LargeScratch, _ tables: Tables) -> Bool {
        let width = width
        let ga = classOffset[0] + Int(action), gd = classOffset[1] + Int(data)
        let actionRow = tables.rows + ga * 3 * width, dataRow = tables.rows + gd * 3 * width
        let actionCount = liveStart[ga + 1] - liveStart[ga], dataCount = liveStart[gd + 1] - liveStart[gd]
        let walked = actionCount < dataCount ? tables.live + liveStart[ga] : tables.live + liveStart[gd]
        let require = tables.masks + 2 * width
        let (scope, breaking, exceptions) = scratch.rows(1)
        let present = scratch.presence(1)
        let list = scratch.live(1)
        present.update(repeating: 0, count: scratch.presenceWidth)
        var count = 0
        var speaks: UInt64 = 0
        for k in 0..<min(actionCount, dataCount) {
            let w = Int(walked[k])
            let s = actionRow[w] & dataRow[w]
            let b = actionRow[width + w] & require[w] & dataRow[width + w]
            let e = actionRow[2 * width + w] & dataRow[2 * width + w]
            guard s | b | e != 0 else { continue }
            scope[w] = s; breaking[w] = b; exceptions[w] = e
            present[w >> 6] |= 1 << UInt64(w & 63)
            list[count] = Int32(w)
            count += 1
            speaks |= s | b
        }
        scratch.setCount(1, count)
        return speaks != 0
    }

    /// Writes into `level` (2 to 4) the previous level AND the rows of one class, walking
    /// whichever has fewer live words. Whether some rule or duty is left.
    private func intersect(level: Int, dimension: Int, _ classID: Int32, _ scratch: inout LargeScratch, _ tables: Tables) -> Bool {
        let g = classOffset[dimension] + Int(classID)
        let row = tables.rows + g * 3 * width
        let rowLive = tables.live + liveStart[g]
        let rowCount = liveStart[g + 1] - liveStart[g]
        let (scope, breaking, exceptions) = scratch.rows(level)
        let present = scratch.presence(level)
        let list = scratch.live(level)
        present.update(repeating: 0, count: scratch.presenceWidth)
        var count = 0
        var speaks: UInt64 = 0
        @inline(__always) func keep(_ w: Int, _ s: UInt64, _ b: UInt64, _ e: UInt64) {
            guard s | b | e != 0 else { return }
            scope[w] = s; breaking[w] = b; exceptions[w] = e
            present[w >> 6] |= 1 << UInt64(w & 63)
            list[count] = Int32(w)
            count += 1
            speaks |= s | b
        }
        let width = width
        let (s0, b0, e0) = scratch.rows(level - 1)
        let before = scratch.live(level - 1), beforeCount = scratch.count(level - 1)
        if rowCount < beforeCount {
            // The previous level's words outside its live list are stale: its bitmap says which hold.
            let beforePresent = scratch.presence(level - 1)
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
        return speaks != 0
    }

    /// Decides one atom from the last level: drops the rules and exceptions whose `when`
    /// facts do not hold or whose retention bound (for a `retain`) leaves the operation
    /// out, then takes the exceptions into account. Whether the atom is denied.
    private func settle(_ atom: AtomNodes, retain: Bool, _ space: AtomSpace, exhaustive: Bool,
                        _ scratch: inout LargeScratch, _ tables: Tables) -> Bool {
        let width = width
        let (scope, breaking, exceptions) = scratch.rows(4)
        let list = scratch.live(4), count = scratch.count(4)
        let deny = tables.masks, allow = tables.masks + width, require = tables.masks + 2 * width
        let conditionalScope = tables.masks + 3 * width, conditionalBreaking = tables.masks + 4 * width
        let conditionalExceptions = tables.masks + 5 * width
        func holds(_ facts: [Int32], _ bound: RetentionBound?) -> Bool {
            if retain, let bound, !bound.contains(space.retention) { return false }
            return facts.allSatisfy { fact in space.context.contains { contextLineage[Int($0)].contains(fact) } }
        }
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
            scope[w] = filter(scope[w], conditionalScope[w], w) { holds(ruleFacts[$0], scopeBound[$0]) }
            breaking[w] = filter(breaking[w], conditionalBreaking[w], w) { holds(ruleFacts[$0], breakingBound[$0]) }
            let e = filter(exceptions[w], conditionalExceptions[w], w) { holds(exceptionFacts[$0], exceptionBound[$0]) }
            exceptions[w] = e
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
            scratch.noteSilent(atom)
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
                if scratch.presence(4)[ow >> 6] & (1 << UInt64(ow & 63)) != 0,
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

    let width: Int
    let presenceWidth: Int
    let words: UnsafeMutablePointer<UInt64>
    let live: UnsafeMutablePointer<Int32>
    var deniedWitness: AtomNodes? = nil
    var uncoveredWitness: AtomNodes? = nil

    init(width: Int, presenceWidth: Int, words: UnsafeMutablePointer<UInt64>, live: UnsafeMutablePointer<Int32>) {
        self.width = width
        self.presenceWidth = presenceWidth
        self.words = words
        self.live = live
    }

    private var presenceBase: UnsafeMutablePointer<UInt64> { words + Self.rowLevels * width + width }
    private var accumulatorBase: UnsafeMutablePointer<UInt64> { presenceBase + 6 * presenceWidth }

    /// Empty levels; zero accumulators when they are used.
    func prepare(exhaustive: Bool) {
        presenceBase.update(repeating: 0, count: 6 * presenceWidth)
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

    mutating func noteSilent(_ atom: AtomNodes) {
        if uncoveredWitness == nil { uncoveredWitness = atom }
    }
}
