/// One region whose decision changed, with a concrete operation inside it.
public struct RegionChange: Sendable, Hashable {
    public var kind: ChangeKind
    /// The old version's decision for the region (its deciding clauses included).
    public var old: Decision
    public var new: Decision
    /// An operation in the region, re-checked against both versions with ``Engine/evaluate(_:)``.
    public var witness: Operation
    /// False when no operation can name the region alone (e.g. `share` other than its
    /// sub-kinds, all of which are cut apart): the witness then also covers neighbouring
    /// regions, and the change shows at the atom ``witnessAtom``.
    public var exact: Bool
    public var witnessAtom: Atom
    /// The region, per scoped dimension: its coarsest nodes, with the nodes cut out of them.
    public var scope: [String]
}

/// Changed regions that share their kind and their old and new deciding clauses: one
/// readable item of the report, every witness kept.
public struct ChangeGroup: Sendable, Hashable {
    public var kind: ChangeKind
    public var oldOutcome: Outcome
    public var newOutcome: Outcome
    /// The clauses that decided in the old version (empty when it was silent).
    public var oldClauses: [RuleReference]
    public var newClauses: [RuleReference]
    public var changes: [RegionChange]
}

/// The exact semantic difference between two versions of a policy.
public struct VersionDiff: Sendable, Hashable {
    public var old: PolicyMetadata
    public var new: PolicyMetadata
    public var verdict: DiffVerdict
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
