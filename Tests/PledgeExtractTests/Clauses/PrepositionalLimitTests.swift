import Testing
import Pledge
@testable import PledgeExtract

/// "only in response to a subpoena", "only pursuant to legal process", "only upon a court order":
/// an exclusive word before a prepositional phrase limits the fact the phrase names, as "only if"
/// does. Read as a bare permission, every disclosure outside the limit would be lost.
@Suite struct PrepositionalLimitTests {
    @Test(arguments: [
        "Account details are disclosed to law enforcement only in response to a court order.",
        "We give account information to the police only pursuant to a court order.",
        "We release your account data to government agencies only upon receipt of legal process.",
    ])
    func aLimitThroughAPrepositionIsAProhibitionWithThatException(_ text: String) throws {
        try Fixtures.expectProhibitionLifted(by: "legal_process", in: text, data: "user.account", recipient: "government")
    }

    @Test func anExclusiveWordBeforeTheDataDoesNotLimitTheCondition() throws {
        // "only" limits which data is given, not when: the permission stays conditional.
        let document = try Fixtures.extract("We give only account information to the police in response to a court order.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .allow)
        #expect(rule.when == ["legal_process"])
    }
}
