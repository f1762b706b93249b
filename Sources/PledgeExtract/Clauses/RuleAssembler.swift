import Pledge

/// Turns statements into rules: one rule per alternative condition, contact actions
/// (whose recipient is the reader) apart from the others, exact duplicates dropped, and
/// readable ids that are deterministic and unique (`deny-share-user-third-party`, `-2` on a clash).
struct RuleAssembler {
    let taxonomy: Taxonomy

    func rules(from statements: [Statement]) -> [Rule] {
        var rules: [Rule] = []
        var used: [String: Int] = [:]
        for statement in statements.flatMap(expand) {
            let scope = Scope(
                action: statement.actions,
                data: statement.data,
                purpose: statement.purposes.isEmpty ? nil : statement.purposes,
                recipient: statement.recipients.isEmpty ? nil : statement.recipients,
                identifiability: statement.identifiability.isEmpty ? nil : statement.identifiability,
                retention: statement.retention)
            let duplicate = rules.contains {
                $0.effect == statement.effect && $0.scope == scope && $0.when == statement.when
                    && $0.unless == statement.unless && $0.obligations == statement.obligations
            }
            if duplicate { continue }
            let base = identifier(statement)
            let count = (used[base] ?? 0) + 1
            used[base] = count
            rules.append(Rule(id: count == 1 ? base : "\(base)-\(count)", effect: statement.effect, scope: scope,
                              when: statement.when, unless: statement.unless, obligations: statement.obligations,
                              source: statement.provenance))
        }
        return rules
    }

    /// One statement per alternative fact, and contact actions split from the rest when
    /// the reader is their recipient.
    private func expand(_ statement: Statement) -> [Statement] {
        var pieces = [statement]
        let contact = statement.actions.filter { taxonomy[.action].covers("contact", $0) }
        if !contact.isEmpty, contact.count < statement.actions.count, statement.recipients.isEmpty {
            var others = statement
            others.actions = statement.actions.filter { !contact.contains($0) }
            var reaching = statement
            reaching.actions = contact
            reaching.recipients = ["data_subject"]
            pieces = [others, reaching]
        }
        guard !statement.alternatives.isEmpty else { return pieces }
        return pieces.flatMap { piece in
            statement.alternatives.map { fact in
                var copy = piece
                copy.alternatives = []
                if !copy.when.contains(fact) { copy.when.append(fact) }
                return copy
            }
        }
    }

    /// `<effect>-<actions>-<data>[-<recipient>][-if-<fact>]`, from the leaves' last names.
    private func identifier(_ s: Statement) -> String {
        func leaf(_ key: String) -> String { String(key.split(separator: ".").last ?? Substring(key)) }
        var parts = [s.effect.rawValue]
        parts.append(contentsOf: s.actions.prefix(2))
        if let d = s.data.first { parts.append(leaf(d)) }
        if let r = s.recipients.first { parts.append(r) }
        if let fact = s.when.first { parts.append("if-" + fact) }
        return String(parts.joined(separator: "-").map { $0 == "_" ? "-" : $0 })
    }
}
