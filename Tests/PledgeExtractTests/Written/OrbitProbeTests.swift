import Testing
import Pledge
@testable import PledgeExtract

/// Orbit Fitness: a Markdown policy the extractor had not seen when it was written
/// (Fixtures/orbit.md, the coordinator's probe). Its rules, and what the engine decides with them.
@Suite struct OrbitProbeTests {
    private let document: PolicyDocument
    init() throws { document = try Fixtures.written("orbit.md") }

    @Test func theBoldEffectiveDateIsRead() {
        #expect(document.policy.title == "Orbit Fitness Privacy Policy")
        #expect(document.policy.effective == "2023-03-15")
    }

    @Test func collectionAtSignUpAndByTheApp() throws {
        let signUp = try document.rule(.allow, "collect", data: "user.demographic.date_of_birth")
        #expect(signUp.when == ["registration"])
        #expect(Set(signUp.scope.data ?? []) == ["user.name", "user.contact.email", "user.demographic.date_of_birth", "user.demographic.gender"])
        // "during workouts" limits when the app records; read without it the permission would hold always.
        #expect(document.rules(effect: .allow, data: "user.location.precise").isEmpty)
        #expect(document.unmappedReason("The app records")?.contains("workouts") == true)
    }

    @Test func heartRateIsNeverUsedForAdvertising() throws {
        #expect(try document.rule(.deny, "use", data: "user.health_and_medical").scope.purpose == ["marketing.advertising"])
        let op = Operation(action: "use", data: ["user.health_and_medical"], purpose: "marketing.advertising.first_party.targeted")
        #expect(try Fixtures.decide(document, op) == .deny)
    }

    @Test func workoutDataIsKeptAtMostTwoYears() throws {
        let keep = try document.rule(.allow, "retain", data: "user.health_and_medical")
        #expect(keep.scope.retention == .atMost(try #require(ISODuration("P24M"))))
    }

    @Test func aTransferOnAcquisitionCarriesTheNotice() throws {
        let transfer = try document.rule(.allow, "disclose", recipient: "acquirer")
        #expect(transfer.when == ["merger"])
        #expect(transfer.obligations == ["notify you before it is transferred"])
    }

    @Test func serviceAnnouncementsButPromotionalMailOnlyWithConsent() throws {
        #expect(try document.rule(.allow, "email").scope.purpose == ["essential.service.notifications"])
        let promo = try document.rule(.deny, "email")
        #expect(promo.scope.purpose == ["marketing.communications.email"])
        #expect(promo.unless.map(\.when) == [["consent"]])
        let notice = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: "essential.service.notifications")
        #expect(try Fixtures.decide(document, notice) == .allow)
        let marketing = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: "marketing.communications.email")
        #expect(try Fixtures.decide(document, marketing) == .deny)
    }

    @Test func onlyTheUnknownLimitsAreLeftForReview() {
        #expect(document.unmapped.map(\.text) == ["The app records your heart rate and GPS location during workouts."])
        // The purpose in the text's own words: training insights, nothing else.
        let insights = document.rules(effect: .allow).filter { $0.source.text == "We use your health data to show you training insights." }
        #expect(insights.map { $0.scope.purpose?.compactMap { document.purposes[$0]?.says } } == [["to show you training insights"]])
    }
}
