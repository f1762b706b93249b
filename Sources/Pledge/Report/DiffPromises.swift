/// The changed promises of a diff, weightiest first: the clauses dropped and added, a
/// dropped clause and an added one of like wording matched as one reworded clause, and
/// every changed region listed under the one promise whose clause decides it (and counted
/// for every promise whose clause takes part in its decision).
struct DiffPromises: Sendable {
    /// Every promise, ordered by ``PromiseChange/Weight``, then by how many regions it moves.
    let promises: [PromiseChange]
    /// The clauses that decide some changed region without being a changed promise's own
    /// (unchanged clauses), each once, in the order the promises name them.
    let citedOld: [RuleReference]
    let citedNew: [RuleReference]

    private let numbers: [Int: Int]

    /// The promise's number in the reports (its 1-based place in ``promises``), from its ``PromiseChange/id``.
    func number(_ id: Int) -> Int { numbers[id] ?? 0 }

    /// How alike (``WordDiff/likeness(_:_:)``) a dropped and an added clause must be to be
    /// read as one clause reworded.
    static let rewordedLikeness = 0.5

    init(_ diff: VersionDiff) {
        let dropped = Self.clauses(diff.removed), added = Self.clauses(diff.added)
        var promises: [PromiseChange] = []
        var pairedOld = Set<Int>(), pairedNew = Set<Int>()
        for (i, j) in Self.rewordings(dropped, added) {
            promises.append(PromiseChange(id: promises.count, form: .reworded, old: dropped[i], new: added[j]))
            pairedOld.insert(i)
            pairedNew.insert(j)
        }
        for (i, c) in dropped.enumerated() where !pairedOld.contains(i) { promises.append(PromiseChange(id: promises.count, form: .dropped, old: c, new: nil)) }
        for (j, c) in added.enumerated() where !pairedNew.contains(j) { promises.append(PromiseChange(id: promises.count, form: .added, old: nil, new: c)) }

        var byOldRule: [String: Int] = [:], byNewRule: [String: Int] = [:]
        for (p, promise) in promises.enumerated() {
            for r in promise.old?.rules ?? [] { byOldRule[r.id] = p }
            for r in promise.new?.rules ?? [] { byNewRule[r.id] = p }
        }
        // A region goes to a changed clause that decides it: a prohibition first (a deny
        // dropped is why a region became allowed, a deny added why it is forbidden), else
        // the clause that now decides, else the one that did. Where unchanged clauses
        // decide differently, it goes to their pair.
        var byPair: [[String]: Int] = [:]
        for group in diff.groups {
            let newSide = group.newClauses.lazy.compactMap { byNewRule[$0.ruleID] }.first
            let oldSide = group.oldClauses.lazy.compactMap { byOldRule[$0.ruleID] }.first
            if let p = group.oldOutcome == .deny && group.newOutcome != .deny ? oldSide ?? newSide : newSide ?? oldSide {
                promises[p].add(group)
                let involved = group.oldClauses.compactMap { byOldRule[$0.ruleID] } + group.newClauses.compactMap { byNewRule[$0.ruleID] }
                var seen: Set = [p]
                for q in involved where seen.insert(q).inserted { promises[q].share(group, listedUnder: p) }
                continue
            }
            let pair = group.oldClauses.map(\.ruleID) + ["→"] + group.newClauses.map(\.ruleID)
            if byPair[pair] == nil {
                byPair[pair] = promises.count
                promises.append(PromiseChange(id: promises.count, form: .redecided, old: nil, new: nil))
            }
            promises[byPair[pair] ?? 0].add(group)
        }
        let sorted = promises.enumerated().sorted { a, b in
            (a.element.weight, -a.element.regionCount, a.offset) < (b.element.weight, -b.element.regionCount, b.offset)
        }.map(\.element)
        self.promises = sorted
        numbers = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1.id, $0 + 1) })
        func cited(_ side: (ClausePair) -> [RuleReference], own: [String: Int]) -> [RuleReference] {
            var seen = Set<String>()
            return sorted.flatMap { $0.pairs.flatMap(side) }.filter { own[$0.ruleID] == nil && seen.insert($0.ruleID).inserted }
        }
        citedOld = cited({ ($0.old.map { [$0] } ?? []) + $0.alsoOld }, own: byOldRule)
        citedNew = cited({ ($0.new.map { [$0] } ?? []) + $0.alsoNew }, own: byNewRule)
    }

    /// Rules in clauses: the rules read from one sentence (same line and text) together, in order.
    static func clauses(_ rules: [Rule]) -> [PolicyClause] {
        var clauses: [PolicyClause] = []
        var index: [Provenance: Int] = [:]
        for rule in rules {
            let key = Provenance(line: rule.source.line, text: rule.source.text)
            if let i = index[key] {
                clauses[i].rules.append(rule)
            } else {
                index[key] = clauses.count
                clauses.append(PolicyClause(source: rule.source, rules: [rule]))
            }
        }
        return clauses
    }

    /// Dropped and added clauses read as one reworded: of like wording and sharing an
    /// effect, matched best first, each at most once.
    static func rewordings(_ dropped: [PolicyClause], _ added: [PolicyClause]) -> [(Int, Int)] {
        var candidates: [(score: Double, old: Int, new: Int)] = []
        for (i, a) in dropped.enumerated() {
            let effects = Set(a.rules.map(\.effect))
            for (j, b) in added.enumerated() where !effects.isDisjoint(with: b.rules.map(\.effect)) {
                let score = WordDiff.likeness(a.source.text, b.source.text)
                if score >= rewordedLikeness { candidates.append((score, i, j)) }
            }
        }
        candidates.sort { ($0.score, -$0.old, -$0.new) > ($1.score, -$1.old, -$1.new) }
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        var pairs: [(Int, Int)] = []
        for c in candidates where !usedOld.contains(c.old) && !usedNew.contains(c.new) {
            usedOld.insert(c.old)
            usedNew.insert(c.new)
            pairs.append((c.old, c.new))
        }
        return pairs.sorted { $0.0 < $1.0 }
    }
}
