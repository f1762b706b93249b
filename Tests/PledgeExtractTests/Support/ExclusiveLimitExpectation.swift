import Testing
import Pledge

extension Fixtures {
    /// Asserts that `text` reads as one prohibition whose only exception is `fact`: the
    /// operation is denied without the fact and allowed with it.
    static func expectProhibitionLifted(by fact: String, in text: String, data: String, recipient: String,
                                        sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let document = try extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))", sourceLocation: sourceLocation)
        #expect(document.rules.count == 1, sourceLocation: sourceLocation)
        #expect(rule.effect == .deny, sourceLocation: sourceLocation)
        #expect(rule.when.isEmpty, sourceLocation: sourceLocation)
        #expect(rule.unless == [Exception(when: [fact])], sourceLocation: sourceLocation)
        let action = try #require(rule.scope.action?.first, sourceLocation: sourceLocation)
        let without = Operation(action: action, data: [data], recipient: recipient)
        #expect(try decide(document, without) == .deny, sourceLocation: sourceLocation)
        var with = without
        with.context = [fact]
        #expect(try decide(document, with) == .allow, sourceLocation: sourceLocation)
    }
}
