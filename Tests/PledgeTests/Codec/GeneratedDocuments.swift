@testable import Pledge

/// Random valid policy documents for round-trip tests: seeded, so a failure reproduces.
struct GeneratedDocuments {
    /// SplitMix64: small, fast, and the same sequence on every platform.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

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

    var rng: Generator
    let taxonomy = Taxonomy.standard

    init(seed: UInt64) { rng = Generator(state: seed) }

    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    mutating func string() -> String {
        if chance(0.7) { return Self.nasty.randomElement(using: &rng)! }
        // Random scalars from every plane, controls included.
        let count = Int.random(in: 0...12, using: &rng)
        var scalars = String.UnicodeScalarView()
        while scalars.count < count {
            let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x7FF, 0x800...0xFFFF, 0x10000...0x10FFFF]
            if let scalar = Unicode.Scalar(UInt32.random(in: ranges.randomElement(using: &rng)!, using: &rng)) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    mutating func optionalString() -> String? { chance(0.5) ? string() : nil }

    mutating func keys(_ dimension: Dimension, extra: [String] = []) -> [String] {
        let all = taxonomy[dimension].nodes.map(\.key) + extra
        return (0..<Int.random(in: 1...4, using: &rng)).map { _ in all.randomElement(using: &rng)! }
    }

    mutating func duration() -> ISODuration {
        let forms = ["P30D", "P1Y", "P6M", "PT12H", "P1Y6M", "P2W", "PT90M", "P0D", "P10Y2M3DT4H5M6S"]
        return ISODuration(forms.randomElement(using: &rng)!)!
    }

    mutating func scope(terms: [String]) -> Scope {
        var scope = Scope()
        for dimension in Dimension.scoped where chance(0.5) {
            scope[dimension] = keys(dimension, extra: dimension == .data ? terms : [])
        }
        if chance(0.3) { scope.retention = chance(0.5) ? .atMost(duration()) : .longerThan(duration()) }
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
        let policy = PolicyMetadata(
            id: string() + "p", title: optionalString(), effective: chance(0.5) ? date() : nil,
            archived: chance(0.5) ? date() : nil, source: optionalString(),
            sourceSHA256: chance(0.5) ? String((0..<64).map { _ in hex.randomElement(using: &rng)! }) : nil)
        var terms: [String: [String]] = [:]
        for i in 0..<Int.random(in: 0...3, using: &rng) {
            terms[["registration_data", "_t", "Term-\(i).x", "a"].randomElement(using: &rng)! + "\(i)"] = keys(.data)
        }
        let termNames = Array(terms.keys)
        let rules = (0..<Int.random(in: 0...6, using: &rng)).map { i in
            Rule(
                id: string() + "#\(i)", effect: Effect.allCases.randomElement(using: &rng)!, scope: scope(terms: termNames),
                when: chance(0.3) ? keys(.context) : [],
                unless: (0..<Int.random(in: 0...2, using: &rng)).map { _ in
                    Exception(scope: scope(terms: termNames), when: chance(0.5) ? keys(.context) : [],
                              source: chance(0.5) ? provenance() : nil)
                },
                obligations: (0..<Int.random(in: 0...2, using: &rng)).map { _ in string() },
                source: provenance())
        }
        let unmapped = (0..<Int.random(in: 0...2, using: &rng)).map { _ in
            UnmappedSentence(section: optionalString(), line: Int.random(in: 1...500, using: &rng), text: string(), reason: string())
        }
        return PolicyDocument(policy: policy, terms: terms, rules: rules, unmapped: unmapped)
    }
}
