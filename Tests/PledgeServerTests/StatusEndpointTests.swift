import Foundation
import Pledge
import Testing

/// `/v1/policies`, `/health`, `/metrics`, `/v1/openapi.json`.
@Suite struct StatusEndpointTests {
    let server: ServerProcess
    let openAPI: OpenAPIConformance
    let rules = ServerProcess.fixtures.appendingPathComponent("rules")

    init() async throws {
        server = try await ServerProcess(["--rules", rules.path])
        openAPI = try OpenAPIConformance()
    }

    @Test func policiesListEveryVersionWithItsRuleCountAndHashes() async throws {
        let answer = try await server.send("GET", "/v1/policies")
        #expect(openAPI.problems("GET", "/v1/policies", answer) == [])
        let policies = try #require(try answer.json()["policies"] as? [[String: Any]])
        #expect(policies.map { $0["id"] as? String } == ["shop"])
        #expect(policies[0]["latest"] as? String == "2025-06-01")
        let versions = try #require(policies[0]["versions"] as? [[String: Any]])
        #expect(versions.map { $0["version"] as? String } == ["2024-01-01", "2025-06-01"])
        #expect(versions.map { $0["rules"] as? Int } == [2, 3])
        let bytes = try Data(contentsOf: rules.appendingPathComponent("shop/2025-06-01.yaml"))
        #expect(versions[1]["rules_sha256"] as? String == SourceDigest.hex(Array(bytes)))
        #expect(versions[1]["rule_file"] as? String == "shop/2025-06-01.yaml")
    }

    @Test func theRepositorysRulesFolderIsServedBesideItsReviewAndTestFiles() async throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let bundled = try await ServerProcess(["--rules", repository.appendingPathComponent("Rules").path])
        let answer = try await bundled.send("GET", "/v1/policies")
        let policies = try #require(try answer.json()["policies"] as? [[String: Any]])
        #expect(policies.map { $0["id"] as? String } == ["clickandchat", "clicktale"])
        let files = policies.flatMap { ($0["versions"] as? [[String: Any]] ?? []).compactMap { $0["rule_file"] as? String } }
        #expect(files.count == 6)
        #expect(files.allSatisfy { !$0.hasSuffix(".review.yaml") && !$0.hasSuffix(".test.yaml") }, "\(files)")
    }

    @Test func healthIsOkWithNoReloadYetAndTheLogOff() async throws {
        let answer = try await server.send("GET", "/health")
        #expect(openAPI.problems("GET", "/health", answer) == [])
        let health = try answer.json()
        #expect(health["status"] as? String == "ok")
        #expect(health["policies"] as? Int == 1 && health["rule_files"] as? Int == 2)
        #expect(health["decision_log"] as? String == "off")
        #expect(health["last_reload"] == nil)
    }

    @Test func metricsCountDecisionsByPolicyAndOutcomeAndTimeEveryCheck() async throws {
        let allow = #"{"action": "collect", "data": ["user.contact.email"], "purpose": "essential"}"#
        let deny = #"{"action": "share", "data": ["user"], "recipient": "third_party"}"#
        _ = try await server.check("[\(allow), \(allow), \(deny)]")
        _ = try await server.check(deny)
        _ = try await server.check("{", policy: "shop")
        let answer = try await server.send("GET", "/metrics")
        #expect(openAPI.problems("GET", "/metrics", answer) == [])
        let lines = Set(answer.text.split(separator: "\n").map(String.init))
        #expect(lines.contains(#"pledge_decisions_total{policy="shop",outcome="allow"} 2"#))
        #expect(lines.contains(#"pledge_decisions_total{policy="shop",outcome="deny"} 2"#))
        #expect(lines.contains(#"pledge_check_duration_seconds_count 2"#))
        #expect(lines.contains(#"pledge_check_duration_seconds_bucket{le="+Inf"} 2"#))
        #expect(lines.contains(#"pledge_errors_total{code="invalid_operations"} 1"#))
        #expect(lines.contains(#"pledge_reloads_total{result="ok"} 0"#))
        #expect(lines.contains("# TYPE pledge_check_duration_seconds histogram"))
    }

    @Test func everyAnswerCarriesTheServersNameAndTheDate() async throws {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "GMT")
        format.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        // The time the answers were asked for and received, to the second: the Date lies between (this task may wake
        // long after the answer came on a loaded machine, so "now" would not do).
        let asked = Date().addingTimeInterval(-1)
        let answers = [try await server.send("GET", "/health"), try await server.send("GET", "/nowhere"),
                       try await server.check(#"{"action": "share", "data": ["user"], "recipient": "third_party"}"#)]
        let received = Date().addingTimeInterval(1)
        #expect(answers.map(\.status) == [200, 404, 200])
        for answer in answers {
            #expect(answer.header("Server") == "pledge-server")
            // RFC 9110's IMF-fixdate, in GMT, of the moment it was answered.
            let date = try #require(answer.header("Date").flatMap { format.date(from: $0) }, "\(answer.header("Date") ?? "no Date")")
            #expect(asked <= date && date <= received, "\(date) not within \(asked)…\(received)")
        }
    }

    @Test func theServedOpenAPIDocumentIsTheOneInTheRepository() async throws {
        let answer = try await server.send("GET", "/v1/openapi.json")
        #expect(answer.status == 200)
        #expect(answer.body == (try Data(contentsOf: OpenAPIConformance.documentURL)))
        let document = try answer.json()
        #expect((document["openapi"] as? String)?.hasPrefix("3.") == true)
        let paths = try #require(document["paths"] as? [String: Any])
        #expect(Set(paths.keys) == ["/v1/check", "/v1/policies", "/v1/openapi.json", "/health", "/metrics"])
    }
}
