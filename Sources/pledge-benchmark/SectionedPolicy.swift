import Pledge

/// A policy of independent sections, each about one kind of data for one purpose, making
/// the promises real policies make: we collect it; we share it with third parties on your
/// consent; we never sell it, nor share it with advertisers; we keep it for at most a year;
/// we delete it once the account is cancelled; we use it unless you opt out; we give it to
/// the government only on legal process. Within a section some clauses conflict (the
/// advertiser and government prohibitions override part of the consent permission; the
/// deletion duty contradicts keeping, using and sharing), but sections cover disjoint
/// operations (a data leaf and a purpose leaf of their own), so the findings grow linearly
/// with the rules: the input on which `lint` must grow linearly.
enum SectionedPolicy {
    /// The clauses of one section.
    static let rulesPerSection = 8

    /// The first `count` rules of as many sections as they need.
    static func document(rules count: Int) -> PolicyDocument {
        let taxonomy = Taxonomy.standard
        func leaves(_ dimension: Pledge.Dimension) -> [String] {
            let tree = taxonomy[dimension]
            return tree.nodes.map(\.key).filter { tree.children(of: $0).isEmpty }
        }
        let data = leaves(.data), purposes = leaves(.purpose)
        let sections = (count + rulesPerSection - 1) / rulesPerSection
        precondition(sections <= data.count * purposes.count, "more sections than disjoint data and purpose leaves")
        var rules: [Rule] = []
        for k in 0..<sections {
            let d = [data[k % data.count]], p = [purposes[k / data.count]]
            let line = k * 10 + 1
            func rule(_ name: String, _ effect: Effect, _ scope: Scope, when: [String] = [], unless: [Exception] = [], _ offset: Int, _ text: String) -> Rule {
                Rule(id: "\(name)-\(k)", effect: effect, scope: scope, when: when, unless: unless,
                     source: Provenance(section: "Section \(k)", line: line + offset, text: text))
            }
            rules += [
                rule("collect", .allow, Scope(action: ["collect"], data: d, purpose: p), 0, "We collect this information for this purpose."),
                rule("share-on-consent", .allow, Scope(action: ["share"], data: d, purpose: p, recipient: ["third_party"]), when: ["consent"], 1,
                     "With your consent we share it with third parties."),
                rule("no-sale", .deny, Scope(action: ["sell"], data: d, purpose: p), 2, "We never sell it."),
                rule("no-advertisers", .deny, Scope(action: ["share"], data: d, purpose: p, recipient: ["advertiser"]), 3, "We do not share it with advertisers."),
                rule("keep", .allow, Scope(action: ["retain"], data: d, purpose: p, retention: .atMost(ISODuration("P365D")!)), 4, "We keep it for at most a year."),
                rule("delete-on-cancel", .require, Scope(action: ["delete"], data: d, purpose: p), when: ["account_cancelled"], 5,
                     "Once your account is cancelled we delete it."),
                rule("use-unless-opted-out", .allow, Scope(action: ["use"], data: d, purpose: p), unless: [Exception(when: ["opted_out"])], 6,
                     "We use it unless you opt out."),
                rule("government-on-legal-process", .deny, Scope(action: ["share"], data: d, purpose: p, recipient: ["government"]),
                     unless: [Exception(when: ["legal_process"])], 7, "We give it to the government only on legal process."),
            ]
        }
        return PolicyDocument(policy: PolicyMetadata(id: "sections-\(count)", title: "Sections", effective: "2026-01-01"), rules: Array(rules.prefix(count)))
    }
}
