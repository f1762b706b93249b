/// A short hash of what a drafted rule says (effect, scope, conditions, exceptions, duties),
/// without its id, place or review. An acceptance or rejection records the fingerprint of
/// the draft it judged, so a changed draft is reviewed again instead of inheriting a sign-off.
public enum DraftFingerprint {
    /// 16 hexadecimal digits.
    public static func of(_ rule: Rule) -> String {
        String(SourceDigest.hex(Array(canonical(rule).utf8)).prefix(16))
    }

    /// One line per part, in a fixed order; independent of how rule files are written.
    private static func canonical(_ rule: Rule) -> String {
        var lines = ["effect \(rule.effect.rawValue)"]
        lines += scope(rule.scope, prefix: "")
        lines.append("when " + rule.when.joined(separator: ","))
        for (index, exception) in rule.unless.enumerated() {
            lines += scope(exception.scope, prefix: "unless\(index) ")
            lines.append("unless\(index) when " + exception.when.joined(separator: ","))
        }
        lines += rule.obligations.map { "obligation " + $0 }
        return lines.joined(separator: "\n")
    }

    private static func scope(_ scope: Scope, prefix: String) -> [String] {
        var lines = Dimension.scoped.map { prefix + $0.rawValue + " " + (scope[$0]?.joined(separator: ",") ?? "*") }
        switch scope.retention {
        case .atMost(let d): lines.append(prefix + "retention max " + d.text)
        case .longerThan(let d): lines.append(prefix + "retention over " + d.text)
        case nil: break
        }
        return lines
    }
}
