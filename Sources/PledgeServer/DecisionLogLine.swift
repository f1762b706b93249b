import Foundation
import Pledge

/// One decision as one line of the decision log: when, which request, which rules (policy,
/// version, the rule file's SHA-256), the operation as decided (defaults filled in), the
/// outcome and the deciding rule ids. Written by hand: it is on every decision's path.
package enum DecisionLogLine {
    package static func append(
        to line: inout [UInt8], time: String, requestID: String, policy: ServedPolicy, operation: Pledge.Operation, decision: Decision
    ) {
        var json = JSONText()
        json.raw("{\"time\":"); json.string(time)
        json.raw(",\"request_id\":"); json.string(requestID)
        json.raw(",\"policy\":"); json.string(policy.id)
        json.raw(",\"version\":"); json.string(policy.version)
        json.raw(",\"rules_sha256\":"); json.string(policy.rulesSHA256)
        json.raw(",\"operation\":{")
        if let id = operation.id { json.raw("\"id\":"); json.string(id); json.raw(",") }
        json.raw("\"action\":"); json.string(operation.action)
        json.raw(",\"data\":"); json.strings(operation.data)
        json.raw(",\"recipient\":"); json.string(operation.recipient ?? Pledge.Operation.defaultRecipient)
        if let purpose = operation.purpose { json.raw(",\"purpose\":"); json.string(purpose) }
        json.raw(",\"identifiability\":"); json.string(operation.identifiability ?? Pledge.Operation.defaultIdentifiability)
        json.raw(",\"context\":"); json.strings(operation.context)
        if let retention = operation.retention { json.raw(",\"retention\":"); json.string(retention.text) }
        json.raw("},\"outcome\":"); json.string(decision.outcome.rawValue)
        json.raw(",\"deciding\":"); json.strings(decision.deciding.map(\.ruleID))
        json.raw(",\"errors\":"); json.raw(String(decision.errors.count))
        json.raw("}\n")
        line += json.bytes
    }
}

/// JSON text built byte by byte; strings escaped as RFC 8259 requires.
struct JSONText {
    var bytes: [UInt8] = []

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes += $0 }
    }

    mutating func raw(_ text: String) { bytes += text.utf8 }

    mutating func strings(_ values: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xf)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
