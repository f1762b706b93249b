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
    /// Allowed by both, with different obligations attached.
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

    /// The kind of a change from `old` to `new`; nil when nothing changed.
    static func of(old: Decision, new: Decision) -> ChangeKind? {
        switch (old.outcome, new.outcome) {
        case (.deny, .allow): return .newlyAllowed
        case (.allow, .deny): return .newlyDenied
        case (.notCovered, .allow), (.notCovered, .deny): return .newlyCovered
        case (.allow, .notCovered), (.deny, .notCovered): return .noLongerCovered
        case (.allow, .allow): return Set(old.obligations) == Set(new.obligations) ? nil : .obligationsChanged
        default: return nil
        }
    }
}
