/// A bound on how long a `retain` operation keeps data, as part of a rule's scope.
/// An operation that names no duration keeps data indefinitely (fail closed).
public enum RetentionLimit: Sendable, Hashable {
    /// Matches operations that keep data at most this long (`max: P30D`).
    case atMost(ISODuration)
    /// Matches operations that keep data longer than this (`over: P30D`), or indefinitely.
    case longerThan(ISODuration)

    /// Whether an operation keeping data for `duration` (nil: indefinitely) falls within the bound.
    public func contains(_ duration: ISODuration?) -> Bool {
        switch self {
        case .atMost(let limit): return duration.map { $0.seconds <= limit.seconds } ?? false
        case .longerThan(let limit): return duration.map { $0.seconds > limit.seconds } ?? true
        }
    }

    /// The threshold this bound cuts the retention axis at.
    public var threshold: ISODuration {
        switch self {
        case .atMost(let d), .longerThan(let d): return d
        }
    }
}
