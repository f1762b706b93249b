/// One policy's operation space cut into regions, each decided once by the engine.
struct PolicyRegions: Sendable {
    let partition: RegionPartition
    /// Indexed like `partition.regions`.
    let decisions: [Decision]

    /// nil when the policy needs more than ``RegionPartition/regionLimit`` regions.
    init?(_ policy: ResolvedPolicy, engine: Engine) {
        let partition = RegionPartition([policy], taxonomy: policy.taxonomy)
        if partition.exceeded { return nil }
        self.partition = partition
        decisions = partition.regions.map { region in
            engine.evaluate(atom: region.atom(in: policy.taxonomy), context: region.contextKeys(in: policy.taxonomy),
                            retention: region.retains ? region.retention : nil)
        }
    }
}
