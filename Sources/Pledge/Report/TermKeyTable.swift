/// Values by ``TermKey``, for ``CheckShapeCache``: open addressing over twice as many slots
/// as the entries it holds at most, each key's sixteen numbers compared at once and hashed
/// by folding them into one word — not `Hasher` (SipHash over 64 bytes) and a dictionary's
/// generic probing, which cost an operation never seen before several hundred instructions.
/// Emptied in its own room.
struct TermKeyTable<Value> {
    /// Per slot, the entry in it, or -1.
    private var slots: [Int32]
    private var keys: [TermKey] = []
    private var values: [Value] = []
    /// The most entries it holds.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        var slotCount = 16
        while slotCount < capacity * 2 { slotCount *= 2 }
        slots = Array(repeating: -1, count: slotCount)
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    var count: Int { keys.count }

    /// The value of `key`, if it has one.
    subscript(key: TermKey) -> Value? {
        var i = key.folded & (slots.count - 1)
        while slots[i] >= 0 {
            let e = Int(slots[i])
            if keys[e] == key { return values[e] }
            i = (i + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Adds `key`, which has no value yet, with `value`; when full, it is emptied first.
    mutating func add(_ key: TermKey, _ value: Value) {
        if keys.count == capacity { removeAll() }
        var i = key.folded & (slots.count - 1)
        while slots[i] >= 0 { i = (i + 1) & (slots.count - 1) }
        slots[i] = Int32(keys.count)
        keys.append(key)
        values.append(value)
    }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        for i in slots.indices { slots[i] = -1 }
    }
}
