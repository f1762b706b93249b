/// Builders for the small policies that serve as the checks' examples (and tests).
package enum LintExample {
    package static func document(_ rules: [Rule], terms: [String: [String]] = [:], unmapped: [UnmappedSentence] = []) -> PolicyDocument {
        PolicyDocument(policy: PolicyMetadata(id: "example", source: "example.md"), terms: terms, rules: rules, unmapped: unmapped)
    }

    package static func rule(
        _ id: String, _ effect: Effect, _ scope: Scope, when: [String] = [], unless: [Exception] = [],
        line: Int = 1, text: String? = nil
    ) -> Rule {
        Rule(id: id, effect: effect, scope: scope, when: when, unless: unless,
             source: Provenance(section: "Example", line: line, text: text ?? "The clause of \(id)."))
    }
}
