/// Which keys of ``CheckShapeCache`` were met before, by their hashes, roughly: a slot per
/// hash's low bits holding the high bits of the hash last met there. A key met for the
/// first time is only noted; met again, it is one operations repeat, and its shape is
/// worth keeping. Operations each drawn afresh (varied input, every line new) then keep
/// nothing: no copy of their shapes, no table entry, no freeing when the cache starts
/// again. Never a wrong answer: a key taken for one met before (two hashes alike) only
/// keeps a shape that may not be found; one forgotten (its slot taken since) is kept at
/// its next meeting.
struct KeysMetBefore {
    static let slotCount = 16_384
    /// Per slot, the high half of the hash last met there with its lowest bit set; 0: none.
    private var marks = [UInt32](repeating: 0, count: KeysMetBefore.slotCount)

    /// Notes the key of `hash`; true when it was met before.
    mutating func note(_ hash: Int) -> Bool {
        let slot = hash & (Self.slotCount - 1)
        let mark = UInt32(truncatingIfNeeded: hash >> 32) | 1
        if marks[slot] == mark { return true }
        marks[slot] = mark
        return false
    }
}
