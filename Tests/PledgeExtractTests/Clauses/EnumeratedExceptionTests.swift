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
}
