import Foundation

/// The results of JSON Lines already read, by the line's bytes less its id's value: an
/// operations log repeats the same lines with new ids, and a line met again is answered
/// without reading it into an ``Operation``, deciding it or hashing its terms.
///
/// Exact. A line is kept only when ``PlainOperationLine`` read it (one object, no escape,
/// ASCII) and its decision has no errors. In such a line the first `"id"` followed by a
/// colon is the id key (with no escapes, a quote before `id"` opens a string), and its
/// value runs to the next quote. A new line that matches a kept one byte for byte outside
/// that value, whose own value is printable ASCII with no quote or backslash, is the same
/// line with another id: the plain reader would read the same terms at the same column,
/// so it gets the same decision and shape; its id is copied into the result unescaped,
/// which every report writes as it stands. Bounded as ``CheckShapeCache`` is; one thread
/// at a time.
final class CheckLineCache: @unchecked Sendable {
    static let maxEntries = 4_096
    static let maxBytes = 2 << 20

    private struct Kept {
        /// Where the line less its id's value sits in `lines`.
        var bytes: Range<Int>
        /// Where the id's value was cut out; nil when the line names no id.
        var idAt: Int?
        var hash: Int
        /// The operation without its id and place, and the column of its brace.
        var terms: Operation
        var column: Int
        var outcome: Outcome
        var shape: CheckEntryShape
    }

    // One thread at a time: no dynamic exclusivity checks (as ``CheckShapeCache``).
    @exclusivity(unchecked) private var slots = [Int32](repeating: -1, count: 2 * maxEntries)
    @exclusivity(unchecked) private var kept: [Kept] = []
    /// The kept lines less their ids' values, one after another.
    @exclusivity(unchecked) private var lines: [UInt8] = []
    @exclusivity(unchecked) private var bytes = 0

