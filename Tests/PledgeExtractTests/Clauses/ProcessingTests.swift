import Testing
import Pledge
@testable import PledgeExtract

/// To process data is to do anything with it. A prohibition of processing forbids collecting, using, keeping and
/// passing the data on; a permission to process is read as use alone, the act it surely names. Sentences written for
/// the test.
@Suite struct ProcessingTests {
    @Test(arguments: ["retain", "disclose", "use", "collect"])
    func aBanOnProcessingForbidsEveryAct(_ action: String) throws {
        let document = try Fixtures.extract("We do not process your personal data for marketing.")
        let act = Operation(action: action, data: ["user.contact.email"], recipient: action == "disclose" ? "advertiser" : nil, purpose: "marketing")
        #expect(try Fixtures.decide(document, act) == .deny, "\(document.rules.map(\.scope))")
    }

    @Test func processingOnlyUnderAConditionForbidsEveryActWithoutIt() throws {
        let document = try Fixtures.extract("We collect and process information about you only when we have a zorblax basis for doing so.")
        let keeping = Operation(action: "retain", data: ["user.contact.email"])
        #expect(try Fixtures.decide(document, keeping) == .deny, "\(document.rules.map(\.scope))")
        let disclosing = Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, disclosing) == .deny)
    }

    @Test func aPermissionToProcessIsAUseOnly() throws {
        let document = try Fixtures.extract("We process your e-mail address to provide the service.")
        let service = "essential.service"
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: service)) == .allow)
        let disclosing = Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser", purpose: service)
        #expect(try Fixtures.decide(document, disclosing) != .allow)
    }
}
