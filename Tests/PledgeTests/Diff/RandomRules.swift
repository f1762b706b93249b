@testable import Pledge

/// A seeded generator (SplitMix64): the same seed gives the same policies on every run.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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

    var random: SeededRandom

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    mutating func keys(_ dimension: Dimension, _ percentAny: UInt64 = 40) -> [String]? {
        if chance(percentAny) { return nil }
        let all = Self.keys[dimension] ?? []
        return Array(Set((0..<(1 + Int(random.next() % 2))).map { _ in pick(all) })).sorted()
    }

    mutating func scope() -> Scope {
        var s = Scope(action: keys(.action, 10), data: keys(.data), purpose: keys(.purpose, 60),
                      recipient: keys(.recipient), identifiability: keys(.identifiability, 70))
        if chance(20) { s.retention = chance(50) ? .atMost(pick(Self.durations)) : .longerThan(pick(Self.durations)) }
        return s
    }

    mutating func facts() -> [String] { chance(70) ? [] : [pick(Self.keys[.context] ?? [])] }

    mutating func rule(_ id: String, effect: Effect? = nil, exceptions: Bool = true) -> Rule {
        let effect = effect ?? (chance(15) ? .require : chance(50) ? .allow : .deny)
        let unless = exceptions && chance(30) ? [Exception(scope: scope(), when: facts())] : []
        let obligations = effect == .allow && chance(15) ? ["offer an opt-out"] : []
        return Rule(id: id, effect: effect, scope: scope(), when: facts(), unless: unless, obligations: obligations,
                    source: Provenance(line: Int(random.next() % 50) + 1, text: "Clause \(id)."))
    }

    mutating func document(rules count: Int) -> PolicyDocument {
        PolicyDocument(policy: PolicyMetadata(id: "random", source: "random.md"),
                       terms: ["terms": ["user.name", "user.contact.email"]],
                       rules: (0..<count).map { rule("r\($0)") })
    }

    /// A random atom of the whole vocabulary, with random facts and retention.
    mutating func probe(_ taxonomy: Taxonomy) -> (atom: Atom, context: [String], retention: ISODuration?) {
        let keys = Dimension.scoped.map { pick(taxonomy[$0].nodes).key }
        let context = Array(Set((0..<Int(random.next() % 3)).map { _ in pick(taxonomy[.context].nodes).key }))
        let retention = pick([nil] + ["P1D", "P30D", "P60D", "P1Y", "P2Y"].map(ISODuration.init))
        return (Atom(action: keys[0], data: keys[1], purpose: keys[2], recipient: keys[3], identifiability: keys[4]), context, retention)
    }
}