    /// Writes the result of a line like one kept, with this line's id and place, and gives
    /// its outcome; nil (nothing written) when none is kept. `file`: the input's name, and
    /// its bytes when `lineWriter` (the reporter, when it writes from bytes) writes them as
    /// they stand — then the line's id is written from its bytes too, as a line read as
    /// numbers is (``NumberedLineWriter``).
    @inline(__always)
    func write(_ line: UnsafeBufferPointer<UInt8>, number: Int, file: (name: String, bytes: UnsafeBufferPointer<UInt8>?),
               _ reporter: any CheckStreamingReporter, _ lineWriter: (any NumberedLineWriter)?, into out: inout [UInt8]) -> Outcome? {
        guard !kept.isEmpty, let id = Self.idValue(line) else { return nil }
        let hash = Self.hash(line, less: id)
        var i = hash & (slots.count - 1)
        while slots[i] >= 0 {
            let k = Int(slots[i])
            if kept[k].hash == hash, kept[k].idAt == id?.lowerBound, same(kept[k].bytes, line, less: id) {
                guard Self.isPlain(line, id) else { return nil }
                let outcome = kept[k].outcome
                if let id, let fileBytes = file.bytes, let lineWriter,
                   lineWriter.write(id: UnsafeBufferPointer(rebasing: line[id]), file: fileBytes, line: number, column: kept[k].column,
                                    outcome: outcome, shape: kept[k].shape, into: &out) {
                    return outcome
                }
                reporter.write(kept[k].terms, id: id.map { String(decoding: UnsafeBufferPointer(rebasing: line[$0]), as: UTF8.self) },
                               location: SourceLocation(file: file.name, line: number, column: kept[k].column), outcome: outcome,
                               shape: kept[k].shape, into: &out)
                return outcome
            }
            i = (i + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Keeps the result of a line the plain reader read as `operation`'s terms, its brace at
    /// `column`: its outcome and shape, found among the shapes already written (which hold
    /// no decision with errors). (``CheckStream`` keeps a line whose terms it met before: one not seen again
    /// costs nothing more.)
    func keep(_ line: UnsafeBufferPointer<UInt8>, _ operation: Operation, column: Int, _ outcome: Outcome, _ shape: CheckEntryShape) {
        guard let id = Self.idValue(line), Self.isPlain(line, id) else { return }
        let size = line.count + shape.byteCount
        if kept.count == Self.maxEntries || bytes + size > Self.maxBytes {
            kept.removeAll(keepingCapacity: true)
            lines.removeAll(keepingCapacity: true)
            for i in slots.indices { slots[i] = -1 }
            bytes = 0
        }
        var terms = operation
        terms.id = nil
        terms.location = nil
        let from = lines.count
        let cut = id ?? line.count..<line.count
        lines.append(contentsOf: UnsafeBufferPointer(rebasing: line[..<cut.lowerBound]))
        lines.append(contentsOf: UnsafeBufferPointer(rebasing: line[cut.upperBound...]))
        let hash = Self.hash(line, less: id)
        var i = hash & (slots.count - 1)
        while slots[i] >= 0 { i = (i + 1) & (slots.count - 1) }
        slots[i] = Int32(kept.count)
        kept.append(Kept(bytes: from..<lines.count, idAt: id?.lowerBound, hash: hash, terms: terms,
                         column: column, outcome: outcome, shape: shape))
        bytes += size
    }

    /// Where the id's value would be: from its opening quote to the next quote —
    /// `.some(nil)` when the line has no `"id"` key, nil when its value is not a string
    /// or has no closing quote. Whether the value is one the cache writes as it stands
    /// (``isPlain(_:_:)``) is asked only of a line found: most are not.
    private static func idValue(_ line: UnsafeBufferPointer<UInt8>) -> Range<Int>?? {
        guard let base = line.baseAddress else { return .some(nil) }
        let n = line.count
        // The usual line opens with its id: its first quote begins `"id": "`.
        if n >= 8, memcmp(base, Self.idFirst.utf8Start, 8) == 0 {
            return value(line, from: 8)
        }
        func spaces(from i: Int) -> Int {
            var i = i
            while i < n, line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0D { i += 1 }
            return i
        }
        var from = 0
        while from < n, let found = memchr(base + from, 0x22, n - from) {
            let p = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            from = p + 1
            guard p + 4 <= n, line[p + 1] == UInt8(ascii: "i"), line[p + 2] == UInt8(ascii: "d"), line[p + 3] == 0x22 else { continue }
            var j = spaces(from: p + 4)
            guard j < n, line[j] == UInt8(ascii: ":") else { continue }
            j = spaces(from: j + 1)
            guard j < n, line[j] == 0x22 else { return nil }
            return value(line, from: j + 1)
        }
        return .some(nil)
    }

    /// A line opening with its id, spelled as most are.
    private static let idFirst: StaticString = #"{"id": ""#

    /// From `start` (past a string's opening quote) to the next quote; nil when there is none.
    @inline(__always)
    private static func value(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>?? {
        let end = ByteScan.quote(line, from: start)
        return end < line.count ? .some(start..<end) : nil
    }

    /// Whether the id's value is printable ASCII with no backslash (so no escape cut it
    /// short, and every report writes it as it stands); true when the line has no id.
    private static func isPlain(_ line: UnsafeBufferPointer<UInt8>, _ id: Range<Int>?) -> Bool {
        guard let id else { return true }
        for k in id where line[k] < 0x20 || line[k] >= 0x7F || line[k] == UInt8(ascii: "\\") { return false }
        return true
    }

    /// Whether the kept bytes are `line` less the range `id`.
    private func same(_ kept: Range<Int>, _ line: UnsafeBufferPointer<UInt8>, less id: Range<Int>?) -> Bool {
        let cut = id ?? line.count..<line.count
        guard kept.count == line.count - cut.count, let base = line.baseAddress else { return kept.isEmpty && line.isEmpty }
        return lines.withUnsafeBufferPointer { all in
            let k = all.baseAddress! + kept.lowerBound
            return memcmp(k, base, cut.lowerBound) == 0
                && memcmp(k + cut.lowerBound, base + cut.upperBound, line.count - cut.upperBound) == 0
        }
    }

    /// The line's bytes less `id`, eight at a time: each word folded in with one multiply
    /// (every bit of it reaches the bits above it), a part's last bytes as the word that
    /// ends it, then the whole mixed so that every bit reaches the slot's.
    private static func hash(_ line: UnsafeBufferPointer<UInt8>, less id: Range<Int>?) -> Int {
        guard let base = line.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let cut = id ?? line.count..<line.count
        var h = UInt64(truncatingIfNeeded: line.count &- cut.count) &* 0x9E37_79B9_7F4A_7C15
        @inline(__always) func mix(_ from: Int, _ to: Int) {
            var i = from
            while i &+ 16 <= to {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h = (h ^ raw.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                i &+= 16
            }
            if i &+ 8 <= to {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                i &+= 8
            }
            if i < to {
                // The part's last eight bytes, or all of a shorter part's.
                var last: UInt64 = 0
                if to &- from >= 8 {
                    last = raw.loadUnaligned(fromByteOffset: to &- 8, as: UInt64.self)
                } else {
                    for k in i..<to { last = last << 8 | UInt64(base[k]) }
                }
                h = (h ^ last) &* 0x94D0_49BB_1331_11EB
            }
            h = (h ^ UInt64(truncatingIfNeeded: to &- from)) &* 0x9E37_79B9_7F4A_7C15
        }
        mix(0, cut.lowerBound)
        mix(cut.upperBound, line.count)
        h = (h ^ (h >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        h = (h ^ (h >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return Int(truncatingIfNeeded: h ^ (h >> 33))
    }
}
