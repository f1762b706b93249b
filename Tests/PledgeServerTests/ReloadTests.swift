import Foundation
import Testing

/// Reloads on SIGHUP and on a change of the rules folder: a good rule set is swapped in
/// whole, a bad one is refused while the old one keeps serving, and requests under load
/// always get an answer from one whole rule set.
@Suite struct ReloadTests {
    static let collect = #"{"action": "collect", "data": ["user.contact.email"], "purpose": "essential"}"#

    /// The 2025 rule file with the account-email rule turned into a deny.
    static func denyingAccountEmail(_ folder: URL) throws {
        let file = folder.appendingPathComponent("shop/2025-06-01.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "  - id: account-email\n    effect: allow", with: "  - id: account-email\n    effect: deny")
        try Data(text.utf8).write(to: file, options: .atomic)
    }

    static func outcome(_ server: ServerProcess) async throws -> String? {
        let answer = try await server.check(collect)
        return (try answer.json()["results"] as? [[String: Any]])?.first?["outcome"] as? String
    }

    @Test func aChangedRuleFileIsPickedUpByPolling() async throws {
        let folder = try ServerProcess.rulesCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await ServerProcess(["--rules", folder.path, "--watch-interval", "0.1"])
        #expect(try await Self.outcome(server) == "allow")
        try Self.denyingAccountEmail(folder)
        try await ServerProcess.poll("the change to be served", timeout: ServerProcess.patience) { try await Self.outcome(server) == "deny" }
        let health = try await server.send("GET", "/health").json()
        let reload = try #require(health["last_reload"] as? [String: Any])
        #expect(reload["result"] as? String == "ok")
        #expect(reload["trigger"] as? String == "folder change")
        #expect(health["status"] as? String == "ok")
    }

    @Test func sigHupReloadsWhenPollingIsOff() async throws {
        let folder = try ServerProcess.rulesCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await ServerProcess(["--rules", folder.path, "--watch-interval", "0"])
        try Self.denyingAccountEmail(folder)
        // Without a signal the change is not seen: polling is off.
        #expect(try await Self.outcome(server) == "allow")
        server.signal(SIGHUP)
        try await ServerProcess.poll("the SIGHUP reload", timeout: ServerProcess.patience) { try await Self.outcome(server) == "deny" }
        let metrics = try await server.send("GET", "/metrics").text
        #expect(metrics.contains(#"pledge_reloads_total{result="ok"} 1"#))
    }

    @Test func aBrokenRuleSetIsRefusedAndTheOldOneKeepsServing() async throws {
        let folder = try ServerProcess.rulesCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await ServerProcess(["--rules", folder.path, "--watch-interval", "0.1"])
        // The newest version is now broken: a deny of the old set must not become anything else.
        try Data("pledge: 1\npolicy: {id: shop}\nrules:\n  - id: broken\n    effect: allow\n    action: [teleport]\n".utf8)
            .write(to: folder.appendingPathComponent("shop/2026-01-01.yaml"))
        try await ServerProcess.poll("the refused reload in /health", timeout: ServerProcess.patience) {
            (try await server.send("GET", "/health").json()["status"] as? String) == "degraded"
        }
        let health = try await server.send("GET", "/health").json()
        let reload = try #require(health["last_reload"] as? [String: Any])
        #expect(reload["result"] as? String == "refused")
        let errors = try #require(reload["errors"] as? [String])
        #expect(errors.contains { $0.hasPrefix("shop/2026-01-01.yaml:6:") && $0.contains("teleport") }, "\(errors)")
        #expect(!errors.contains { $0.contains(folder.path) })
        // Still the old rules: the latest version is 2025-06-01 and it allows.
        let answer = try await server.check(Self.collect)
        #expect(answer.header("Pledge-Policy-Version") == "2025-06-01")
        #expect(try await Self.outcome(server) == "allow")
        #expect(server.stderr.contains("refused"))
        #expect(try await server.send("GET", "/metrics").text.contains(#"pledge_reloads_total{result="refused"} 1"#))
        // Fixed: served again, and healthy.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("shop/2026-01-01.yaml"))
        try Self.denyingAccountEmail(folder)
        try await ServerProcess.poll("the fixed rules to be served", timeout: ServerProcess.patience) { try await Self.outcome(server) == "deny" }
        #expect(try await server.send("GET", "/health").json()["status"] as? String == "ok")
    }

    @Test func underLoadEveryAnswerComesFromOneWholeRuleSet() async throws {
        let folder = try ServerProcess.rulesCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await ServerProcess(["--rules", folder.path, "--watch-interval", "0"])
        let allowing = try Data(contentsOf: folder.appendingPathComponent("shop/2025-06-01.yaml"))
        try Self.denyingAccountEmail(folder)
        let denying = try Data(contentsOf: folder.appendingPathComponent("shop/2025-06-01.yaml"))
        // Four clients ask without pause while the rules flip between allowing and denying
        // (and once are broken) and SIGHUP reloads them.
        let answers = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var seen: [String] = []
                    for _ in 0..<60 {
                        let answer = try await server.check(Self.collect)
                        let result = (try answer.json()["results"] as? [[String: Any]])?.first
                        let deciding = (result?["deciding"] as? [[String: Any]])?.map { $0["rule"] as? String ?? "" } ?? []
                        seen.append("\(answer.status) \(answer.header("Pledge-Policy-Version") ?? "-") \(result?["outcome"] as? String ?? "-") \(deciding)")
                    }
                    return seen
                }
            }
            group.addTask {
                for round in 0..<12 {
                    let text = round % 4 == 3 ? Data("pledge: 1\nrules: [".utf8) : round % 2 == 0 ? allowing : denying
                    try text.write(to: folder.appendingPathComponent("shop/2025-06-01.yaml"), options: .atomic)
                    server.signal(SIGHUP)
                    try await Task.sleep(for: .milliseconds(30))
                }
                return []
            }
            var all: [String] = []
            for try await part in group { all += part }
            return all
        }
        #expect(answers.count == 240)
        // Each answer is the allowing or the denying 2025 rules' whole answer: never an error, and
        // never the 2024 rules that a partly loaded set (without its broken file) would fall back to.
        #expect(Set(answers).isSubset(of: [#"200 2025-06-01 allow ["account-email"]"#, #"200 2025-06-01 deny ["account-email"]"#]),
                "\(Set(answers))")
        #expect(server.process.isRunning)
    }
}
