/// How the answer for one region of the operation space changed between two versions.
public enum ChangeKind: String, Sendable, Hashable, CaseIterable {
    /// Denied before, allowed now.
    case newlyAllowed = "newly_allowed"
    /// Allowed before, denied now.
    case newlyDenied = "newly_denied"
    /// The old version was silent; the new one allows or denies.
    case newlyCovered = "newly_covered"
    /// The old version allowed or denied; the new one is silent.
    case noLongerCovered = "no_longer_covered"
    /// Allowed by both, with different obligations or duties attached.
    case obligationsChanged = "obligations_changed"

    /// The kind of the same change read from the new version to the old.
    public var mirrored: ChangeKind {
        switch self {
        case .newlyAllowed: return .newlyDenied
        case .newlyDenied: return .newlyAllowed
        case .newlyCovered: return .noLongerCovered
        case .noLongerCovered: return .newlyCovered
        case .obligationsChanged: return .obligationsChanged
        }
    }
}
