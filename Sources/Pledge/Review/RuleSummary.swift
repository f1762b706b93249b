/// A rule in one line for people: `deny use user unless purpose essential.service`.
package enum RuleSummary {
    package static func of(_ rule: Rule) -> String {
        var parts = [rule.effect.rawValue] + scope(rule.scope)
        if !rule.when.isEmpty { parts.append("when " + rule.when.joined(separator: ", ")) }
        for exception in rule.unless {
            var carve = scope(exception.scope)
            if !exception.when.isEmpty { carve.append("when " + exception.when.joined(separator: ", ")) }
            parts.append("unless " + (carve.isEmpty ? "(always)" : carve.joined(separator: " ")))
        }
        if !rule.obligations.isEmpty { parts.append("(\(rule.obligations.count) obligation\(rule.obligations.count == 1 ? "" : "s"))") }
        return parts.joined(separator: " ")
    }

    private static func scope(_ scope: Scope) -> [String] {
        var parts: [String] = []
        for dimension in Dimension.scoped {
            guard let keys = scope[dimension] else { continue }
            parts.append("\(dimension.rawValue) \(keys.joined(separator: ", "))")
        }
        switch scope.retention {
        case .atMost(let d): parts.append("retention at most \(d.text)")
        case .longerThan(let d): parts.append("retention over \(d.text)")
        case nil: break
        }
        return parts
    }
}
