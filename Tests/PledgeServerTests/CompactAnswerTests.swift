import Foundation
import Testing

/// `POST /v1/check?format=compact`: the same decisions as the full answer, each with only its
/// id, outcome, deciding rule ids, obligations and errors, on one line; the full answer stays
/// the default.
@Suite struct CompactAnswerTests {
    let server: ServerProcess
    let openAPI: OpenAPIConformance

    init() async throws {
        server = try await ServerProcess(["--rules", ServerProcess.fixtures.appendingPathComponent("rules").path])
        openAPI = try OpenAPIConformance()
    }

    func check(_ body: String, format: String?) async throws -> HTTPExchange {
        let path = "/v1/check?policy=shop" + (format.map { "&format=\($0)" } ?? "")
        let exchange = try await server.send("POST", path, body: body)
        #expect(openAPI.problems("POST", path, exchange) == [], "format \(format ?? "none") → \(exchange.status): \(exchange.text)")
        return exchange
    }

    static let batch = """
        [{"id": "newsletter", "action": "email", "data": ["user.contact.email"], "recipient": "data_subject", "purpose": "marketing.communications"},
         {"id": "sell", "action": "share", "data": ["user.contact.email"], "recipient": "third_party"},
         {"action": "collect", "data": ["user.location"]},
         {"id": "sell \\"again\\"", "recipient": "third_party", "data": ["user.contact.email"], "action": "share"}]
        """

    @Test func theCompactAnswerHoldsTheFullAnswersDecisionsOnOneLine() async throws {
        let full = try await check(Self.batch, format: nil)
        let compact = try await check(Self.batch, format: "compact")
        #expect(full.status == 200 && compact.status == 200)
        #expect(compact.header("Content-Type") == "application/json")
        // One line: the whole answer ends with its only newline.
        #expect(compact.text.firstIndex(of: "\n") == compact.text.index(before: compact.text.endIndex))

        let fullObject = try full.json(), compactObject = try compact.json()
        let fullResults = try #require(fullObject["results"] as? [[String: Any]])
        let compactResults = try #require(compactObject["results"] as? [[String: Any]])
        #expect(compactResults.map { $0["id"] as? String } == ["newsletter", "sell", nil, #"sell "again""#])
        #expect(compactResults.map { $0["outcome"] as? String } == ["allow", "deny", "not_covered", "deny"])
        #expect(compactResults.count == fullResults.count)
        for (short, long) in zip(compactResults, fullResults) {
            #expect(short["id"] as? String == long["id"] as? String)
            #expect(short["outcome"] as? String == long["outcome"] as? String)
            #expect(short["deciding"] as? [String] == (long["deciding"] as? [[String: Any]])?.compactMap { $0["rule"] as? String })
            #expect(short["obligations"] as? [String] == long["obligations"] as? [String])
            #expect((short["errors"] as? [Any])?.count == (long["errors"] as? [Any])?.count)
            // Only the decision: no clause text, explanation, operation, witness or place.
            #expect(Set(short.keys).isSubset(of: ["id", "outcome", "deciding", "obligations", "errors"]))
        }
        #expect(compactResults[0]["obligations"] as? [String] == ["stop when the customer unsubscribes"])
        #expect(compactObject["policy"] as? String == "shop")
        #expect(compactObject["rules"] as? String == fullObject["rules"] as? String)
        #expect(NSDictionary(dictionary: compactObject["summary"] as? [String: Any] ?? [:])
                == NSDictionary(dictionary: fullObject["summary"] as? [String: Any] ?? ["": 0]))
        #expect(compact.body.count * 4 < full.body.count)
    }

    @Test func aRepeatedBatchIsAnsweredAlikeAndTheFormatsDoNotMix() async throws {
        // The second answer of each form comes from what the first wrote (one cache a form):
        // the same bytes but for nothing, and the full answer after the compact one is full.
        let first = try await check(Self.batch, format: "compact").text
        #expect(try await check(Self.batch, format: "compact").text == first)
        let full = try await check(Self.batch, format: "json").text
        #expect(full == (try await check(Self.batch, format: nil).text))
        #expect(full.contains("\"explanation\" : "))
        #expect(try await check(Self.batch, format: "compact").text == first)
    }

    @Test func anUnknownFormatIsA400AndDecidesNothing() async throws {
        let answer = try await check(Self.batch, format: "yaml")
        #expect(answer.status == 400)
        #expect(try answer.json()["code"] as? String == "unknown_format")
        #expect(try answer.json()["results"] == nil)
    }
}
