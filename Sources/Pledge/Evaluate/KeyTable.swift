/// Values found by a key's bytes: how an operation's terms are looked up on every
/// decision. Open addressing over the keys' bytes kept side by side, hashed in a few
/// instructions whatever the length (``TermTable/hash(_:)``), compared a word at a time:
/// no `Hasher` (SipHash over every byte) per lookup, as a `Dictionary` of `String` costs.
/// Immutable once built, so threads share it; a class, so that reading it from a list
/// of tables retains one reference, not each of its arrays.
final class KeyTable<Value: Sendable>: Sendable {
    private let table: Table

    private struct Table {
        /// Per slot, the entry in it, or -1.
        var slots: [Int32]
        let mask: Int
        /// Per entry, its key's bytes: `bytes[start[e]..<start[e + 1]]`.
        var bytes: [UInt8] = []
        var start: [Int] = [0]
        var values: [Value] = []

        mutating func insert(_ key: String, _ value: Value) {
            var key = key
            key.withUTF8 { utf8 in
                if let e = entry(utf8) {
                    values[e] = value
                    return
                }
                var i = TermTable.hash(utf8) & mask
                while slots[i] >= 0 { i = (i + 1) & mask }
                slots[i] = Int32(values.count)
                bytes.append(contentsOf: utf8)
                start.append(bytes.count)
                values.append(value)
            }
        }

        func entry(_ input: UnsafeBufferPointer<UInt8>) -> Int? {
            var i = TermTable.hash(input) & mask
            return bytes.withUnsafeBufferPointer { known in
                while slots[i] >= 0 {
                    let e = Int(slots[i])
                    let from = start[e]
                    if start[e + 1] - from == input.count,
                       input.isEmpty || Self.same(known.baseAddress! + from, input.baseAddress!, input.count) {
                        return e
                    }
                    i = (i + 1) & mask
                }
                return nil
            }
        }

        /// Whether the `n` bytes at `a` and at `b` are the same: eight at a time, the last
        /// eight overlapping the word before, with no call — a call to `memcmp` cost as much
        /// as comparing a term's few words.
        @inline(__always)
        private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
            let x = UnsafeRawPointer(a), y = UnsafeRawPointer(b)
            guard n >= 8 else {
                var i = 0
                while i < n {
                    guard a[i] == b[i] else { return false }
                    i &+= 1
                }
                return true
            }
            var i = 0
            while i &+ 8 < n {
                guard x.loadUnaligned(fromByteOffset: i, as: UInt64.self) == y.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                else { return false }
                i &+= 8
            }
            return x.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self) == y.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
        }
    }

    /// The table of these keys; a key given twice keeps its last value, as a dictionary would.
    init(_ pairs: some Collection<(key: String, value: Value)>) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        var table = Table(slots: Array(repeating: -1, count: capacity), mask: capacity - 1)
        for (key, value) in pairs { table.insert(key, value) }
        self.table = table
    }

    subscript(key: String) -> Value? {
        var key = key
        return key.withUTF8 { self[$0] }
    }

    /// The value of the key spelled by these bytes.
    subscript(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        table.entry(bytes).map { table.values[$0] }
    }
}
