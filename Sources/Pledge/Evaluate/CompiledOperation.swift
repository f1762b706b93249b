/// An operation resolved once against one ``Engine``: its keys are class ids, so
/// evaluating it costs no hashing and no allocation. Build it with ``Engine/compile(_:)``
/// when the same kind of operation is checked many times.
public struct CompiledOperation: Sendable {
    /// The operation it was compiled from.
    public let operation: Operation
    /// The classes of each dimension, in ``Dimension/scoped`` order, as ranges of `choices`.
    let choices: [ClassChoice]
    let ranges: [Range<Int>]
    let context: [Int32]
    let retention: Int64?
    /// The engine that compiled it: class ids mean nothing to any other.
    let stamp: CompilationStamp

    init(operation: Operation, choices: [ClassChoice], ranges: [Range<Int>], context: [Int32], stamp: CompilationStamp) {
        self.operation = operation
        self.choices = choices
        self.ranges = ranges
        self.context = context
        self.retention = operation.retention?.seconds
        self.stamp = stamp
    }

    /// Lends the operation's atom space to `body`.
    func withSpace<R>(_ body: (AtomSpace) -> R) -> R {
        choices.withUnsafeBufferPointer { store in
            context.withUnsafeBufferPointer { context in
                body(AtomSpace(
                    action: UnsafeBufferPointer(rebasing: store[ranges[0]]),
                    data: UnsafeBufferPointer(rebasing: store[ranges[1]]),
                    purpose: UnsafeBufferPointer(rebasing: store[ranges[2]]),
                    recipient: UnsafeBufferPointer(rebasing: store[ranges[3]]),
                    identifiability: UnsafeBufferPointer(rebasing: store[ranges[4]]),
                    context: context, retention: retention))
            }
        }
    }
}

/// The identity of one compiled engine.
final class CompilationStamp: Sendable {}
