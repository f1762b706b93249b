/// How a wide table (``LargeRuleTable``) gathers an operation's candidates, worked out
/// from the operation's classes alone before any rule is read: which rows stand for its
/// classes in each dimension (its own, a dimension's row of every class, or a broad
/// subtree's row), what ANDing each dimension costs in live words, and whether the first
/// candidates come from the action-and-data index. ``Engine/compile(_:)`` works it out
/// once, so that a compiled operation's decisions start at the rules.
struct CandidatePlan: Sendable {
    /// In ``rows``: the dimension's own classes.
    static let ownClasses: Int32 = -1
    /// In ``rows``: the dimension's row of every class.
    static let everyClass: Int32 = -2
    /// In ``cost``: ANDing the dimension narrows nothing (one of its classes covers every rule).
    static let narrowsNothing = Int32.max

    /// Per dimension (lanes 0–4, in ``Dimension/scoped`` order): ``ownClasses``,
    /// ``everyClass``, or the number of the kept subtree (``SubtreeRows/entries``) whose
    /// row stands for the classes.
    var rows: SIMD8<Int32>
    /// Per dimension: the live words of the rows it ANDs, or ``narrowsNothing``.
    var cost: SIMD8<Int32>
    /// Whether the first candidates are read from the action-and-data index.
    var paired: Bool
    /// The dimensions to AND, cheapest first (ties: in ``Dimension/scoped`` order):
    /// `order[0..<steps]`, those that narrow something and, when ``paired``, neither the
    /// action nor the data (the pairs hold both). Without the index, the first is the one
    /// the candidates are seeded from.
    var order: SIMD8<Int32>
    var steps: Int32
}

/// The first candidates of an operation that reads several pairs of the action-and-data
/// index, ORed once when it was compiled (``LargeRuleTable/pairSeed(_:_:)``) and lent for
/// one decision: each word the pairs' entries hold, in the order it first comes, with its
/// three masks (`values[3 * i]` scopes, then breaking scopes, then exceptions).
struct PairSeed {
    let words: UnsafeBufferPointer<Int32>
    let values: UnsafeBufferPointer<UInt64>
}

extension LargeRuleTable {
    /// The plan of gathering the candidates of an operation (see ``gatherCandidates(_:plan:stopAtPlainDeny:_:_:)``).
    func plan(_ space: AtomSpace) -> CandidatePlan {
        var plan = CandidatePlan(rows: SIMD8(repeating: CandidatePlan.ownClasses), cost: SIMD8(repeating: 0), paired: false,
                                 order: SIMD8(repeating: 0), steps: 0)
        var cost = SIMD8<Int>(repeating: 0)
        // A dimension where the operation touches a class that every rule and exception
        // covers narrows nothing: it is not ANDed at all.
        func add(_ d: Int, _ choice: ClassChoice) {
            let g = classOffset[d] + Int(choice.classID)
            guard cost[d] != .max else { return }
            cost[d] = coversAll[g] ? .max : cost[d] + liveStart[g + 1] - liveStart[g]
        }
        for d in 0..<5 {
            let choices = space.choices(d)
            if choices.count == classOffset[d + 1] - classOffset[d] {
                plan.rows[d] = CandidatePlan.everyClass
                add(d, everyClass[d])
            } else if !subtreeChoices.isEmpty, let e = subtrees.entry(d, choices) {
                plan.rows[d] = Int32(e)
                add(d, subtreeChoices[e])
            } else {
                for choice in choices { add(d, choice) }
            }
            plan.cost[d] = cost[d] == .max ? CandidatePlan.narrowsNothing : Int32(min(cost[d], Int(CandidatePlan.narrowsNothing) - 1))
        }
        if let pairs {
            plan.paired = seedsFromPairs(pairs, space, besides: cost[0] == .max || cost[1] == .max ? .max : cost[0] + cost[1])
        }
        // Insertion by cost, after those of the same cost: ties stay in dimension order.
        for d in (plan.paired ? 2 : 0)..<5 where cost[d] != .max {
            var i = Int(plan.steps)
            while i > 0, cost[Int(plan.order[i - 1])] > cost[d] {
                plan.order[i] = plan.order[i - 1]
                i -= 1
            }
            plan.order[i] = Int32(d)
            plan.steps += 1
        }
        return plan
    }

    /// The most words a compiled operation keeps of its pairs' entries ORed (7 KB); past it
    /// a decision ORs them itself.
    static let mostSeedWords = 256

    /// The OR of the entries of the operation's pairs, as ``PairSeed`` holds it, when its
    /// plan reads several pairs and they hold at most ``mostSeedWords`` words; else empty.
    /// A function of the operation's action and data classes alone: ``Engine/compile(_:)``
    /// takes it once, so that a decision copies the words instead of ORing every pair's.
    func pairSeed(_ space: AtomSpace, _ plan: CandidatePlan) -> (words: [Int32], values: [UInt64]) {
        guard plan.paired, let pairs, space.action.count * space.data.count > 1 else { return ([], []) }
        var slot: [Int32: Int] = [:]
        var words: [Int32] = [], values: [UInt64] = []
        for a in space.action {
            for d in space.data {
                let p = Int(a.classID) * pairs.dataClasses + Int(d.classID)
                for entry in pairs.start[p]..<pairs.start[p + 1] {
                    let w = pairs.words[entry]
                    if let i = slot[w] {
                        for part in 0..<3 { values[3 * i + part] |= pairs.values[3 * entry + part] }
                    } else {
                        slot[w] = words.count
                        words.append(w)
                        values.append(contentsOf: pairs.values[3 * entry..<3 * entry + 3])
                    }
                }
                if words.count > Self.mostSeedWords { return ([], []) }
            }
        }
        return (words, values)
    }

    /// Whether the operation's first candidates are read from the action-and-data index:
    /// when it names at most four pairs of classes, or a few more whose entries are no more
    /// words than the action and data rows it would otherwise walk (`besides`), as for a
    /// term or several data keys with one action.
    private func seedsFromPairs(_ pairs: ActionDataIndex, _ space: AtomSpace, besides rowWords: Int) -> Bool {
        let count = space.action.count * space.data.count
        if count <= 4 { return true }
        guard count <= ActionDataIndex.mostPairsRead else { return false }
        var entries = 0
        for a in space.action {
            for d in space.data {
                let p = Int(a.classID) * pairs.dataClasses + Int(d.classID)
                entries += pairs.start[p + 1] - pairs.start[p]
            }
        }
        return entries <= rowWords
    }
}
