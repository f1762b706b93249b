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
    /// Follows the plan (``CandidatePlan``): starts from the action-and-data index
    /// (``ActionDataIndex``) when the operation names few action and data classes (from
    /// `seed`, its pairs' entries ORed when it was compiled, if it has one), else
    /// from the dimension whose classes' rows have the fewest live words in all; then ANDs
    /// the others, cheapest first, each either word by word over the words still live or
    /// class by class over its rows' live words, whichever touches fewer words: the cost
    /// follows the rules that can match, not the width. A dimension the operation touches
    /// whole, or by exactly a broad subtree's classes (``SubtreeRows``), costs one row.
    ///
    /// What is left in the candidates; nil when `stopAtPlainDeny` is set and a deny rule or
    /// duty with no condition and no exception was met in the last dimension ANDed: the
    /// operation is then surely denied (as ``denial(_:_:_:)`` would find first), and the
    /// candidates are left incomplete.
    func gatherCandidates(_ space: AtomSpace, plan: CandidatePlan, seed: PairSeed?, stopAtPlainDeny: Bool, _ scratch: inout LargeScratch, _ tables: Tables) -> Reach? {
        everyClass.withUnsafeBufferPointer { every in
            subtreeChoices.withUnsafeBufferPointer { subtreeChoice in
                withUnsafeTemporaryAllocation(of: UnsafeBufferPointer<ClassChoice>.self, capacity: 5) { chosen in
                    // The classes to OR in each dimension, as the plan chose them: all of them in one
                    // row, a broad subtree's in one row, or the operation's own.
                    for d in 0..<5 {
                        let rows = plan.rows[d]
                        if rows == CandidatePlan.ownClasses {
                            chosen[d] = space.choices(d)
                        } else if rows == CandidatePlan.everyClass {
                            chosen[d] = UnsafeBufferPointer(rebasing: every[d..<d + 1])
                        } else {
                            chosen[d] = UnsafeBufferPointer(rebasing: subtreeChoice[Int(rows)..<Int(rows) + 1])
                        }
                    }
                    func classes(_ d: Int) -> UnsafeBufferPointer<ClassChoice> { chosen[d] }
                    func cost(_ d: Int) -> Int { Int(plan.cost[d]) }
                    func row(_ d: Int) -> UnsafePointer<UInt64> { tables.rows + (classOffset[d] + Int(classes(d)[0].classID)) * 3 * width }
                    // The dimensions left to AND, cheapest first: plan.order[step..<plan.steps].
                    var step = 0
                    let steps = Int(plan.steps)
                    func dimension(_ i: Int) -> Int { Int(plan.order[i]) }
                    // The first pass that would AND one row (or two) over `n` seeded words, taken as the
                    // words are seeded instead (see the loop below); whether it is the last.
                    func firstPass(over n: Int) -> (UnsafePointer<UInt64>?, UnsafePointer<UInt64>?, last: Bool) {
                        guard n > 0, step < steps, n <= cost(dimension(step)), classes(dimension(step)).count == 1 else { return (nil, nil, false) }
                        let first = row(dimension(step))
                        step += 1
                        var second = first
                        if step < steps, classes(dimension(step)).count == 1, n <= cost(dimension(step)) {
                            second = row(dimension(step))
                            step += 1
                        }
                        return (first, second, stopAtPlainDeny && step == steps)
                    }
                    var count: Int
                    if plan.paired, let seed {
                        let (first, second, last) = firstPass(over: seed.words.count)
                        guard let kept = seedCandidates(seed, and: first, second, stopAtPlainDeny: last, scratch, tables) else { return nil }
                        count = kept
                    } else if plan.paired, let pairs, space.action.count == 1, space.data.count == 1 {
                        // One pair: its entries are distinct words, as a compiled operation's seed.
                        let p = Int(space.action[0].classID) * pairs.dataClasses + Int(space.data[0].classID)
                        let entries = pairs.start[p]..<pairs.start[p + 1]
                        let (first, second, last) = firstPass(over: entries.count)
                        let kept = pairs.words.withUnsafeBufferPointer { words in
                            pairs.values.withUnsafeBufferPointer { values in
                                seedCandidates(PairSeed(words: UnsafeBufferPointer(rebasing: words[entries]),
                                                        values: UnsafeBufferPointer(rebasing: values[3 * entries.lowerBound..<3 * entries.upperBound])),
                                               and: first, second, stopAtPlainDeny: last, scratch, tables)
                            }
                        }
                        guard let kept else { return nil }
                        count = kept
                    } else if plan.paired, let pairs {
                        count = seedCandidates(pairs, space, scratch)
                    } else {
                        // From the cheapest dimension's rows (the action's when every dimension narrows nothing).
                        let seed = steps > 0 ? dimension(0) : 0
                        count = seedCandidates(seed, classes(seed), scratch, tables)
                        step = min(1, steps)
                    }
                    while step < steps, count > 0 {
                        let d = dimension(step)
                        step += 1
                        if count * classes(d).count > cost(d) {
                            count = andByClasses(d, classes(d), count, scratch, tables)
                        } else if classes(d).count > 1 {
                            count = andByWords(d, classes(d), count, scratch, tables)
                        } else {
                            // One row; the next cheapest dimension's too in the same pass when it is one row walked word by word.
                            let first = row(d)
                            var second = first
                            if step < steps, classes(dimension(step)).count == 1, count <= cost(dimension(step)) {
                                second = row(dimension(step))
                                step += 1
                            }
                            guard let kept = andByRows(first, second, count, stopAtPlainDeny: stopAtPlainDeny && step == steps, scratch, tables)
                            else { return nil }
                            count = kept
                        }
                    }
                    scratch.setCount(0, count)
                    let (scope, breaking, _) = scratch.rows(0)
                    let list = scratch.live(0)
                    let deny = tables.masks
                    var speaks: UInt64 = 0, mayDeny: UInt64 = 0
                    for k in 0..<count {
                        let w = Int(list[k])
                        speaks |= scope[w] | breaking[w]
                        mayDeny |= (scope[w] & deny[w]) | breaking[w]
                    }
                    return Reach(speaks: speaks != 0, mayDeny: mayDeny != 0)
                }
            }
        }
    }

    /// Level 0 := the OR of the rows of the operation's classes in one dimension (breaking
    /// scopes of require rules only). The number of live words.
    private func seedCandidates(_ d: Int, _ choices: UnsafeBufferPointer<ClassChoice>, _ scratch: LargeScratch, _ tables: Tables) -> Int {
        let width = width
        var seed = LevelSeed(scratch)
        let require = tables.masks + 2 * width
        for choice in choices {
            let g = classOffset[d] + Int(choice.classID)
            let row = tables.rows + g * 3 * width
            for k in liveStart[g]..<liveStart[g + 1] {
                let w = Int(tables.live[k])
                seed.add(w, scope: row[w], breaking: row[width + w] & require[w], exceptions: row[2 * width + w])
            }
        }
        return seed.count
    }

    /// Level 0 := the OR of the pairs of the operation's action and data classes (several).
    /// The number of live words.
    private func seedCandidates(_ pairs: ActionDataIndex, _ space: AtomSpace, _ scratch: LargeScratch) -> Int {
        pairs.start.withUnsafeBufferPointer { start in
            pairs.words.withUnsafeBufferPointer { words in
                pairs.values.withUnsafeBufferPointer { values in
                    var seed = LevelSeed(scratch)
                    for a in space.action {
                        for d in space.data {
                            let p = Int(a.classID) * pairs.dataClasses + Int(d.classID)
                            for entry in start[p]..<start[p + 1] {
                                seed.add(Int(words[entry]), scope: values[3 * entry], breaking: values[3 * entry + 1],
                                         exceptions: values[3 * entry + 2])
                            }
                        }
                    }
                    return seed.count
                }
            }
        }
    }

    /// Level 0 := distinct words with their masks (one pair's entries, or a compiled
    /// operation's pairs' entries ORed), ANDed with one class's rows and another's (`first`,
    /// `second`; none when `first` is nil) as they are copied: the pass ``andByRows`` would
    /// take next, without writing a word it drops. The number of live words; nil as soon as
    /// a word holds a plain deny (see ``denial(_:_:_:)``) when `stopAtPlainDeny` is set.
    private func seedCandidates(_ entries: PairSeed, and first: UnsafePointer<UInt64>?, _ second: UnsafePointer<UInt64>?,
                                stopAtPlainDeny: Bool, _ scratch: LargeScratch, _ tables: Tables) -> Int? {
        var seed = LevelSeed(scratch)
        let words = entries.words, values = entries.values
        guard let first, let second else {
            for i in 0..<words.count {
                seed.append(Int(words[i]), scope: values[3 &* i], breaking: values[3 &* i &+ 1], exceptions: values[3 &* i &+ 2])
            }
            return seed.count
        }
        let width = width
        let plainDeny = tables.masks + 10 * width, plainBreaking = tables.masks + 11 * width
        for i in 0..<words.count {
            let w = Int(words[i])
            let s = values[3 &* i] & first[w] & second[w], b = values[3 &* i &+ 1] & first[width &+ w] & second[width &+ w]
            let e = values[3 &* i &+ 2] & first[2 &* width &+ w] & second[2 &* width &+ w]
            if stopAtPlainDeny, s & plainDeny[w] | b & plainBreaking[w] != 0 { return nil }
            if s | b | e != 0 { seed.append(w, scope: s, breaking: b, exceptions: e) }
        }
        return seed.count
    }

    /// Level 0 &= one class's rows AND another's (of two dimensions, or the same twice), word
    /// by word over level 0's live words, in one pass. The number left; nil as soon as a
    /// word holds a plain deny (see ``denial(_:_:_:)``) when `stopAtPlainDeny` is set.
    private func andByRows(_ first: UnsafePointer<UInt64>, _ second: UnsafePointer<UInt64>, _ count: Int, stopAtPlainDeny: Bool,
                           _ scratch: LargeScratch, _ tables: Tables) -> Int? {
        let width = width
        let list = scratch.live(0)
        var kept = 0
        if stopAtPlainDeny {
            let (scope, breaking, _) = scratch.rows(0)
            let plainDeny = tables.masks + 10 * width, plainBreaking = tables.masks + 11 * width
            for k in 0..<count {
                let w = Int(list[k])
                let s = scope[w] & first[w] & second[w], b = breaking[w] & first[width &+ w] & second[width &+ w]
                if s & plainDeny[w] | b & plainBreaking[w] != 0 { return nil }
                kept = keep(w, s, b, first[2 &* width &+ w] & second[2 &* width &+ w], at: kept, scratch)
            }
            return kept
        }
        for k in 0..<count {
            let w = Int(list[k])
            kept = keep(w, first[w] & second[w], first[width &+ w] & second[width &+ w],
                        first[2 &* width &+ w] & second[2 &* width &+ w], at: kept, scratch)
        }
        return kept
    }

    /// Level 0 &= the OR of one dimension's class rows (several), word by word over level
    /// 0's live words. The number left.
    private func andByWords(_ d: Int, _ choices: UnsafeBufferPointer<ClassChoice>, _ count: Int, _ scratch: LargeScratch, _ tables: Tables) -> Int {
        let width = width
        let list = scratch.live(0)
        let base = classOffset[d]
        return withUnsafeTemporaryAllocation(of: UnsafePointer<UInt64>.self, capacity: choices.count) { rows in
            // Each class's rows found once, not once per word.
            for (i, choice) in choices.enumerated() { rows[i] = tables.rows + (base + Int(choice.classID)) * 3 * width }
            var kept = 0
            for k in 0..<count {
                let w = Int(list[k])
                var s: UInt64 = 0, b: UInt64 = 0, e: UInt64 = 0
                for row in rows {
                    s |= row[w]; b |= row[width &+ w]; e |= row[2 &* width &+ w]
                }
                kept = keep(w, s, b, e, at: kept, scratch)
            }
            return kept
        }
    }

    /// Level 0 &= the OR of one dimension's class rows, class by class over each row's
    /// live words, gathered in level 1 (free until the walk). The number left.
    private func andByClasses(_ d: Int, _ choices: UnsafeBufferPointer<ClassChoice>, _ count: Int, _ scratch: LargeScratch, _ tables: Tables) -> Int {
        let width = width
        let present = scratch.presence(0)
        let (s1, b1, e1) = scratch.rows(1)
        let touched = scratch.presence(1)
        touched.update(repeating: 0, count: scratch.presenceWidth)
        for choice in choices {
            let g = classOffset[d] + Int(choice.classID)
            let row = tables.rows + g * 3 * width
            for k in liveStart[g]..<liveStart[g + 1] {
                let w = Int(tables.live[k])
                let bit: UInt64 = 1 << UInt64(w & 63)
                guard present[w >> 6] & bit != 0 else { continue }
                if touched[w >> 6] & bit != 0 {
                    s1[w] |= row[w]; b1[w] |= row[width + w]; e1[w] |= row[2 * width + w]
                } else {
                    touched[w >> 6] |= bit
                    s1[w] = row[w]; b1[w] = row[width + w]; e1[w] = row[2 * width + w]
                }
            }
        }
        let list = scratch.live(0)
        var kept = 0
        for k in 0..<count {
            let w = Int(list[k])
            if touched[w >> 6] & (1 << UInt64(w & 63)) != 0 {
                kept = keep(w, s1[w], b1[w], e1[w], at: kept, scratch)
            } else {
                present[w >> 6] &= ~(1 << UInt64(w & 63))
            }
        }
        return kept
    }

    /// ANDs one word of level 0 with `s`, `b`, `e`; keeps it at `kept` in the live list if
    /// something is left, else drops it from the bitmap. The new number kept.
    @inline(__always)
    private func keep(_ w: Int, _ s: UInt64, _ b: UInt64, _ e: UInt64, at kept: Int, _ scratch: LargeScratch) -> Int {
        let (scope, breaking, exceptions) = scratch.rows(0)
        let s = scope[w] & s, b = breaking[w] & b, e = exceptions[w] & e
        guard s | b | e != 0 else {
            scratch.presence(0)[w >> 6] &= ~(1 << UInt64(w & 63))
            return kept
        }
        scope[w] = s; breaking[w] = b; exceptions[w] = e
        scratch.live(0)[kept] = Int32(w)
        return kept + 1
    }

    /// What the candidates say about a deny, before any atom is walked.
    enum Denial {
        /// Some atom is surely denied.
        case sure
        /// No atom can be denied.
        case impossible
        /// Only the walk can tell.
        case unknown
    }

    /// Whether some candidate deny rule or duty's breaking scope denies an atom of the
    /// operation. Such a rule denies wherever it applies and none of its own exceptions
    /// does, whatever else applies there. It applies where its `when` facts hold, its
    /// scope covers the atom and, for a `retain`, its retention bound admits the
    /// operation's retention. With no exception of it among the candidates (or none
    /// whose facts hold) it surely denies an atom; with one, it denies one unless that
    /// exception's scope holds all the atoms the rule applies to. A rule with more
    /// exceptions, or an exception with a retention bound, is left to the walk.
    func denial(_ space: AtomSpace, _ scratch: LargeScratch, _ tables: Tables) -> Denial {
        let width = width
        let (scope, breaking, exceptions) = scratch.rows(0)
        let present = scratch.presence(0)
        let list = scratch.live(0), count = scratch.count(0)
        let deny = tables.masks
        let plainDeny = tables.masks + 10 * width, plainBreaking = tables.masks + 11 * width
        func candidateException(_ e: Int) -> Bool {
            present[e >> 12] & (1 << UInt64((e >> 6) & 63)) != 0 && exceptions[e >> 6] & (1 << UInt64(e & 63)) != 0
        }
        /// Whether the row `part` of class `c` of dimension `d` has member `m`.
        func covers(_ d: Int, _ c: Int32, _ part: Int, _ m: Int) -> Bool {
            tables.rows[((classOffset[d] + Int(c)) * 3 + part) * width + m >> 6] & (1 << UInt64(m & 63)) != 0
        }
        // Plain rules first: no condition, no exception at all.
        for k in 0..<count {
            let w = Int(list[k])
            if scope[w] & plainDeny[w] | breaking[w] & plainBreaking[w] != 0 { return .sure }
        }
        var unknown = false
        for k in 0..<count {
            let w = Int(list[k])
            let denying = scope[w] & deny[w]
            var rest = denying | breaking[w]
            while rest != 0 {
                let r = w &* 64 &+ rest.trailingZeroBitCount
                rest &= rest &- 1
                let part = denying & (1 << UInt64(r & 63)) != 0 ? 0 : 1
                guard holds(ruleFacts[r], space) else { continue }
                let bound = part == 0 ? scopeBound[r] : breakingBound[r]
                // A bound the retention breaks leaves the rule the actions that are not a `retain`.
                let retainExcluded = bound.map { !$0.contains(space.retention) } ?? false
                func applies(_ d: Int, _ c: Int32) -> Bool {
                    covers(d, c, part, r) && !(retainExcluded && d == 0 && actionIsRetain[Int(c)])
                }
                if retainExcluded, !space.action.contains(where: { applies(0, $0.classID) }) { continue }
                var lifting = -1, liftings = 0
                for e in Int(exceptionStart[r])..<Int(exceptionStart[r + 1]) where candidateException(e) && holds(exceptionFacts[e], space) {
                    lifting = e
                    liftings += 1
                }
                if liftings == 0 { return .sure }
                guard liftings == 1, exceptionBound[lifting] == nil else {
                    unknown = true
                    continue
                }
                let contained = (0..<5).allSatisfy { d in
                    space.choices(d).allSatisfy { !applies(d, $0.classID) || covers(d, $0.classID, 2, lifting) }
                }
                if !contained { return .sure }
            }
        }
        return unknown ? .unknown : .impossible
    }
}

