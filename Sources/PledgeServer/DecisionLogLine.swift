import Foundation
import Pledge

/// One decision as one line of the decision log: when, which request, which rules (policy,
/// version, the rule file's SHA-256), the operation as decided (defaults filled in), the
/// outcome and the deciding rule ids. Written by hand: it is on every decision's path. A line
/// is three parts: the request's fields (written once a request, from the time's text and the
/// policy's fields written once, ``ServedPolicy/logFields``), the operation's id, and its
/// terms and decision (written once per distinct operation, see ``AnswerCache``).
package struct DecisionLogLine: Sendable {
    /// `{"time":…,"request_id":…,"policy":…,"version":…,"rules_sha256":…,"operation":{`
    private let requestPart: [UInt8]

    /// - Parameter time: ``LogTime/now()``.
    package init(time: [UInt8], requestID: String, policy: ServedPolicy) {
        var json = JSONWriter(insideAt: 1)
        json.bytes.reserveCapacity(24 + time.count + requestID.utf8.count + policy.logFields.count)
        json.bytes += #"{"time":""#.utf8
        json.bytes += time
        json.bytes.append(UInt8(ascii: "\""))
        json.field("request_id", requestID)
        json.bytes += policy.logFields
        requestPart = json.bytes
    }

    /// The policy's fields of every line decided on it, after the request id:
    /// `,"policy":…,"version":…,"rules_sha256":…,"operation":{`.
    static func policyFields(id: String, version: String, rulesSHA256: String) -> [UInt8] {
        var json = JSONWriter(insideAt: 1)
        json.field("policy", id)
        json.field("version", version)
        json.field("rules_sha256", rulesSHA256)
        json.key("operation")
        json.beginObject()
        return json.bytes
    }

    /// The bytes of a line before its decision part, besides the operation's id.
    var requestByteCount: Int { requestPart.count }

    /// Appends the line of one decision of the request, ending in a newline: the request's
    /// part, the operation's `id` when it has one, and `decisionPart`, which is
    /// ``decisionPart(operation:decision:)`` of an operation with the same terms.
    package func append(to lines: inout [UInt8], id: String?, decisionPart: ArraySlice<UInt8>) {
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
    /// the closing brace and the newline. A slice of the bytes it was written in (which begin
    /// with `"operation":{`): neither grown nor copied after.
    package static func decisionPart(operation: Pledge.Operation, decision: Decision) -> ArraySlice<UInt8> {
        // Written as the rest of a line whose request part is out, then cut after `"operation":{`.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.decisionPartRoom(operation, decision))
        var json = JSONWriter(insideAt: 1, appendingTo: bytes)
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
        return json.bytes[start...]
    }

    /// Room for a decision part, written with `"operation":{` before it: its fixed bytes and
    /// its terms, each with a little room for quotes, commas and escapes.
    private static func decisionPartRoom(_ operation: Pledge.Operation, _ decision: Decision) -> Int {
        var room = 224 + operation.action.utf8.count + (operation.purpose?.utf8.count ?? 0) + (operation.recipient?.utf8.count ?? 24)
        for term in operation.data { room += term.utf8.count + 8 }
        for term in operation.context { room += term.utf8.count + 8 }
        for rule in decision.deciding { room += rule.ruleID.utf8.count + 8 }
        return room
    }
}

/// A request's decisions as the decision log writes them: one line each, in order, from the
/// request's part and each decision's id and kept decision part. Written straight into the
/// log's buffer when it has room (``DecisionLog/takeAtOnce(byteCount:_:)``).
struct LoggedDecisions: Sendable {
    let line: DecisionLogLine
    private var decisions: [(id: String?, part: ArraySlice<UInt8>)] = []
    /// The bytes of every line, but for the escapes an id may need.
    private(set) var byteCount = 0

    init(line: DecisionLogLine, capacity: Int) {
        self.line = line
        decisions.reserveCapacity(capacity)
    }

    mutating func add(id: String?, decisionPart: ArraySlice<UInt8>) {
        decisions.append((id, decisionPart))
        byteCount += line.requestByteCount + decisionPart.count + (id.map { $0.utf8.count + 8 } ?? 0)
    }

    /// Appends every line.
    func write(into lines: inout [UInt8]) {
        for decision in decisions { line.append(to: &lines, id: decision.id, decisionPart: decision.part) }
    }

    /// Every line, in a buffer of their own.
    var lines: [UInt8] {
        var lines: [UInt8] = []
        lines.reserveCapacity(byteCount)
        write(into: &lines)
        return lines
    }
}
