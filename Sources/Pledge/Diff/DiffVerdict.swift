/// The overall comparison of two versions of a policy.
///
/// Outcomes are ordered by what they let the company do: deny < not_covered < allow (an
/// explicit prohibition binds; silence does not forbid; a permission permits). A region
/// allowed only because a duty requires it ranks with not_covered, and the duty, like an
/// allow's obligations, is a burden: losing a burden moves a region up (more permissive),
/// gaining one moves it down (less permissive), as does a change of rank. Where either
/// version denies, only the rank counts: under a deny the company may not act at all.
public enum DiffVerdict: String, Sendable, Hashable, CaseIterable {
    /// No region's decision changed.
    case equivalent
    /// Some region moved up and none moved down.
    case morePermissive = "more_permissive"
    /// Some region moved down and none moved up.
    case lessPermissive = "less_permissive"
    /// Some moved up and some moved down.
    case incomparable

    /// The verdict of the same diff read from the new version to the old.
    public var mirrored: DiffVerdict {
        switch self {
        case .morePermissive: return .lessPermissive
        case .lessPermissive: return .morePermissive
        default: return self
        }
    }

    init(up: Bool, down: Bool) {
        switch (up, down) {
        case (false, false): self = .equivalent
        case (true, false): self = .morePermissive
        case (false, true): self = .lessPermissive
        case (true, true): self = .incomparable
        }
    }
}
