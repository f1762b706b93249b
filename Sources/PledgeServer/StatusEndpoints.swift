import Foundation
import NIOHTTP1
import NIOCore
import Pledge

/// The read-only endpoints: `/health`, `/v1/policies`, `/metrics`, `/v1/openapi.json`.
struct StatusEndpoints: Sendable {
    let store: RuleSetStore
    let log: DecisionLog?
    let metrics: ServerMetrics

    private struct Health: Encodable {
        var status: String
        var policies: Int
        var ruleFiles: Int
        var loadedAt: String
        var lastReload: Reload?
        var decisionLog: String

        enum CodingKeys: String, CodingKey {
            case status, policies
            case ruleFiles = "rule_files", loadedAt = "loaded_at", lastReload = "last_reload", decisionLog = "decision_log"
        }
    }

    private struct Reload: Encodable {
        var at: String
        var trigger: String
        var result: String
        var errors: [String]
    }

    /// `ok`, or `degraded` when the last reload was refused (the previous rules still serve) or
    /// the decision log failed (checks are refused). 200 either way: the server is up.
    func health() -> APIAnswer {
        let set = store.current
        let reload = store.lastReloadStatus
        let logProblem = log?.problem
        let health = Health(
            status: reload?.succeeded == false || logProblem != nil ? "degraded" : "ok",
            policies: set.policies.count, ruleFiles: set.policies.values.reduce(0) { $0 + $1.count },
            loadedAt: Self.iso(set.loadedAt),
            lastReload: reload.map { Reload(at: Self.iso($0.at), trigger: $0.trigger, result: $0.succeeded ? "ok" : "refused",
                                            errors: $0.errors.map(\.description)) },
            decisionLog: log == nil ? "off" : logProblem.map { "failed: \($0)" } ?? "ok")
        return Self.json(health)
    }

    private struct Policies: Encodable {
        var policies: [Policy]
    }

    private struct Policy: Encodable {
        var id: String
        var latest: String
        var versions: [Version]
    }

    private struct Version: Encodable {
        var version: String
        var ruleFile: String
        var rules: Int
        var rulesSHA256: String
        var sourceSHA256: String?
        var title: String?

        enum CodingKeys: String, CodingKey {
            case version, rules, title
            case ruleFile = "rule_file", rulesSHA256 = "rules_sha256", sourceSHA256 = "source_sha256"
        }
    }

    /// Every policy served: its versions (latest last), rule counts and hashes.
    func policies() -> APIAnswer {
        let set = store.current
        let list = set.policies.keys.sorted().compactMap { id -> Policy? in
            guard let versions = set.policies[id], let latest = versions.last else { return nil }
            return Policy(id: id, latest: latest.version, versions: versions.map {
                Version(version: $0.version, ruleFile: $0.ruleFile, rules: $0.ruleCount, rulesSHA256: $0.rulesSHA256,
                        sourceSHA256: $0.sourceSHA256, title: $0.engine.document.policy.title)
            })
        }
        return Self.json(Policies(policies: list))
    }

    func prometheus() -> APIAnswer {
        APIAnswer(headers: ["Content-Type": "text/plain; version=0.0.4; charset=utf-8"], body: ByteBuffer(string: metrics.prometheusText()))
    }

    func openAPI() -> APIAnswer {
        APIAnswer(headers: ["Content-Type": "application/json"], body: ByteBuffer(string: OpenAPIDocument.text))
    }

    private static func json(_ value: some Encodable) -> APIAnswer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return APIAnswer(headers: ["Content-Type": "application/json"], body: ByteBuffer(bytes: data + Data("\n".utf8)))
    }

    private static func iso(_ date: Date) -> String { date.formatted(.iso8601) }
}