extension LargeRuleTable {
    /// Drops from the candidates (level 0) the rules and exceptions whose `when` names a
    /// fact the operation's context does not make hold: whether a fact holds is the same
    /// at every atom, so it is settled once here instead of atom by atom, and only for the
    /// candidates that hold under a condition.
    func dropUnmetFacts(_ space: AtomSpace, _ scratch: LargeScratch, _ tables: Tables) {
        let width = width
        let (scope, breaking, exceptions) = scratch.rows(0)
        let list = scratch.live(0), count = scratch.count(0)
        let conditionalScope = tables.masks + 3 * width, conditionalBreaking = tables.masks + 4 * width
        let conditionalExceptions = tables.masks + 5 * width
        for k in 0..<count {
            let w = Int(list[k])
            var rules = scope[w] & conditionalScope[w] | breaking[w] & conditionalBreaking[w]
            while rules != 0 {
                let bit = rules.trailingZeroBitCount
                rules &= rules &- 1
                if !holds(ruleFacts[w &* 64 &+ bit], space) {
                    scope[w] &= ~(1 << UInt64(bit)); breaking[w] &= ~(1 << UInt64(bit))
                }
            }
            var excepting = exceptions[w] & conditionalExceptions[w]
            while excepting != 0 {
                let bit = excepting.trailingZeroBitCount
                excepting &= excepting &- 1
                if !holds(exceptionFacts[w &* 64 &+ bit], space) { exceptions[w] &= ~(1 << UInt64(bit)) }
            }
        }
    }

