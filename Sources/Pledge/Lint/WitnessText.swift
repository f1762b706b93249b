/// A one-line reading of a witness operation, for messages and reports:
/// `retain user.financial.credit_card to first_party for any purpose (identified) when account_cancelled, indefinitely`.
package enum WitnessText {
    package static func describe(_ op: Operation) -> String {
        var text = "\(op.action) \(op.data.joined(separator: ", ")) to \(op.recipient ?? Operation.defaultRecipient)"
        text += " for \(op.purpose ?? "any purpose") (\(op.identifiability ?? Operation.defaultIdentifiability))"
        if !op.context.isEmpty { text += " when \(op.context.joined(separator: ", "))" }
        if op.action == "retain" { text += ", " + (op.retention.map { "kept \($0.text)" } ?? "indefinitely") }
        return text
    }
}
