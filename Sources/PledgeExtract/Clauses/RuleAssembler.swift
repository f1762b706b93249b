import Pledge

/// Turns statements into rules: one rule per alternative condition, contact actions
/// (whose recipient is the reader) apart from the others, exact duplicates dropped, and
/// readable ids that are deterministic and unique (`deny-share-user-third-party`, `-2` on a clash).
struct RuleAssembler {
    let taxonomy: Taxonomy

    func rules(from statements: [Statement]) -> [Rule] {
        var rules: [Rule] = []
        var used: [String: Int] = [:]
        var seen = Set<Promise>()
        for statement in statements.flatMap(expand) {
            let scope = Scope(
                action: statement.actions,
                data: statement.data,
                purpose: statement.purposes.isEmpty ? nil : statement.purposes,
                recipient: statement.recipients.isEmpty ? nil : statement.recipients,
                identifiability: statement.identifiability.isEmpty ? nil : statement.identifiability,
                retention: statement.retention)
            let unless = exceptions(of: statement)
            // The same promise read twice (reworded, or repeated) is written once.
            guard seen.insert(Promise(effect: statement.effect, scope: scope, when: statement.when,
                                      unless: unless, obligations: statement.obligations)).inserted else { continue }
            let base = identifier(statement)
            let count = (used[base] ?? 0) + 1
            used[base] = count
            rules.append(Rule(id: count == 1 ? base : "\(base)-\(count)", effect: statement.effect, scope: scope,
                              when: statement.when, unless: unless, obligations: statement.obligations,
                              source: statement.provenance))
        }
        return rules
    }

    /// "We do not sell, trade or transfer your data to outside parties. This does not include trusted third parties who
    /// assist us …": an exception to a prohibition is a permission, and one for a party that names no act of its own
    /// permits the acts the prohibition names — but a sale, a rental or a trade (`permitted_by_name`) only where it is
    /// the prohibition's sole kind of act. Beside a plain transfer, the exception lifts the transfer, not the sale: the
    /// helpers it names may receive the data, not buy it. (An exception of the reader's consent names no party: with
    /// it, the text permits every act it forbade.)
    private func exceptions(of statement: Statement) -> [Exception] {
        let tree = taxonomy[.action]
        let plain = statement.actions.filter { tree.node($0)?.permittedByName != true }
        guard statement.effect == .deny, !plain.isEmpty else { return statement.unless }
        return statement.unless.map { exception in
            guard exception.scope.action == nil, exception.scope.recipient != nil else { return exception }
            var lifting = exception
            lifting.scope.action = plain
            return lifting
        }
    }

    /// What a rule promises, without where it was read.
    private struct Promise: Hashable {
        var effect: Effect
        var scope: Scope
        var when: [String]
        var unless: [Exception]
        var obligations: [String]
    }

    /// One statement per alternative fact, contact actions split from the rest when the reader is their recipient, and
    /// a prohibition's own acts split from the acts that reach its recipients.
    private func expand(_ statement: Statement) -> [Statement] {
        // "We will not use or transfer your data to third parties": the recipients are whom the transfer reaches; the
        // company's own use reaches no one, and held to those recipients its ban would bind no use at all.
        let tree = taxonomy[.action]
        let own = statement.actions.filter { !tree.covers("disclose", $0) && !tree.covers("contact", $0) }
        if statement.effect == .deny, !statement.recipients.isEmpty, !own.isEmpty, own.count < statement.actions.count {
            var reaching = statement, acting = statement
            reaching.actions = statement.actions.filter { !own.contains($0) }
            acting.actions = own
            acting.recipients = []
            return expand(reaching) + expand(acting)
        }
        var pieces = [statement]
        let contact = statement.actions.filter { taxonomy[.action].covers("contact", $0) }
        if !contact.isEmpty, contact.count < statement.actions.count, statement.recipients.isEmpty {
            var others = statement
            others.actions = statement.actions.filter { !contact.contains($0) }
            var reaching = statement
            reaching.actions = contact
            reaching.recipients = ["data_subject"]
            // A permitted contact keeps the purposes its own infinitive names; with none understood, it is not permitted.
            // (A prohibition or duty keeps them all: narrowed, it would forbid less than the text.)
            let own = statement.effect == .allow ? statement.contactPurposes : nil
            if let own { reaching.purposes = own }
            // "use your e-mail address to contact you": a permitted use for no purpose beside its contact is the contact
            // itself; on its own it would permit any use of the data.
            let usedOnlyToReach = statement.effect == .allow && others.actions == ["use"] && others.purposes.isEmpty
            pieces = own?.isEmpty == true ? [others] : usedOnlyToReach ? [reaching] : [others, reaching]
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
        // A purpose or fact in the policy's own words ("to_measure_site_traffic", "if_you_enter_a_contest") by its
        // first words after the word that opens it.
        func opening(_ name: String, without markers: Set<String>) -> String {
            let words = name.split(separator: "_")
            return words.dropFirst(words.count > 1 && markers.contains(String(words[0])) ? 1 : 0).prefix(4).joined(separator: "_")
        }
        if let stated = s.purposes.first(where: { !taxonomy[.purpose].contains($0) }) {
            parts.append("for-" + opening(stated, without: ["to", "for", "in"]))
        }
        if let fact = s.when.first {
            parts.append("if-" + (taxonomy[.context].contains(fact) ? fact : opening(fact, without: Set(Grammar.conditionMarkers.map { $0.words[0] }))))
        }
        return String(parts.joined(separator: "-").map { $0 == "_" ? "-" : $0 })
    }
}
