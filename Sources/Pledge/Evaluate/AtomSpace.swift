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
