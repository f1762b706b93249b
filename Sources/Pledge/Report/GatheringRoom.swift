/// Bytes gathered in a room, piece by piece, before they are appended to the output at
/// once: ``GatheredBytes`` (on the stack, its caller checks the length first) and
/// ``ResultRoom`` (a thread's room, each piece checked). What both write, written once.
protocol GatheringRoom {
    mutating func literal(_ text: StaticString)
    mutating func bytes(_ piece: UnsafeBufferPointer<UInt8>)
    /// The decimal digits of a number above zero, as ``JSONWriter/appendDecimal(_:to:)`` writes them.
    mutating func decimal(_ value: Int)
}
