import Foundation
import Testing

/// `POST /v1/check`: decisions as `pledge check --format json` gives them, every error class
/// a located 4xx, and every answer as the OpenAPI document describes it.
@Suite struct CheckEndpointTests {
    let server: ServerProcess
    let openAPI: OpenAPIConformance

    init() async throws {
        server = try await ServerProcess(["--rules", ServerProcess.fixtures.appendingPathComponent("rules").path, "--max-batch", "5",
                                    "--max-body", "4096"])
        openAPI = try OpenAPIConformance()
    }

    func conforming(_ exchange: HTTPExchange, _ method: String = "POST", _ path: String = "/v1/check") -> HTTPExchange {
        #expect(openAPI.problems(method, path, exchange) == [], "\(method) \(path) → \(exchange.status): \(exchange.text)")
        return exchange
    }

    @Test func anAccountEmailCollectedForTheServiceIsAllowedByTheRuleThatSaysSo() async throws {
        let answer = conforming(try await server.check(#"{"action": "collect", "data": "user.contact.email", "purpose": "essential"}"#))
        #expect(answer.status == 200)
        let result = try #require((try answer.json()["results"] as? [[String: Any]])?.first)
        #expect(result["outcome"] as? String == "allow")
        let deciding = try #require(result["deciding"] as? [[String: Any]])
        #expect(deciding.map { $0["rule"] as? String } == ["account-email"])
        let clause = try #require(deciding.first?["clause"] as? [String: Any])
        #expect(clause["text"] as? String == "We collect your e-mail address to run your account.")
        #expect(clause["line"] as? Int == 3)
        // The latest version decided, and the answer says which.
        #expect(answer.header("Pledge-Policy-Version") == "2025-06-01")
        #expect(try answer.json()["rules"] as? String == "shop/2025-06-01.yaml")
    }

    @Test func sharingWithAThirdPartyIsDeniedWithAWitness() async throws {
        let answer = conforming(try await server.check(#"{"action": "share", "data": ["user.contact.email"], "recipient": "advertiser"}"#))
        let result = try #require((try answer.json()["results"] as? [[String: Any]])?.first)
        #expect(result["outcome"] as? String == "deny")
        #expect((result["deciding"] as? [[String: Any]])?.map { $0["rule"] as? String } == ["no-sharing"])
        let witness = try #require(result["witness"] as? [String: Any])
        #expect(witness["recipient"] as? String == "advertiser")
    }

    @Test func aBatchIsDecidedInOrderWithObligationsAndASummary() async throws {
        let body = """
            [{"id": "newsletter", "action": "email", "data": ["user.contact.email"], "recipient": "data_subject", "purpose": "marketing.communications"},
             {"id": "sell", "action": "share", "data": ["user.contact.email"], "recipient": "third_party"},
             {"id": "location", "action": "collect", "data": ["user.location"]}]
            """
        let answer = conforming(try await server.check(body))
        let object = try answer.json()
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.map { $0["id"] as? String } == ["newsletter", "sell", "location"])
        #expect(results.map { $0["outcome"] as? String } == ["allow", "deny", "not_covered"])
        #expect(results[0]["obligations"] as? [String] == ["stop when the customer unsubscribes"])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["allowed"] as? Int == 1 && summary["denied"] as? Int == 1 && summary["not_covered"] as? Int == 1)
    }

    @Test func anOlderVersionIsDecidedWhenNamed() async throws {
        // The newsletter rule came with the 2025 version: in 2024 the e-mail is not covered.
        let newsletter = #"{"action": "email", "data": ["user.contact.email"], "recipient": "data_subject", "purpose": "marketing.communications"}"#
        let old = conforming(try await server.check(newsletter, version: "2024-01-01"))
        #expect(old.header("Pledge-Policy-Version") == "2024-01-01")
        #expect((try old.json()["results"] as? [[String: Any]])?.first?["outcome"] as? String == "not_covered")
        let unknown = conforming(try await server.check(newsletter, version: "1999-01-01"))
        #expect(unknown.status == 404)
        #expect(try unknown.json()["code"] as? String == "unknown_policy")
    }

    /// What `pledge check --format json` prints for `body` against the 2025 shop rules, the
    /// operation file named `request` as the server names the body.
    func pledgeCheck(_ body: String) throws -> String {
        let folder = try ServerProcess.rulesCopy(of: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(body.utf8).write(to: folder.appendingPathComponent("request"))
        let cli = Process()
        cli.executableURL = ServerProcess.productsDirectory.appendingPathComponent("pledge")
        cli.arguments = ["check", "--rules", "shop/2025-06-01.yaml", "--format", "json", folder.appendingPathComponent("request").path]
        cli.currentDirectoryURL = ServerProcess.fixtures.appendingPathComponent("rules")
        let out = Pipe()
        cli.standardOutput = out
        try cli.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        cli.waitUntilExit()
        // The CLI names the operation file by its path; the server calls the body "request".
        return printed.replacingOccurrences(of: folder.appendingPathComponent("request").path, with: "request")
    }

    @Test func theAnswerIsWhatPledgeCheckPrintsForTheSameOperations() async throws {
        let body = """
            - {id: a, action: collect, data: [user.contact.email], purpose: essential}
            - {id: b, action: share, data: [user], recipient: third_party}
            """
        let answer = try await server.check(body)
        #expect(answer.text == (try pledgeCheck(body)))
    }

    @Test func aRepeatedOperationIsAnsweredWithItsOwnIdAndPlaceEachTime() async throws {
        // The same terms under other ids, places and key orders, and again in a later request:
        // the server answers repeated operations from what it wrote for the first, and each
        // result must still be the one `pledge check` prints for its own operation.
        let body = """
            - {id: first, action: share, data: [user.contact.email], recipient: third_party}
            - {action: share, data: [user.contact.email], recipient: third_party}
            -   {recipient: third_party, id: 'third "one"', data: [user.contact.email], action: share}
            """
        let expected = try pledgeCheck(body)
        #expect(try await server.check(body).text == expected)
        #expect(try await server.check(body).text == expected)
        let ids = try #require(try await server.check(body).json()["results"] as? [[String: Any]]).map { $0["id"] as? String }
        #expect(ids == ["first", nil, #"third "one""#])
    }

    @Test func theQueryIsPercentDecodedAndItsFirstValueCounts() async throws {
        let op = #"{"action": "collect", "data": ["user.contact.email"], "purpose": "essential"}"#
        // 'sh%6Fp' is 'shop', 'comp%61ct' is 'compact'; a second policy and unknown parameters change nothing.
        let answer = conforming(try await server.send("POST", "/v1/check?utm=x&policy=sh%6Fp&format=comp%61ct&policy=nosuch&verbose",
                                                      body: op), "POST", "/v1/check")
        #expect(answer.status == 200, "\(answer.text)")
        #expect(answer.header("Pledge-Policy-Version") == "2025-06-01")
        #expect((try answer.json()["results"] as? [[String: Any]])?.first?["deciding"] as? [String] == ["account-email"])
    }

    @Test func malformedJSONIsA400WithItsPlace() async throws {
        let answer = conforming(try await server.check("{\"action\": \"collect\",\n  \"data\": [user.contact.email"))
        #expect(answer.status == 400)
        let object = try answer.json()
        #expect(object["code"] as? String == "invalid_operations")
        let location = try #require((object["errors"] as? [[String: Any]])?.first?["location"] as? [String: Any])
        #expect(location["file"] as? String == "request")
        #expect((location["line"] as? Int ?? 0) >= 1)
        #expect(object["results"] == nil)
    }

    @Test func anUnknownTermIsA400NamingItAndItsLineAndColumn() async throws {
        let answer = conforming(try await server.check("{\"action\": \"collect\",\n \"data\": [\"user.shoe_size\"]}"))
        #expect(answer.status == 400)
        let problem = try #require((try answer.json()["errors"] as? [[String: Any]])?.first)
        #expect((problem["message"] as? String)?.contains("user.shoe_size") == true)
        let location = try #require(problem["location"] as? [String: Any])
        #expect(location["line"] as? Int == 2)
        // Line 2, column 11: where the string "user.shoe_size" begins.
        #expect(location["column"] as? Int == 11)
    }

    @Test func aMissingOrUnknownPolicyIsRefused() async throws {
        let op = #"{"action": "collect", "data": ["user.contact.email"]}"#
        let missing = conforming(try await server.send("POST", "/v1/check", body: op))
        #expect(missing.status == 400)
        #expect(try missing.json()["code"] as? String == "missing_policy")
        let unknown = conforming(try await server.check(op, policy: "nosuch"))
        #expect(unknown.status == 404)
        #expect(try unknown.json()["code"] as? String == "unknown_policy")
    }

    @Test func bodiesAndBatchesOverTheLimitsAre413() async throws {
        let op = #"{"action": "collect", "data": ["user.contact.email"]}"#
        let six = conforming(try await server.check("[" + Array(repeating: op, count: 6).joined(separator: ",") + "]"))
        #expect(six.status == 413)
        #expect(try six.json()["code"] as? String == "batch_too_large")
        let five = conforming(try await server.check("[" + Array(repeating: op, count: 5).joined(separator: ",") + "]"))
        #expect(five.status == 200)
        let huge = conforming(try await server.check(#"{"action": "collect", "id": ""# + String(repeating: "x", count: 5000) + #"", "data": ["user"]}"#))
        #expect(huge.status == 413)
        #expect(try huge.json()["code"] as? String == "body_too_large")
    }

    @Test func unknownRoutesAndMethodsAreJSONErrors() async throws {
        let route = try await server.send("GET", "/v1/nothing")
        #expect(route.status == 404)
        #expect(try route.json()["code"] as? String == "not_found")
        // A known path with another method: 405, naming the method it takes.
        let method = try await server.send("GET", "/v1/check?policy=shop")
        #expect(method.status == 405)
        #expect(method.header("Allow") == "POST")
        #expect(try method.json()["code"] as? String == "method_not_allowed")
    }

    @Test func noAnswerNamesAServerPath() async throws {
        let folder = ServerProcess.fixtures.path
        for answer in [try await server.check("{"), try await server.check("[]"), try await server.send("GET", "/health"),
                       try await server.send("GET", "/v1/policies"), try await server.check("{}", policy: "x")] {
            #expect(!answer.text.contains(folder), "\(answer.text)")
        }
    }
}
