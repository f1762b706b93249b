/// For each pair of an action class and a data class, the rules, duties' breaking scopes
/// and exceptions that cover both: the AND of the two classes' rows, kept as its words
/// that are not zero. An operation naming one action and one data category then reads
/// its first candidates here, a few words, instead of intersecting two rows that may
/// each span the whole policy (rules are numbered by data, so an action's rules are
/// spread over every word). An exception is kept only where its rule is: it matters to
/// no other. Built only while it stays within a budget of words.
struct ActionDataIndex: Sendable {
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
    ///   - budget: the most entries the index may hold; past it there is no index.
    init?(rows: [UInt64], live: [Int32], liveStart: [Int], actionClasses: Range<Int>, dataClasses: Range<Int>,
          width: Int, require: ArraySlice<UInt64>, exceptionOwner: [Int32], budget: Int) {
        // Read through buffer pointers: every index is within its array by construction (the
        // classes and live words come from the same table), so no word pays a bounds check.
        let built = rows.withUnsafeBufferPointer { rows in
            live.withUnsafeBufferPointer { live in
                exceptionOwner.withUnsafeBufferPointer { owner in
                    require.withUnsafeBufferPointer { require in
                        Self.entries(rows: rows, live: live, liveStart: liveStart, actionClasses: actionClasses, dataClasses: dataClasses,
                                     width: width, require: require, exceptionOwner: owner, budget: budget)
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
                                exceptionOwner: UnsafeBufferPointer<Int32>, budget: Int) -> (start: [Int], words: [Int32], values: [UInt64])? {
        var start = [0]
        var words: [Int32] = []
        var values: [UInt64] = []
        start.reserveCapacity(actionClasses.count * dataClasses.count + 1)
        for ga in actionClasses {
            for gd in dataClasses {
                let a = ga * 3 * width, d = gd * 3 * width
                let walked = liveStart[ga + 1] - liveStart[ga] < liveStart[gd + 1] - liveStart[gd] ? ga : gd
                for k in liveStart[walked]..<liveStart[walked + 1] {
                    let w = Int(live[k])
                    let s = rows[a + w] & rows[d + w]
                    let b = rows[a + width + w] & rows[d + width + w] & require[w]
                    var e = rows[a + 2 * width + w] & rows[d + 2 * width + w]
                    var rest = e
                    // Exceptions are numbered in their owners' order, so the owners of one word's
                    // exceptions sit in one or two words of rules: each such word is read once.
                    var ownerWord = -1
                    var owners: UInt64 = 0
                    while rest != 0 {
                        let bit = rest.trailingZeroBitCount
                        rest &= rest &- 1
                        let r = Int(exceptionOwner[w &* 64 &+ bit]), o = r >> 6
                        if o != ownerWord {
                            ownerWord = o
                            owners = rows[a + o] & rows[d + o] | rows[a + width + o] & rows[d + width + o] & require[o]
                        }
                        if owners & (1 << UInt64(r & 63)) == 0 { e &= ~(1 << UInt64(bit)) }
                    }
                    guard s | b | e != 0 else { continue }
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
