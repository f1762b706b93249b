/// Which of a step's context facts hold, packed a bit each: the key of the region tree's
/// context levels, a word or two where an array of `Bool` was an allocation per region.
struct FactBits: Hashable, Sendable {
    /// Facts 0–63.
    private var first: UInt64 = 0
    /// Facts 64 and on, 64 a word; empty (no allocation) for 64 facts or fewer.
    private var rest: [UInt64] = []

    init(_ holds: [Bool]) {
        for (i, h) in holds.enumerated() where h {
            if i < 64 {
                first |= 1 << UInt64(i)
            } else {
                let word = i / 64 - 1
                if rest.count <= word { rest += Array(repeating: 0, count: word + 1 - rest.count) }
                rest[word] |= 1 << UInt64(i % 64)
            }
        }
    }
}
