import Testing
import Pledge
@testable import PledgeExtract

/// "We will not disclose it unless we believe disclosure is necessary: (1) …; or (2) …": the cases enumerated after an
/// exception's colon are all cases of that exception — never the purposes of the ban, which would then forbid
/// disclosure only for them and leave every other disclosure free. Sentences written for the test.
@Suite struct EnumeratedExceptionTests {
    static func disclosure(_ purpose: String?, _ context: [String]) -> Operation {
        Operation(action: "disclose", data: ["user.contact.email"], recipient: "third_party", purpose: purpose, context: context)
    }

    @Test(arguments: [
        "We will not disclose personal information to any third party unless it is necessary: (1) to comply with the law; or (2) to protect our rights.",
        "We will not disclose personal information to any third party unless we believe that disclosure is necessary: (a) to comply with the law; (b) to protect our rights.",
    ])
    func theEnumeratedCasesLiftTheBanAndNothingElse(_ sentence: String) throws {
        let document = try Fixtures.extract(sentence)
        // A disclosure for marketing is none of the cases: the ban holds.
        #expect(try Fixtures.decide(document, Self.disclosure("marketing", [])) == .deny, "\(document.rules.map(\.id))")
        #expect(try Fixtures.decide(document, Self.disclosure(nil, [])) == .deny)
        // The law calling for it is one of the cases: the ban does not decide it.
        #expect(try Fixtures.decide(document, Self.disclosure(nil, ["legal_process"])) != .deny)
        #expect(try Fixtures.decide(document, Self.disclosure(nil, ["security_incident"])) != .deny)
    }
    /// "except when we respond to subpoenas; or when we must protect our property": a "when" after the exception's first
    /// case and an "or" is another case of it, never a condition of the ban (which would then hold only in that case).
    /// After "without …", inside the condition before it, an "or if …" stays that condition's alternative.
    @Test func aCaseJoinedByOrToAnExceptionIsAnotherCase() throws {
        let document = try Fixtures.extract("We do not share your personal information with any other entity, except when we respond to a subpoena; or when we must protect our property.")
        let deny = try document.rule(.deny, "share")
        #expect(deny.when.isEmpty, "\(deny.when)")
        #expect(Set(deny.unless.flatMap(\.when)) == ["subpoena", "security_incident"], "\(deny.unless)")
        let duty = try Fixtures.extract("If we learn that we have collected a child's data without parental consent, or if we learn that a child has registered, we will delete that data.")
        let duties = duty.rules(effect: .require, action: "delete")
        #expect(!duties.isEmpty && duties.allSatisfy { !$0.unless.contains { $0.when.contains("registration") } }, "\(duty.rules.map(\.unless))")
    }
}
