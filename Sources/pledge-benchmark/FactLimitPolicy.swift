import Pledge

/// A policy whose conditions cut the operation space into as many regions as the partition
/// allows: a rule per top-level context fact (each of the 4,096 combinations of the 12
/// facts is a region of its own) and a rule per retention limit (each limit adds a
/// retention span under every combination), and its next version with the longest limit's
/// effect changed. 233,473 regions at 56 limits and 811,009 at 197, under the limit of 1,000,000.
enum FactLimitPolicy {
    static func pair(limits n: Int) -> (old: PolicyDocument, new: PolicyDocument) {
        let facts = Taxonomy.standard[.context].nodes.filter { $0.parent == nil }.map(\.key)
        let byFact = facts.enumerated().map { i, fact in
            Rule(id: "f\(i)", effect: i % 2 == 0 ? .allow : .deny, scope: Scope(action: ["retain"]), when: [fact],
                 source: Provenance(line: i + 1, text: "Fact \(i)."))
        }
        let byLimit = (0..<n).map { k in
            Rule(id: "k\(k)", effect: k % 2 == 0 ? .allow : .deny, scope: Scope(action: ["retain"], retention: .atMost(ISODuration("P\(k + 1)D")!)),
                 source: Provenance(line: facts.count + k + 1, text: "Limit \(k)."))
        }
        let old = PolicyDocument(policy: PolicyMetadata(id: "limits"), rules: byFact + byLimit)
        var new = old
        new.rules[new.rules.count - 1].effect = n % 2 == 0 ? .allow : .deny
        return (old, new)
    }
}

extension FactLimitPolicy {
    /// The 12 fact rules again, and one retention limit per data category (a data leaf of
    /// its own, alternately allowed and denied): each limit adds two retention spans under
    /// every combination of the facts, 8,192 regions, so 96 limits come to 790,529
    /// regions, near the limit. A region is decided by at most 13 rules (the facts that
    /// hold and one limit), so linting grows with the regions, not with their square.
    static func dataLimits(_ n: Int) -> PolicyDocument {
        let taxonomy = Taxonomy.standard
        let facts = taxonomy[.context].nodes.filter { $0.parent == nil }.map(\.key)
        let data = taxonomy[.data].nodes.map(\.key).filter { taxonomy[.data].children(of: $0).isEmpty }
        let byFact = facts.enumerated().map { i, fact in
            Rule(id: "f\(i)", effect: i % 2 == 0 ? .allow : .deny, scope: Scope(action: ["retain"]), when: [fact],
                 source: Provenance(line: i + 1, text: "Fact \(i)."))
        }
        let byData = (0..<n).map { k in
            Rule(id: "d\(k)", effect: k % 2 == 0 ? .allow : .deny,
                 scope: Scope(action: ["retain"], data: [data[k % data.count]], retention: .atMost(ISODuration("P\(k + 1)D")!)),
                 source: Provenance(line: facts.count + k + 1, text: "Limit \(k)."))
        }
        return PolicyDocument(policy: PolicyMetadata(id: "data-limits"), rules: byFact + byData)
    }
}
