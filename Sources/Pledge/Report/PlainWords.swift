/// Rules and operations said in plain words, built from the vocabulary's labels:
/// "may share your e-mail address with advertisers for marketing, unless you opt out".
///
/// The words come from `label:` in the taxonomy file, so a reviewer improves them there.
struct PlainWords: Sendable {
    let taxonomy: Taxonomy

    /// How a clause's rules are said: as the policy states them, as newly stated, or as dropped.
    enum Tense: Sendable {
        case states, adds, drops
    }

    /// What the rules of one clause let, forbid or bind the company to do ("may share …",
    /// "may not sell …", "must delete …"), each said once, rules that differ only in their conditions
    /// together: "may now share … when the law or a court requires it or fraud is suspected".
    func rules(_ rules: [Rule], _ tense: Tense) -> String {
        struct Reading: Hashable {
            var head: String
            var tail: String
        }
        var order: [Reading] = []
        var conditions: [Reading: [String]] = [:]
        for r in rules {
            let reading = Reading(head: modal(r.effect, tense) + " " + scope(r.scope), tail: tail(r))
            if conditions[reading] == nil { order.append(reading) }
            let condition = facts(r.when, joiner: " and ")
            if conditions[reading]?.contains(condition) != true { conditions[reading, default: []].append(condition) }
        }
        return order.map { reading in
            let whens = conditions[reading] ?? []
            // One unconditional reading covers its conditional ones.
            let when = whens.contains("") ? "" : " when " + list(whens, joiner: "or")
            return reading.head + when + reading.tail
        }.joined(separator: "; ")
    }

    private func modal(_ effect: Effect, _ tense: Tense) -> String {
        switch (effect, tense) {
        case (.allow, .states): return "may"
        case (.deny, .states): return "may not"
        case (.require, .states): return "must"
        case (.allow, .adds): return "may now"
        case (.deny, .adds): return "may no longer"
        case (.require, .adds): return "must now"
        case (.allow, .drops): return "no longer says it may"
        case (.deny, .drops): return "no longer promises not to"
        case (.require, .drops): return "no longer promises to"
        }
    }

    /// What follows a rule's conditions: its exceptions, and whether duties come with it.
    private func tail(_ rule: Rule) -> String {
        var text = ""
        let exceptions = rule.unless.map(exception)
        if !exceptions.isEmpty { text += ", unless " + list(exceptions, joiner: "or") }
        if !rule.obligations.isEmpty { text += ", with \(rule.obligations.count == 1 ? "a duty" : "duties") attached" }
        return text
    }

    /// What an operation does: "share your e-mail address with advertisers for marketing when you consent".
    func operation(_ op: Operation) -> String {
        var text = phrase(actions: [op.action], data: op.data, recipients: op.recipient.map { [$0] },
                          purposes: op.purpose.map { [$0] } ?? [], identifiability: op.identifiability.map { [$0] })
        if op.purpose == nil { text += " for any purpose" }
        if op.action == "retain" { text += ", " + (op.retention.map { "for \($0.text)" } ?? "indefinitely") }
        if !op.context.isEmpty { text += " when " + facts(op.context, joiner: " and ") }
        return text
    }

    private func scope(_ scope: Scope) -> String {
        var text = phrase(actions: scope.action ?? [], data: scope.data ?? [], recipients: scope.recipient,
                          purposes: scope.purpose ?? [], identifiability: scope.identifiability)
        switch scope.retention {
        case .atMost(let d): text += " for at most \(d.text)"
        case .longerThan(let d): text += " for longer than \(d.text)"
        case nil: break
        }
        return text
    }

    private func exception(_ exception: Exception) -> String {
        let s = exception.scope
        var parts: [String] = []
        if let data = s.data { parts.append("it is " + labels(data, .data, joiner: "or")) }
        if let recipients = s.recipient { parts.append("it goes to " + labels(recipients, .recipient, joiner: "or")) }
        if let purposes = s.purpose { parts.append("it is for " + labels(purposes, .purpose, joiner: "or")) }
        if let actions = s.action { parts.append("the company does not " + labels(actions, .action, joiner: "or")) }
        if let kinds = s.identifiability { parts.append("the data is " + labels(kinds, .identifiability, joiner: "or")) }
        if !exception.when.isEmpty { parts.append(facts(exception.when, joiner: " and ")) }
        return parts.isEmpty ? "in the cases the policy names" : parts.joined(separator: " and ")
    }

    /// `verb data [with|to recipient] [for purpose] [(identifiability)]`; contacting
    /// someone takes the person as its object and the data as its means.
    private func phrase(actions: [String], data: [String], recipients: [String]?, purposes: [String], identifiability: [String]?) -> String {
        let verb = actions.isEmpty ? "process" : labels(actions, .action, joiner: "or")
        let what = data.isEmpty ? "any data" : labels(data, .data, joiner: "and")
        let contacting = !actions.isEmpty && actions.allSatisfy { taxonomy[.action].covers("contact", $0) }
        let company = recipients.map { $0.allSatisfy { $0 == Operation.defaultRecipient } } ?? true
        var text: String
        if contacting {
            let whom = company ? "you" : labels(recipients ?? [], .recipient, joiner: "or")
            text = "\(verb) \(whom)" + (data.isEmpty ? "" : " using \(what)")
        } else {
            text = "\(verb) \(what)"
            if !company, let recipients {
                // Disclosing gives the data to someone; keeping or using it with another's help goes through them.
                let discloses = actions.allSatisfy { taxonomy[.action].covers("disclose", $0) }
                let preposition = !discloses ? "through" : actions.allSatisfy { $0 == "share" } ? "with" : "to"
                text += " \(preposition) " + labels(recipients, .recipient, joiner: "or")
            }
        }
        if !purposes.isEmpty { text += " for " + labels(purposes, .purpose, joiner: "or") }
        if let kinds = identifiability, kinds != [Operation.defaultIdentifiability] {
            text += " (" + labels(kinds, .identifiability, joiner: "or") + ")"
        }
        return text
    }

    private func facts(_ keys: [String], joiner: String) -> String {
        keys.map { taxonomy[.context].label(of: $0) }.joined(separator: joiner)
    }

    private func labels(_ keys: [String], _ dimension: Dimension, joiner: String) -> String {
        list(keys.map { taxonomy[dimension].label(of: $0) }, joiner: joiner)
    }

    /// `a`, `a or b`, `a, b or c`.
    private func list(_ items: [String], joiner: String) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(joiner) " + last
    }
}
