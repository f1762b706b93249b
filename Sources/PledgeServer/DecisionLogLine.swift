import Foundation
import Pledge

/// One decision as one line of the decision log: when, which request, which rules (policy,
/// version, the rule file's SHA-256), the operation as decided (defaults filled in), the
/// outcome and the deciding rule ids. Written by hand: it is on every decision's path. A line
/// is three parts: the request's fields (written once a request), the operation's id, and its
/// terms and decision (written once per distinct operation, see ``AnswerCache``).
package struct DecisionLogLine {
    /// `{"time":…,"request_id":…,"policy":…,"version":…,"rules_sha256":…,"operation":{`
    private let requestPart: [UInt8]

    package init(time: String, requestID: String, policy: ServedPolicy) {
        var json = JSONWriter()
        json.beginObject()
        json.field("time", time)
        json.field("request_id", requestID)
        json.field("policy", policy.id)
        json.field("version", policy.version)
        json.field("rules_sha256", policy.rulesSHA256)
        json.key("operation")
        json.beginObject()
        requestPart = json.bytes
    }

    /// Appends the line of one decision of the request, ending in a newline: the request's
    /// part, the operation's `id` when it has one, and `decisionPart`, which is
    /// ``decisionPart(operation:decision:)`` of an operation with the same terms.
    package func append(to lines: inout [UInt8], id: String?, decisionPart: [UInt8]) {
        lines += requestPart
        if let id {
            var json = JSONWriter()
            swap(&json.bytes, &lines)
            json.bytes += #""id":"#.utf8
            json.string(id)
            json.bytes.append(UInt8(ascii: ","))
            swap(&json.bytes, &lines)
        }
        lines += decisionPart
    }

    /// The line from the operation's first term to its end: `"action":…}` (the operation's
    /// terms, defaults filled in), `"outcome"`, `"deciding"` (rule ids), `"errors"` (a count),
    /// the closing brace and the newline.
    package static func decisionPart(operation: Pledge.Operation, decision: Decision) -> [UInt8] {
        // Written as the rest of a line whose request part is out, then cut after `"operation":{`.
        var json = JSONWriter(insideAt: 1)
        json.key("operation")
        json.beginObject()
        let start = json.bytes.count
        json.field("action", operation.action)
        json.strings("data", operation.data)
        json.field("recipient", operation.recipient ?? Pledge.Operation.defaultRecipient)
        if let purpose = operation.purpose { json.field("purpose", purpose) }
        json.field("identifiability", operation.identifiability ?? Pledge.Operation.defaultIdentifiability)
        json.strings("context", operation.context)
        if let retention = operation.retention { json.field("retention", retention.text) }
        json.endObject()
        json.field("outcome", decision.outcome.rawValue)
        json.key("deciding")
        json.beginArray()
        for rule in decision.deciding { json.string(rule.ruleID) }
        json.endArray()
        json.field("errors", decision.errors.count)
        json.endObject()
        json.bytes.append(0x0A)
        return Array(json.bytes[start...])
    }
}
