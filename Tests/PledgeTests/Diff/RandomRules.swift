@testable import Pledge

/// Random policies over a small slice of the vocabulary, with interior nodes, terms,
/// conditions, exceptions, duties and retention bounds, so that rules overlap often.
struct RandomRules {
    static let keys: [Dimension: [String]] = [
        .action: ["disclose", "share", "sell", "retain", "delete", "use", "email"],
        .data: ["user", "user.contact", "user.contact.email", "user.financial.credit_card", "user.device", "terms"],
        .purpose: ["marketing", "marketing.advertising", "essential.service", "analytics"],
        .recipient: ["third_party", "advertiser", "government", "first_party", "data_subject"],
        .identifiability: ["identified", "aggregated"],
        .context: ["consent", "legal_process", "subpoena", "account_cancelled"],
    ]
    static let durations = ["P30D", "P1Y"].compactMap(ISODuration.init)

    var random: SeededGenerator

    mutating func chance(_ percent: Int) -> Bool { random.chance(Double(percent) / 100) }

    mutating func keys(_ dimension: Dimension, _ percentAny: Int = 40) -> [String]? {
        if chance(percentAny) { return nil }
        let all = Self.keys[dimension] ?? []
        return Array(Set((0..<Int.random(in: 1...2, using: &random)).map { _ in random.pick(all) })).sorted()
    }

    mutating func scope() -> Scope {
        var s = Scope(action: keys(.action, 10), data: keys(.data), purpose: keys(.purpose, 60),
                      recipient: keys(.recipient), identifiability: keys(.identifiability, 70))
        if chance(20) { s.retention = chance(50) ? .atMost(random.pick(Self.durations)) : .longerThan(random.pick(Self.durations)) }
        return s
    }

    mutating func facts() -> [String] { chance(70) ? [] : [random.pick(Self.keys[.context] ?? [])] }

    mutating func rule(_ id: String, effect: Effect? = nil, exceptions: Bool = true) -> Rule {
        let effect = effect ?? (chance(15) ? .require : chance(50) ? .allow : .deny)
        let unless = exceptions && chance(30) ? [Exception(scope: scope(), when: facts())] : []
        let obligations = effect == .allow && chance(15) ? ["offer an opt-out"] : []
        return Rule(id: id, effect: effect, scope: scope(), when: facts(), unless: unless, obligations: obligations,
                    source: Provenance(line: Int.random(in: 1...50, using: &random), text: "Clause \(id)."))
    }

    mutating func document(rules count: Int) -> PolicyDocument {
        PolicyDocument(policy: PolicyMetadata(id: "random", source: "random.md"),
                       terms: ["terms": ["user.name", "user.contact.email"]],
                       rules: (0..<count).map { rule("r\($0)") })
    }

    /// A random atom of the whole vocabulary, with random facts and, for an act of keeping (the only one an operation
    /// may give a retention), a random retention.
    mutating func probe(_ taxonomy: Taxonomy) -> (atom: Atom, context: [String], retention: ISODuration?) {
        let keys = Dimension.scoped.map { random.pick(taxonomy[$0].nodes).key }
        let context = Array(Set((0..<Int.random(in: 0...2, using: &random)).map { _ in random.pick(taxonomy[.context].nodes).key }))
        let drawn = random.pick([nil] + ["P1D", "P30D", "P60D", "P1Y", "P2Y"].map(ISODuration.init))
        let retention = taxonomy[.action].covers("retain", keys[0]) ? drawn : nil
        return (Atom(scopedKeys: keys), context, retention)
    }
}
