/// Two versions' decisions, region by region as the partition cuts them: every region's
/// outcomes (a byte each), and the whole decisions and the region only where they changed.
struct RegionComparison: RegionVisitor {
    let engines: (old: Engine, new: Engine)
    /// The contents of each version's duties, by rule id.
    let duties: (old: [String: ClauseContent], new: [String: ClauseContent])
    let taxonomy: Taxonomy
    /// Per region, in the order cut: its outcome in each version.
    private(set) var outcomes: (old: [Outcome], new: [Outcome]) = ([], [])
    /// The regions whose decision changed, with both decisions and statuses.
    private(set) var changed: [(index: Int, region: Region, kind: ChangeKind, before: Decision, after: Decision, statuses: (RegionStatus, RegionStatus))] = []
    /// Whether some region moved up (the company may do more), and whether some moved down.
    private(set) var up = false, down = false

    init(engines: (old: Engine, new: Engine), duties: (old: [String: ClauseContent], new: [String: ClauseContent]), taxonomy: Taxonomy) {
        self.engines = engines
        self.duties = duties
        self.taxonomy = taxonomy
    }

    mutating func visit(_ region: Region, index: Int) {
        func decide(_ engine: Engine) -> Decision {
            engine.evaluate(atom: region.atom(in: taxonomy), context: region.contextKeys(in: taxonomy), retention: region.retains ? region.retention : nil)
        }
        let before = decide(engines.old), after = decide(engines.new)
        outcomes.old.append(before.outcome)
        outcomes.new.append(after.outcome)
        let was = RegionStatus(before, duties: duties.old), now = RegionStatus(after, duties: duties.new)
        guard let kind = was.change(to: now) else { return }
        let direction = was.direction(to: now)
        up = up || direction.up
        down = down || direction.down
        changed.append((index, region, kind, before, after, (was, now)))
    }
}
