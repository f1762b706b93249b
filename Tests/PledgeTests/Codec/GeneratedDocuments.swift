@testable import Pledge

/// Random valid policy documents for round-trip tests: seeded, so a failure reproduces.
struct GeneratedDocuments {
    /// Strings that trip up YAML writers: look-alikes of other types, indicators, quotes,
    /// escapes, line breaks, spaces at the ends, non-printables, and text beyond the BMP.
    static let nasty = [
        "", " ", "yes", "No", "ON", "y", "1.0", "~", "null", "True", "0x1F", "0o17", "1e3", ".inf", "-.NaN", "+1", "12",
        "2011-08-19", "- x", "#x", "a #b", ": ", "a: b", "key:", "'quoted'", "\"double\"", "back\\slash", "tab\there",
        "line\nbreak", "cr\r\nlf", "trailing ", " leading", "unicode é 日本 🎉", "\u{0}", "nul\u{0}inside", "\u{7}bell",
        "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}nbsp", "\u{2028}", "\u{2029}", "\u{FEFF}bom", "\u{FFFE}", "[a, b]", "{a: b}",
        "&anchor", "*alias", "!tag", "%percent", "@at", "`tick", "|", ">", "?", "? x", "x,y", "---", "...", "=", "<<",
        "We will not share your data, except when subpoenaed.", "Confidentiality of Your Data", "user.contact.email",
    ]

    var rng: SeededGenerator
    let taxonomy = Taxonomy.standard

    init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    mutating func string() -> String {
        if rng.chance(0.7) { return rng.pick(Self.nasty) }
        // Random scalars from every plane, controls included.
        let count = Int.random(in: 0...12, using: &rng)
        var scalars = String.UnicodeScalarView()
        while scalars.count < count {
            let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x7FF, 0x800...0xFFFF, 0x10000...0x10FFFF]
            if let scalar = Unicode.Scalar(UInt32.random(in: rng.pick(ranges), using: &rng)) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    mutating func optionalString() -> String? { rng.chance(0.5) ? string() : nil }

    mutating func keys(_ dimension: Dimension, extra: [String] = []) -> [String] {
        let all = taxonomy[dimension].nodes.map(\.key) + extra
        return (0..<Int.random(in: 1...4, using: &rng)).map { _ in rng.pick(all) }
    }

    mutating func duration() -> ISODuration {
        let forms = ["P30D", "P1Y", "P6M", "PT12H", "P1Y6M", "P2W", "PT90M", "P0D", "P10Y2M3DT4H5M6S"]
        return ISODuration(rng.pick(forms))!
    }

    mutating func scope(terms: [String], purposes: [String]) -> Scope {
        var scope = Scope()
        for dimension in Dimension.scoped where rng.chance(0.5) {
            scope[dimension] = keys(dimension, extra: dimension == .data ? terms : dimension == .purpose ? purposes : [])
        }
        if rng.chance(0.3) { scope.retention = rng.chance(0.5) ? .atMost(duration()) : .longerThan(duration()) }
        return scope
    }

    mutating func provenance() -> Provenance {
        Provenance(section: optionalString(), line: Int.random(in: 1...100_000, using: &rng), text: string())
    }

    mutating func date() -> String {
        let year = String(Int.random(in: 1990...2030, using: &rng))
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: return year
        case 1: return year + "-0\(Int.random(in: 1...9, using: &rng))"
        default: return year + "-1\(Int.random(in: 0...2, using: &rng))-2\(Int.random(in: 0...8, using: &rng))"
        }
    }

    mutating func document() -> PolicyDocument {
        let hex = Array("0123456789abcdef")
        func review() -> RuleReview {
            RuleReview(status: rng.pick(RuleReview.Status.allCases), by: string() + "x",
                       date: "20\(Int.random(in: 10...99, using: &rng))-0\(Int.random(in: 1...9, using: &rng))-1\(Int.random(in: 0...9, using: &rng))",
                       note: optionalString())
        }
        let policy = PolicyMetadata(
            id: string() + "p", title: optionalString(), effective: rng.chance(0.5) ? date() : nil,
            archived: rng.chance(0.5) ? date() : nil, source: optionalString(),
            sourceSHA256: rng.chance(0.5) ? String((0..<64).map { _ in rng.pick(hex) }) : nil)
        var terms: [String: [String]] = [:]
        for i in 0..<Int.random(in: 0...3, using: &rng) {
            terms[rng.pick(["registration_data", "_t", "Term-\(i).x", "a"]) + "\(i)"] = keys(.data)
        }
        let termNames = Array(terms.keys)
        // Stated purposes and facts: a kind from the taxonomy or none, words of any sort.
        func stated(_ dimension: Dimension, _ names: [String]) -> [String: StatedTerm] {
            var stated: [String: StatedTerm] = [:]
            for (i, name) in names.prefix(Int.random(in: 0...2, using: &rng)).enumerated() {
                stated[name + "\(i)"] = StatedTerm(says: string() + "x", within: rng.chance(0.5) ? keys(dimension)[0] : nil)
            }
            return stated
        }
        let purposes = stated(.purpose, ["to_measure_traffic", "_p", "Stated-p.x"])
        let facts = stated(.context, ["if_you_enter_a_contest", "_f", "Stated-f.x"])
        let purposeNames = Array(purposes.keys), factNames = Array(facts.keys)
        let rules = (0..<Int.random(in: 0...6, using: &rng)).map { i in
            Rule(
                id: string() + "#\(i)", effect: rng.pick(Effect.allCases), scope: scope(terms: termNames, purposes: purposeNames),
                when: rng.chance(0.3) ? keys(.context, extra: factNames) : [],
                unless: (0..<Int.random(in: 0...2, using: &rng)).map { _ in
                    // An exception names what it lifts: a scope, facts, or both.
                    let carved = scope(terms: termNames, purposes: purposeNames)
                    return Exception(scope: carved, when: carved == Scope() || rng.chance(0.5) ? keys(.context, extra: factNames) : [],
                                     source: rng.chance(0.5) ? provenance() : nil)
                },
                obligations: (0..<Int.random(in: 0...2, using: &rng)).map { _ in string() },
                source: provenance(), review: rng.chance(0.3) ? review() : nil)
        }
        let unmapped = (0..<Int.random(in: 0...2, using: &rng)).map { _ in
            UnmappedSentence(section: optionalString(), line: Int.random(in: 1...500, using: &rng), text: string(), reason: string(),
                             review: rng.chance(0.3) ? review() : nil)
        }
        return PolicyDocument(policy: policy, terms: terms, purposes: purposes, facts: facts, rules: rules, unmapped: unmapped)
    }
}
