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

    private var slots = [Int32](repeating: -1, count: 2 * maxEntries)
    private var kept: [Kept] = []
    /// The kept lines less their ids' values, one after another.
    private var lines: [UInt8] = []
    private var bytes = 0

    /// Writes the result of a line like one kept, with this line's id and place, and gives
    /// its outcome; nil (nothing written) when none is kept.
    @inline(__always)
    func write(_ line: UnsafeBufferPointer<UInt8>, number: Int, file: String, _ reporter: any CheckStreamingReporter,
               into out: inout [UInt8]) -> Outcome? {
        guard !kept.isEmpty, let id = Self.idValue(line) else { return nil }
        let hash = Self.hash(line, less: id)
        var i = hash & (slots.count - 1)
        while slots[i] >= 0 {
            let k = Int(slots[i])
            if kept[k].hash == hash, kept[k].idAt == id?.lowerBound, same(kept[k].bytes, line, less: id) {
                let outcome = kept[k].outcome
                reporter.write(kept[k].terms, id: id.map { String(decoding: UnsafeBufferPointer(rebasing: line[$0]), as: UTF8.self) },
                               location: SourceLocation(file: file, line: number, column: kept[k].column), outcome: outcome,
                               shape: kept[k].shape, into: &out)
                return outcome
            }
            i = (i + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Keeps the result of a line the plain reader read as `operation`'s terms, its brace at
    /// `column`, found among the shapes already written (which hold no decision with
    /// errors). (``CheckStream`` keeps a line whose terms it met before: one not seen again
    /// costs nothing more.)
    func keep(_ line: UnsafeBufferPointer<UInt8>, _ operation: Operation, column: Int, _ result: CheckShapeCache.Shaped) {
        guard let id = Self.idValue(line) else { return }
        let shape = result.shape
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
                         column: column, outcome: result.outcome, shape: shape))
        bytes += size
    }

    /// The id's value: `.some(nil)` when the line has no `"id"` key, nil when its value is
    /// not printable ASCII free of quotes and backslashes (or not a string).
    private static func idValue(_ line: UnsafeBufferPointer<UInt8>) -> Range<Int>?? {
        guard let base = line.baseAddress else { return .some(nil) }
        let n = line.count
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
            let start = j + 1
            guard start <= n, let close = memchr(base + start, 0x22, n - start) else { return nil }
            let end = base.distance(to: close.assumingMemoryBound(to: UInt8.self))
            for k in start..<end where line[k] < 0x20 || line[k] >= 0x7F || line[k] == UInt8(ascii: "\\") { return nil }
            return .some(start..<end)
        }
        return .some(nil)
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

    /// The line's bytes less `id`, eight at a time.
    private static func hash(_ line: UnsafeBufferPointer<UInt8>, less id: Range<Int>?) -> Int {
        let cut = id ?? line.count..<line.count
        var h = UInt64(truncatingIfNeeded: line.count - cut.count) &* 0x9E37_79B9_7F4A_7C15
        func mix(_ part: Range<Int>) {
            guard let base = line.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var i = part.lowerBound
            while i + 8 <= part.upperBound {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 29
                i += 8
            }
            while i < part.upperBound {
                h = (h ^ UInt64(line[i])) &* 0x100_0000_01B3
                i += 1
            }
            h = (h ^ 0xFF) &* 0x94D0_49BB_1331_11EB
        }
        mix(0..<cut.lowerBound)
        mix(cut.upperBound..<line.count)
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
