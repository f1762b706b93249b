/// For each pair of an action class and a data class, the rules, duties' breaking scopes
/// and exceptions that cover both: the AND of the two classes' rows, kept as its words
/// that are not zero. An operation naming one action and one data category then reads
/// its first candidates here, a few words, instead of intersecting two rows that may
/// each span the whole policy (rules are numbered by data, so an action's rules are
/// spread over every word). An exception is kept only where its rule is: it matters to
/// no other. So a pair's exceptions are reached from its rules that have exceptions, not
/// read bit by bit (an exception that names only a recipient covers every pair, and its
/// rule few). Built only while it stays within a budget of words.
struct ActionDataIndex: Sendable {
    /// The most pairs an operation's first candidates are read from; past it the rows are walked.
    static let mostPairsRead = 64
    let dataClasses: Int
    /// Per pair `action * dataClasses + data`: its entries are `start[p]..<start[p + 1]`.
    let start: [Int]
    /// Per entry, the word it is in the rows.
    let words: [Int32]
    /// Per entry, three words: scopes, breaking scopes of require rules, exceptions.
    let values: [UInt64]

    /// - Parameters:
    ///   - rows: per global class, three rows of `width` words (see ``LargeRuleTable``).
    ///   - require: the require rules' mask, `width` words.
    ///   - withExceptions: the rules that have exceptions, `width` words.
    ///   - exceptionStart: per rule, where its exceptions start; rule r has `exceptionStart[r]..<exceptionStart[r + 1]`.
    ///   - budget: the most entries the index may hold; past it there is no index.
    init?(rows: [UInt64], live: [Int32], liveStart: [Int], actionClasses: Range<Int>, dataClasses: Range<Int>,
          width: Int, require: ArraySlice<UInt64>, withExceptions: ArraySlice<UInt64>, exceptionStart: [Int32], budget: Int) {
        // Read through buffer pointers: every index is within its array by construction (the
        // classes and live words come from the same table), so no word pays a bounds check.
        let built = rows.withUnsafeBufferPointer { rows in
            live.withUnsafeBufferPointer { live in
                require.withUnsafeBufferPointer { require in
                    withExceptions.withUnsafeBufferPointer { withExceptions in
                        exceptionStart.withUnsafeBufferPointer { exceptionStart in
                            Self.entries(rows: rows, live: live, liveStart: liveStart, actionClasses: actionClasses, dataClasses: dataClasses,
                                         width: width, require: require, withExceptions: withExceptions, exceptionStart: exceptionStart,
                                         budget: budget)
                        }
                    }
                }
            }
        }
        guard let built else { return nil }
        self.dataClasses = dataClasses.count
        (start, words, values) = built
    }

    private static func entries(rows: UnsafeBufferPointer<UInt64>, live: UnsafeBufferPointer<Int32>, liveStart: [Int],
                                actionClasses: Range<Int>, dataClasses: Range<Int>, width: Int, require: UnsafeBufferPointer<UInt64>,
                                withExceptions: UnsafeBufferPointer<UInt64>, exceptionStart: UnsafeBufferPointer<Int32>,
                                budget: Int) -> (start: [Int], words: [Int32], values: [UInt64])? {
        var start = [0]
        var words: [Int32] = []
        var values: [UInt64] = []
        start.reserveCapacity(actionClasses.count * dataClasses.count + 1)
        // One pair's rule words (with their scope and breaking bits) and exception words, ascending.
        var ruleWords: [Int] = [], scopes: [UInt64] = [], breaking: [UInt64] = []
        var exceptionWords: [Int] = []
        var exceptions = [UInt64](repeating: 0, count: width)
        for ga in actionClasses {
            for gd in dataClasses {
                let a = ga * 3 * width, d = gd * 3 * width
                let ea = a + 2 * width, ed = d + 2 * width
                ruleWords.removeAll(keepingCapacity: true)
                scopes.removeAll(keepingCapacity: true)
                breaking.removeAll(keepingCapacity: true)
                exceptionWords.removeAll(keepingCapacity: true)
                let walked = liveStart[ga + 1] - liveStart[ga] < liveStart[gd + 1] - liveStart[gd] ? ga : gd
                for k in liveStart[walked]..<liveStart[walked + 1] {
                    let w = Int(live[k])
                    let s = rows[a + w] & rows[d + w]
                    let b = rows[a + width + w] & rows[d + width + w] & require[w]
                    guard s | b != 0 else { continue }
                    ruleWords.append(w)
                    scopes.append(s)
                    breaking.append(b)
                    // The exceptions of this word's rules that cover the pair too. Exceptions are
                    // numbered in their owners' order, so their words come out ascending.
                    var owners = (s | b) & withExceptions[w]
                    while owners != 0 {
                        let r = w &* 64 &+ owners.trailingZeroBitCount
                        owners &= owners &- 1
                        for x in Int(exceptionStart[r])..<Int(exceptionStart[r &+ 1]) {
                            let xw = x >> 6, bit: UInt64 = 1 << UInt64(x & 63)
                            guard rows[ea + xw] & rows[ed + xw] & bit != 0 else { continue }
                            if exceptions[xw] == 0 { exceptionWords.append(xw) }
                            exceptions[xw] |= bit
                        }
                    }
                }
                // Both lists ascending: merged into the pair's entries, word by word.
                var i = 0, j = 0
                while i < ruleWords.count || j < exceptionWords.count {
                    let rw = i < ruleWords.count ? ruleWords[i] : Int.max
                    let xw = j < exceptionWords.count ? exceptionWords[j] : Int.max
                    let w = min(rw, xw)
                    var s: UInt64 = 0, b: UInt64 = 0, e: UInt64 = 0
                    if rw == w { s = scopes[i]; b = breaking[i]; i += 1 }
                    if xw == w { e = exceptions[xw]; exceptions[xw] = 0; j += 1 }
                    words.append(Int32(w))
                    values.append(s); values.append(b); values.append(e)
                }
                if words.count > budget { return nil }
                start.append(words.count)
            }
        }
        return (start, words, values)
    }
}
