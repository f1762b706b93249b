/// The overall comparison of two versions of a policy.
///
/// Outcomes are ordered by what they let the company do: deny < not_covered < allow (an
/// explicit prohibition binds; silence does not forbid; a permission permits). A change
/// moves a region up (more permissive) or down (less permissive); an allow that keeps its
/// outcome but loses obligations moves up, one that gains them moves down.
public enum Verdict: String, Sendable, Hashable, CaseIterable {
    /// No region's decision changed.
    case equivalent
    /// Some region moved up and none moved down.
    case morePermissive = "more_permissive"
    /// Some region moved down and none moved up.
    case lessPermissive = "less_permissive"
    /// Some moved up and some moved down.
    case incomparable

    /// The verdict of the same diff read from the new version to the old.
    public var mirrored: Verdict {
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

    /// Whether a change from `old` to `new` moves up, down, or both (obligations swapped).
    static func direction(old: Decision, new: Decision) -> (up: Bool, down: Bool) {
        func rank(_ o: Outcome) -> Int { o == .deny ? 0 : o == .notCovered ? 1 : 2 }
        if rank(old.outcome) != rank(new.outcome) { return (rank(new.outcome) > rank(old.outcome), rank(new.outcome) < rank(old.outcome)) }
        let before = Set(old.obligations), after = Set(new.obligations)
        return (!before.isSubset(of: after), !after.isSubset(of: before))
    }
}