    /// Whether every one of `facts` holds for the operation: its context names the fact
    /// or a fact under it.
    func holds(_ facts: [Int32], _ space: AtomSpace) -> Bool {
        facts.allSatisfy { fact in space.context.contains { contextLineage[Int($0)].contains(fact) } }
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

/// Level 0 being seeded: each word's three masks are ORed in, and a word is listed the first
/// time it is seen. Its bitmap starts empty: ``LargeScratch/prepare(exhaustive:)`` emptied
/// it, and level 0 is seeded once, first.
private struct LevelSeed {
    let scope, breaking, exceptions, present: UnsafeMutablePointer<UInt64>
    let list: UnsafeMutablePointer<Int32>
    private(set) var count = 0

    init(_ scratch: LargeScratch) {
        (scope, breaking, exceptions) = scratch.rows(0)
        present = scratch.presence(0)
        list = scratch.live(0)
    }

    /// Lists a word not seen before.
    @inline(__always)
    mutating func append(_ w: Int, scope s: UInt64, breaking b: UInt64, exceptions e: UInt64) {
        present[w >> 6] |= 1 << UInt64(w & 63)
        scope[w] = s; breaking[w] = b; exceptions[w] = e
        list[count] = Int32(w)
        count += 1
    }

    @inline(__always)
    mutating func add(_ w: Int, scope s: UInt64, breaking b: UInt64, exceptions e: UInt64) {
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

