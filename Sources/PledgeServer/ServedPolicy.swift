import Pledge

/// One version of one policy, compiled and ready to decide: a rule file of the rules folder.
package struct ServedPolicy: Sendable {
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
    /// The operations decided on it so far, with their written results.
    let answers = AnswerCache()

    /// The policy text's SHA-256 as the rule file records it, if it does.
    package var sourceSHA256: String? { engine.document.policy.sourceSHA256 }
    package var ruleCount: Int { engine.document.rules.count }
}
