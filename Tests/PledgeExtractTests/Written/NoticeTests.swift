import Testing
import Pledge
@testable import PledgeExtract

/// Two regulatory notices: a US "we do not sell" notice (Fixtures/cascade-ccpa.md) and a
/// GDPR notice with retention periods (Fixtures/fjord-gdpr.md).
@Suite struct NoticeTests {
    @Test func doNotSellAndDoNotShareForBehaviouralAdvertising() throws {
        let document = try Fixtures.written("cascade-ccpa.md")
        #expect(try document.rule(.deny, "sell").scope.data == ["user"])
        let share = try document.rule(.deny, "share")
        // The words say nothing of whose ads: the ban reaches targeted ads of every owner.
        #expect(Set(share.scope.purpose ?? []) == ["marketing.advertising.third_party.targeted", "marketing.advertising.first_party.targeted"])
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.contact.email"], recipient: "advertiser")) == .deny)
        // "Share" stands for selling too, so any sharing operation meets the prohibition to sell; collecting does not.
        let targeted = Operation(action: "share", data: ["user.behavior"], recipient: "advertiser", purpose: "marketing.advertising.third_party.targeted")
        #expect(try Fixtures.decide(document, targeted) == .deny)
        let collect = Operation(action: "collect", data: ["user.contact.email"], purpose: "essential.service")
        #expect(try Fixtures.decide(document, collect) == .allow)
    }

    @Test func categoriesAreReadFromTheirExamples() throws {
        let document = try Fixtures.written("cascade-ccpa.md")
        #expect(Set(try document.rule(.allow, "collect").scope.data ?? [])
                == ["user.name", "user.contact.address", "user.contact.email", "user.device.ip_address", "user.behavior.purchase_history"])
        let disclose = try document.rule(.allow, "disclose")
        #expect(disclose.scope.recipient == ["service_provider"])
        #expect(disclose.scope.purpose == ["operations", "essential.service.payment_processing", "essential.service.operations.support"])
    }

    @Test func deletionOnRequestYieldsToTheLaw() throws {
        let document = try Fixtures.written("cascade-ccpa.md")
        let duty = try document.rule(.require, "delete")
        #expect(duty.when == ["user_request"])
        #expect(duty.unless.map(\.when) == [["legal_process"]])
        // The reader's right to ask is listed for review; it is no rule of the company's.
        #expect(document.unmapped.map(\.text) == ["You may request that we delete your personal information."])
        let kept = Operation(action: "retain", data: ["user.contact.email"], context: ["user_request"])
        #expect(try Fixtures.decide(document, kept) == .deny)
    }

    @Test func untilLiftsAPermissionWhenItsFactHappens() throws {
        let document = try Fixtures.written("cascade-ccpa.md")
        let rule = try document.rule(.allow, "retain")
        #expect(rule.when.isEmpty)
        #expect(rule.unless == [Exception(when: ["account_cancelled"])])
        let history = Operation(action: "retain", data: ["user.behavior.purchase_history"])
        #expect(try Fixtures.decide(document, history) == .allow)
        var closed = history
        closed.context = ["account_cancelled"]
        #expect(try Fixtures.decide(document, closed) != .allow)
    }

    @Test func retentionPeriodsBoundKeeping() throws {
        let document = try Fixtures.written("fjord-gdpr.md")
        #expect(try document.rule(.allow, "retain", data: "user.account").scope.retention == .atMost(ISODuration("P2Y")!))
        let payment = try document.rule(.allow, "retain", data: "user.financial")
        #expect(payment.scope.retention == .atMost(ISODuration("P7Y")!))
        #expect(payment.scope.purpose == ["essential.legal_obligation"])
        let logs = try document.rule(.require, "delete")
        #expect(logs.scope.data == ["system.operations"])
        #expect(logs.scope.retention == .longerThan(ISODuration("P30D")!))

        let threeYears = Operation(action: "retain", data: ["user.account"], retention: ISODuration("P3Y"))
        #expect(try Fixtures.decide(document, threeYears) == .notCovered)
        let oneYear = Operation(action: "retain", data: ["user.account"], retention: ISODuration("P1Y"))
        #expect(try Fixtures.decide(document, oneYear) == .allow)
        let oldLogs = Operation(action: "retain", data: ["system.operations"], retention: ISODuration("P90D"))
        #expect(try Fixtures.decide(document, oldLogs) == .deny)
    }

    @Test func legalBasesAndConsent() throws {
        let document = try Fixtures.written("fjord-gdpr.md")
        #expect(try document.rule(.allow, "use", data: "user.government_id.passport_number").scope.purpose == ["essential.service"])
        #expect(try document.rule(.allow, "use", data: "user.contact.email").when == ["consent"])
        #expect(try document.rule(.allow, "disclose").when == ["legal_process"])
        #expect(try document.rule(.deny, "sell").scope.data == ["user"])
    }

    @Test func anOpenEndedRetentionIsNotAnIndefiniteOne() throws {
        let document = try Fixtures.written("fjord-gdpr.md")
        #expect(document.rules(action: "retain", data: "user.government_id.passport_number").isEmpty)
        #expect(document.unmappedReason("We retain your passport number") == "the condition (as long as …) is not understood")
    }
}
