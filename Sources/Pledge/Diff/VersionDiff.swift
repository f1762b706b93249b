/// One region whose decision changed, with a concrete operation inside it.
public struct RegionChange: Sendable, Hashable {
    /// How the region's decision changed.
    public var kind: ChangeKind
    /// The old version's decision for the region (its deciding clauses included).
    public var old: Decision
    /// The new version's decision for the region.
    public var new: Decision
    /// An operation in the region, re-checked against both versions with ``Engine/evaluate(_:)``.
    public var witness: Operation
    /// False when no operation can name the region alone (e.g. `share` other than its
    /// sub-kinds, all of which are cut apart): the witness then also covers neighbouring
    /// regions, and the change shows at the atom ``witnessAtom``.
    public var exact: Bool
    /// The atom the witness stands for, where the change shows.
    public var witnessAtom: Atom
    /// The region, per scoped dimension: its coarsest nodes, with the nodes cut out of them.
    public var scope: [String]
}

/// Changed regions that share their kind and their old and new deciding clauses: one
/// readable item of the report, every witness kept.
public struct ChangeGroup: Sendable, Hashable {
    /// How the regions' decisions changed.
    public var kind: ChangeKind
    /// The regions' outcome in the old version.
    public var oldOutcome: Outcome
    /// The regions' outcome in the new version.
    public var newOutcome: Outcome
    /// The clauses that decided in the old version (empty when it was silent).
    public var oldClauses: [RuleReference]
    /// The clauses that decide in the new version (empty when it is silent).
    public var newClauses: [RuleReference]
    /// Every changed region of the group, each with its witness.
    public var changes: [RegionChange]
}

/// The exact semantic difference between two versions of a policy.
public struct VersionDiff: Sendable, Hashable {
    /// The old version's metadata.
    public var old: PolicyMetadata
    /// The new version's metadata.
    public var new: PolicyMetadata
    /// Equivalent, more or less permissive, or incomparable.
    public var verdict: DiffVerdict
    /// The changed regions in groups, what the company may newly do first.
    public var groups: [ChangeGroup]
    /// Rules of the new version with no rule of the same content in the old (ids, wording
    /// and lines do not count).
    public var added: [Rule]
    /// Rules of the old version with no rule of the same content in the new.
    public var removed: [Rule]
    /// Normative sentences neither version could model, matched by their words: the ones
    /// only the old version has, and only the new. The verdict cannot speak for them.
    public var unmappedRemoved: [UnmappedSentence]
    public var unmappedAdded: [UnmappedSentence]
    /// How many regions the operation space was cut into.
    public var regionCount: Int

    /// Every changed region, group by group.
    public var changes: [RegionChange] { groups.flatMap(\.changes) }
}
