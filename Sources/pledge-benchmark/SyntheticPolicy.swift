import Pledge

/// Rule sets of any size shaped like extracted policies merged for a data platform: each
/// rule names one action, one or two data categories, often a recipient and a purpose,
/// spread over the whole taxonomy; some hold only under a fact, some have an exception.
enum SyntheticPolicy {
    static func document(rules count: Int) -> PolicyDocument {
        let taxonomy = Taxonomy.standard
        func pick(_ dimension: Pledge.Dimension, _ i: Int, _ salt: Int) -> String {
            let nodes = taxonomy[dimension].nodes
            return nodes[(i &* 7_919 &+ salt &* 104_729) % nodes.count].key
        }
        let rules = (0..<count).map { i in
            let scope = Scope(action: [pick(.action, i, 1)], data: i % 3 == 0 ? [pick(.data, i, 2), pick(.data, i, 3)] : [pick(.data, i, 2)],
                              purpose: i % 2 == 0 ? [pick(.purpose, i, 4)] : nil, recipient: i % 4 == 3 ? nil : [pick(.recipient, i, 5)])
            let exception = Exception(scope: Scope(recipient: [pick(.recipient, i, 6)]), when: [pick(.context, i, 7)])
            return Rule(id: "rule-\(i)", effect: Effect.allCases[i % 3], scope: scope,
                        when: i % 5 == 0 ? [pick(.context, i, 8)] : [], unless: i % 4 == 0 ? [exception] : [],
                        source: Provenance(section: "Section \(i / 10)", line: i + 1, text: "Clause \(i) of the merged policies."))
        }
        return PolicyDocument(policy: PolicyMetadata(id: "synthetic-\(count)", title: "Synthetic", effective: "2026-01-01"), rules: rules)
    }
}
