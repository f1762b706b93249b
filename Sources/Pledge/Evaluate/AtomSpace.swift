/// An operation resolved against the compiled rules: per dimension, the classes it
/// touches; the context facts that hold; how long it keeps data. Its atoms are every
/// combination of one class per dimension. The views borrow storage that lives only for
/// the call that made them.
struct AtomSpace {
    var action: UnsafeBufferPointer<ClassChoice>
    var data: UnsafeBufferPointer<ClassChoice>
    var purpose: UnsafeBufferPointer<ClassChoice>
    var recipient: UnsafeBufferPointer<ClassChoice>
    var identifiability: UnsafeBufferPointer<ClassChoice>
    /// Context node indices the operation names.
    var context: UnsafeBufferPointer<Int32>
    /// Seconds the data is kept; nil: indefinitely.
    var retention: Int64?
}

extension AtomSpace {
    /// The space whose classes per dimension are the given ranges of the index's store, its data classes given apart
    /// (one term's, or several merged).
    @inline(__always)
    init(_ store: UnsafeBufferPointer<ClassChoice>, action: Range<Int>, data: UnsafeBufferPointer<ClassChoice>, purpose: Range<Int>,
         recipient: Range<Int>, identifiability: Range<Int>, context: UnsafeMutableBufferPointer<Int32>, retention: Int64?) {
        self.init(action: UnsafeBufferPointer(rebasing: store[action]), data: data,
                  purpose: UnsafeBufferPointer(rebasing: store[purpose]),
                  recipient: UnsafeBufferPointer(rebasing: store[recipient]),
                  identifiability: UnsafeBufferPointer(rebasing: store[identifiability]),
                  context: UnsafeBufferPointer(context), retention: retention)
    }
}

/// A retention bound, reduced to what evaluation compares.
struct RetentionBound: Sendable {
    var atMost: Bool
    var seconds: Int64

    init(_ limit: RetentionLimit) {
        switch limit {
        case .atMost(let d): atMost = true; seconds = d.seconds
        case .longerThan(let d): atMost = false; seconds = d.seconds
        }
    }

    /// Same as ``RetentionLimit/contains(_:)``: an unstated duration is indefinitely.
    func contains(_ retention: Int64?) -> Bool {
        guard let retention else { return !atMost }
        return atMost ? retention <= seconds : retention > seconds
    }
}
