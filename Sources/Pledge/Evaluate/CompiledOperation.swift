/// An operation resolved once against one ``Engine``: its keys are class ids, so
/// evaluating it costs no hashing and no allocation. Build it with ``Engine/compile(_:)``
/// when the same kind of operation is checked many times. Copying it costs one retain.
public struct CompiledOperation: Sendable {
    /// Immutable, shared by copies.
    final class Storage: Sendable {
        let operation: Operation
        /// The classes of each dimension, in ``Dimension/scoped`` order, as ranges of `choices`.
        let choices: [ClassChoice]
        let ranges: [Range<Int>]
        let context: [Int32]
        let retention: Int64?
        /// The engine that compiled it: class ids mean nothing to any other.
        let stamp: CompilationStamp
        /// How the engine's wide table gathers its candidates (``CompiledRules/plan(_:)``),
        /// and its pairs' entries ORed (``LargeRuleTable/pairSeed(_:_:)``; empty when none).
        let plan: CandidatePlan?
        let seedWords: [Int32]
        let seedValues: [UInt64]

        init(operation: Operation, choices: [ClassChoice], ranges: [Range<Int>], context: [Int32], stamp: CompilationStamp,
             plan: CandidatePlan?, seed: (words: [Int32], values: [UInt64])) {
            self.operation = operation
            self.choices = choices
            self.ranges = ranges
            self.context = context
            self.retention = operation.retention?.seconds
            self.stamp = stamp
            self.plan = plan
            (seedWords, seedValues) = seed
        }
    }

    let storage: Storage

    init(operation: Operation, choices: [ClassChoice], ranges: [Range<Int>], context: [Int32], stamp: CompilationStamp,
         plan: CandidatePlan? = nil, seed: (words: [Int32], values: [UInt64]) = ([], [])) {
        storage = Storage(operation: operation, choices: choices, ranges: ranges, context: context, stamp: stamp, plan: plan, seed: seed)
    }

    /// The operation it was compiled from.
    public var operation: Operation { storage.operation }

    func isCompiled(by stamp: CompilationStamp) -> Bool { storage.stamp === stamp }

    /// Lends the operation's atom space to `body`, with how the engine that compiled it
    /// gathers its candidates (nil when its table needs no plan) and its pairs' entries
    /// ORed (nil when it keeps none).
    @inline(__always)
    func withSpace<R>(_ body: (AtomSpace, CandidatePlan?, PairSeed?) -> R) -> R {
        let s = storage
        return s.choices.withUnsafeBufferPointer { store in
            s.context.withUnsafeBufferPointer { context in
                let space = AtomSpace(
                    action: UnsafeBufferPointer(rebasing: store[s.ranges[0]]),
                    data: UnsafeBufferPointer(rebasing: store[s.ranges[1]]),
                    purpose: UnsafeBufferPointer(rebasing: store[s.ranges[2]]),
                    recipient: UnsafeBufferPointer(rebasing: store[s.ranges[3]]),
                    identifiability: UnsafeBufferPointer(rebasing: store[s.ranges[4]]),
                    context: context, retention: s.retention)
                if s.seedWords.isEmpty { return body(space, s.plan, nil) }
                return s.seedWords.withUnsafeBufferPointer { words in
                    s.seedValues.withUnsafeBufferPointer { values in body(space, s.plan, PairSeed(words: words, values: values)) }
                }
            }
        }
    }
}

/// The identity of one compiled engine.
final class CompilationStamp: Sendable {}
