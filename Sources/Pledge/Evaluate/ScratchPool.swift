import Synchronization

/// The working memory of ``LargeRuleTable`` evaluations, kept between calls. A wide
/// table's scratch is tens of kilobytes, more than is safe on the stack, and allocating
/// and freeing it for each decision cost a tenth of a decision at 10,000 rules. A call
/// takes a free buffer (or allocates one when every buffer is in use by another thread)
/// and gives it back; at most ``kept`` buffers wait between calls, the rest are freed.
/// A scratch small enough for the stack is taken there: no lock at all.
final class ScratchPool: Sendable {
    /// Buffers kept for the next calls: one per thread that evaluates at once, in practice.
    static let kept = 8
    /// The most bytes each part of a scratch may take on the stack (what the standard
    /// library's temporary allocation puts there without asking).
    static let stackBytes = 1_024

    /// One buffer: `wordCount` words and `liveCount` 32-bit word numbers. Only one caller
    /// holds a buffer at a time (the pool's lock hands it over), hence unchecked.
    private struct Buffer: @unchecked Sendable {
        var words: UnsafeMutablePointer<UInt64>
        var live: UnsafeMutablePointer<Int32>
    }

    let wordCount: Int
    let liveCount: Int
    private let free: Mutex<[Buffer]>

    init(wordCount: Int, liveCount: Int) {
        self.wordCount = wordCount
        self.liveCount = liveCount
        var buffers: [Buffer] = []
        buffers.reserveCapacity(Self.kept)
        free = Mutex(buffers)
    }

    deinit {
        free.withLock { buffers in
            for buffer in buffers { Self.release(buffer) }
        }
    }

    /// Lends a buffer to `body`: `wordCount` words and `liveCount` word numbers, holding
    /// whatever the last call left there.
    func withBuffer<R>(_ body: (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Int32>) -> R) -> R {
        if wordCount * 8 <= Self.stackBytes, liveCount * 4 <= Self.stackBytes {
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: wordCount) { words in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: liveCount) { live in body(words.baseAddress!, live.baseAddress!) }
            }
        }
        let buffer = free.withLock { $0.popLast() }
            ?? Buffer(words: .allocate(capacity: wordCount), live: .allocate(capacity: liveCount))
        defer {
            let spare = free.withLock { buffers -> Buffer? in
                guard buffers.count < Self.kept else { return buffer }
                buffers.append(buffer)
                return nil
            }
            if let spare { Self.release(spare) }
        }
        return body(buffer.words, buffer.live)
    }

    private static func release(_ buffer: Buffer) {
        buffer.words.deallocate()
        buffer.live.deallocate()
    }
}
