/// A thread's room for one whole `jsonl` result, written piece by piece and appended to the
/// output at once: an append to an array costs about a hundred instructions however short,
/// and a result was a dozen of them. Each piece is checked for room as it is written (the
/// result's length is not worked out first); a result that did not fit is ``overflowed``
/// and written piece by piece into the output instead. Owned by ``CheckShapeCache``, one
/// thread at a time.
struct ResultRoom: GatheringRoom {
    /// Room for a result with a few rules quoted in full; a longer one is written piece by piece.
    static let capacity = 16_384
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// The bytes written so far.
    private(set) var count = 0
    /// Some piece did not fit: what was written is not the whole result.
    private(set) var overflowed = false

    init(_ room: UnsafeMutableBufferPointer<UInt8>) {
        base = room.baseAddress!
        capacity = room.count
    }

    /// The bytes written.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    mutating func literal(_ text: StaticString) {
        let n = text.utf8CodeUnitCount
        guard count &+ n <= capacity else { return overflow() }
        (base + count).initialize(from: text.utf8Start, count: n)
        count &+= n
    }

    @inline(__always)
    mutating func bytes(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let start = piece.baseAddress else { return }
        guard count &+ piece.count <= capacity else { return overflow() }
        (base + count).initialize(from: start, count: piece.count)
        count &+= piece.count
    }

    @inline(__always)
    mutating func bytes(_ piece: [UInt8]) {
        piece.withUnsafeBufferPointer { bytes($0) }
    }

    mutating func decimal(_ value: Int) {
        let digits = DecimalDigits.count(value)
        guard count &+ digits <= capacity else { return overflow() }
        DecimalDigits.write(value, digits: digits, at: base + count)
        count &+= digits
    }

    /// Marks the result as not whole; nothing more is written.
    private mutating func overflow() {
        overflowed = true
        count = capacity
    }
}
