import Foundation
import Pledge

/// One decision as one line of the decision log: when, which request, which rules (policy,
/// version, the rule file's SHA-256), the operation as decided (defaults filled in), the
/// outcome and the deciding rule ids. Written by hand: it is on every decision's path.
package enum DecisionLogLine {
    package static func append(
        to line: inout [UInt8], time: String, requestID: String, policy: ServedPolicy, operation: Pledge.Operation, decision: Decision
    ) {
        var json = JSONWriter()
        swap(&json.bytes, &line)
        json.beginObject()
        json.field("time", time)
        json.field("request_id", requestID)
        json.field("policy", policy.id)
        json.field("version", policy.version)
        json.field("rules_sha256", policy.rulesSHA256)
        json.key("operation")
        json.beginObject()
        if let id = operation.id { json.field("id", id) }
        json.field("action", operation.action)
        json.strings("data", operation.data)
        json.field("recipient", operation.recipient ?? Pledge.Operation.defaultRecipient)
        if let purpose = operation.purpose { json.field("purpose", purpose) }
        json.field("identifiability", operation.identifiability ?? Pledge.Operation.defaultIdentifiability)
        json.strings("context", operation.context)
        if let retention = operation.retention { json.field("retention", retention.text) }
        json.endObject()
        json.field("outcome", decision.outcome.rawValue)
        json.strings("deciding", decision.deciding.map(\.ruleID))
        json.field("errors", decision.errors.count)
        json.endObject()
        json.bytes.append(0x0A)
        swap(&json.bytes, &line)
    }
}
