import Pledge

/// One version of one policy, compiled and ready to decide: a rule file of the rules folder.
/// A class: a request holds the one it decides on, and passing it along is one reference,
/// not a copy of every field.
package final class ServedPolicy: Sendable {
    /// The policy's id (`policy.id` in the rule file).
    package let id: String
    /// The version: the rule file's name without `.yaml` (the policy text's date in `Rules/`).
    package let version: String
    /// The rule file, relative to the rules folder (`clicktale/2018-04-07.yaml`): what responses
    /// name, never a path of the server's.
    package let ruleFile: String
    /// SHA-256 of the rule file's bytes: which rules decided, for the decision log.
    package let rulesSHA256: String
    package let engine: Engine
    /// The terms its operations are read against, built once.
    package let operationTerms: OperationTerms
    /// The operations decided on it so far, with their results written in the full answer.
    let answers = AnswerCache()
    /// The same, written in the compact answer (`?format=compact`).
    let compactAnswers = AnswerCache()
    /// The header fields of every answer decided on it, as they go on the wire:
    /// `Content-Type`, `Pledge-Policy-Version`, `Pledge-Rules-SHA256`.
    let answerFields: [UInt8]
    /// The policy's part of every decision log line (``DecisionLogLine/policyFields(id:version:rulesSHA256:)``).
    let logFields: [UInt8]

    package init(id: String, version: String, ruleFile: String, rulesSHA256: String, engine: Engine, operationTerms: OperationTerms) {
        self.id = id
        self.version = version
        self.ruleFile = ruleFile
        self.rulesSHA256 = rulesSHA256
        self.engine = engine
        self.operationTerms = operationTerms
        var fields: [UInt8] = []
        APIAnswer.add("Content-Type", "application/json", to: &fields)
        APIAnswer.add("Pledge-Policy-Version", version, to: &fields)
        APIAnswer.add("Pledge-Rules-SHA256", rulesSHA256, to: &fields)
        answerFields = fields
        logFields = DecisionLogLine.policyFields(id: id, version: version, rulesSHA256: rulesSHA256)
    }

    /// The policy text's SHA-256 as the rule file records it, if it does.
    package var sourceSHA256: String? { engine.document.policy.sourceSHA256 }
    package var ruleCount: Int { engine.document.rules.count }
}
