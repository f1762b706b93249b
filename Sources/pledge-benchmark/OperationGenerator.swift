import Pledge

/// Varied operations for the benchmark, drawn from the whole taxonomy with a seeded
/// generator: mostly specific nodes (as services declare them), some broad ones, some
/// with omitted fields, context facts and durations.
struct OperationGenerator {
    private var state: UInt64
    let taxonomy: Taxonomy
    let terms: [String]
    let durations = ["P1D", "P30D", "P1Y", "P5Y"].compactMap(ISODuration.init)

    init(seed: UInt64, taxonomy: Taxonomy, terms: [String]) {
        state = seed
        self.taxonomy = taxonomy
        self.terms = terms
    }

    private mutating func random(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    private mutating func key(_ dimension: Dimension) -> String {
        let nodes = taxonomy[dimension].nodes
        return nodes[random(nodes.count)].key
    }

    mutating func next() -> Operation {
        var data = [key(.data)]
        if random(10) == 0 { data.append(key(.data)) }
        if !terms.isEmpty, random(20) == 0 { data = [terms[random(terms.count)]] }
        let action = key(.action)
        return Operation(
            action: action, data: data,
            recipient: random(4) == 0 ? nil : key(.recipient),
            purpose: random(5) == 0 ? nil : key(.purpose),
            identifiability: random(2) == 0 ? nil : key(.identifiability),
            context: (0..<random(3)).map { _ in key(.context) },
            retention: action == "retain" && random(4) != 0 ? durations[random(durations.count)] : nil)
    }
}
