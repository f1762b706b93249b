/// The short pieces of a result's first line — its place, outcome and id — gathered on the
/// stack and appended to the output at once: an append to an array costs about a hundred
/// instructions however short, and this line was ten of them. Gathers only what fits in
/// ``capacity`` bytes; a caller checks first (``fits(_:)``) and writes longer text piece
/// by piece. Also the witness of an explanation and the terms of a `jsonl` result.
struct GatheredBytes: GatheringRoom {
    static let capacity = 512
    private let base: UnsafeMutablePointer<UInt8>
    private var count = 0

    private init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }

    /// Whether `count` bytes fit.
    static func fits(_ count: Int) -> Bool { count <= capacity }

    /// Lends `body` room for ``capacity`` bytes on the stack, then appends what it gathered to `out`.
    @inline(__always)
    static func gather(into out: inout [UInt8], _ body: (inout GatheredBytes) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { room in
            var gathered = GatheredBytes(room.baseAddress!)
            body(&gathered)
            out.append(contentsOf: UnsafeBufferPointer(start: room.baseAddress!, count: gathered.count))
        }
    }

    @inline(__always)
    mutating func literal(_ text: StaticString) {
        (base + count).initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
        count += text.utf8CodeUnitCount
    }

    @inline(__always)
    mutating func bytes(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let start = piece.baseAddress else { return }
        (base + count).initialize(from: start, count: piece.count)
        count += piece.count
    }

    @inline(__always)
    mutating func decimal(_ value: Int) {
        let digits = DecimalDigits.count(value)
        DecimalDigits.write(value, digits: digits, at: base + count)
        count += digits
    }
}
