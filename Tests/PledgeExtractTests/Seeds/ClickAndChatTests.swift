import Testing
import Pledge
@testable import PledgeExtract

/// The promises a careful reader finds in ClickAndChat's 2011 policy, asserted on the
/// extracted model and on the decisions the engine makes with it.
@Suite struct ClickAndChatTests {
    let document: PolicyDocument

    init() throws { document = try Fixtures.policy("clickandchat/2011-12-01") }

    @Test func metadata() {
        #expect(document.policy.title == "ClickAndChat: Privacy Policy")
        #expect(document.policy.effective == "2011-08-19")
        #expect(document.policy.archived == "2011-12-01")
        #expect(document.policy.sourceSHA256?.count == 64)
    }

    @Test func registrationDataIsADefinedTerm() {
        let items = document.terms["registration_data"] ?? []
        for key in ["user.name", "user.contact.address", "user.contact.phone_number", "user.contact.email",
                    "user.account.username", "user.authorization.password", "user.financial"] {
            #expect(items.contains(key), "\(key)")
        }
    }

    @Test func noThirdPartySharingWithTheTwoLegalProcessExceptions() throws {
        let rule = try #require(document.rules(effect: .deny, action: "share", data: "user", recipient: "third_party").first)
        #expect(rule.source.section == "Confidentiality of Your Data")
        #expect(rule.source.line == 12)
        #expect(rule.unless.count == 2)
        #expect(rule.unless.allSatisfy { $0.when == ["legal_process"] && $0.source?.section == "Exceptions to our Privacy Policy" })
        #expect(rule.unless[0].scope.recipient == ["government", "legal_counsel"])
        #expect(rule.unless[1].scope.recipient == ["legal_counsel"])
    }

    @Test func noSellingRentingOrSwappingOfRegistrationData() throws {
        let rule = try #require(document.rules(effect: .deny, action: "sell", data: "registration_data").first)
        #expect(rule.scope.action == ["sell", "rent", "trade", "disclose"])
        #expect(rule.scope.recipient == ["third_party"])
    }

    /// Permissions whose text carries a limit the vocabulary cannot express are listed for a reviewer, never
    /// written wider than the text: the marketing e-mail is limited to "topics in which you have indicated an
    /// interest", keeping card details to a purchase "verified and processed", the account contacts to concerns
    /// "relevant to your account", and the disclosure of usage to information "gathered during your use of the Site"
    /// about "any related services".
    @Test func permissionsWithLimitsNotReadAreListed() throws {
        for (start, word) in [("Unless you elect to", "indicated"), ("We maintain your credit card related information", "verified"),
                              ("You will be given the opportunity", "relevant")] {
            let reason = try #require(document.unmappedReason(start), "\(start)")
            #expect(reason.contains(word), "\(reason)")
        }
        #expect(document.rules(effect: .allow, action: "email").isEmpty)
        #expect(document.rules(effect: .allow, action: "retain", data: "user.financial.credit_card").isEmpty)
    }

    /// The opt-out offered "during every correspondence" qualifies no permission that was read, so it is listed too.
    @Test func theOptOutOfferIsListed() {
        #expect(document.unmappedReason("You will be given the opportunity") != nil)
    }

    @Test func registrationDataDeletedOnceCancellationIsProcessed() throws {
        let rule = try #require(document.rules(effect: .require, action: "delete", data: "registration_data").first)
        #expect(rule.when == ["account_cancelled"])
        #expect(rule.source.section == "Cancellation")
    }

    @Test func emailAndIPAddressesUsedForDiagnostics() throws {
        let rule = try #require(document.rules(effect: .allow, action: "use", data: "user.device.ip_address").first)
        #expect(rule.scope.data == ["user.contact.email", "user.device.ip_address"])
        #expect(rule.scope.purpose == ["essential.service.operations.improve"])
    }

    @Test func cookieDataIsNotShared() throws {
        let rule = try #require(document.rules(effect: .deny, action: "share", data: "user.device.cookie").first)
        #expect(rule.scope.recipient == ["third_party"])
        #expect(rule.source.section == "Cookies")
    }

    /// "We shall use such information strictly for the purpose of providing services": a purpose
    /// limitation. Every other use is denied, and the linter shows the permissions it overrides.
    @Test func strictlyForProvidingServicesDeniesEveryOtherUse() throws {
        for action in ["use", "retain"] {
            let rule = try document.rule(.deny, action, data: "user")
            #expect(rule.unless == [Exception(scope: Scope(purpose: ["essential.service"]))])
            #expect(rule.source.section == "Confidentiality of Your Data")
        }
        let service = Operation(action: "use", data: ["user.contact.email"], purpose: "essential.service")
        #expect(try Fixtures.decide(document, service) == .allow)
        var advertising = service
        advertising.purpose = "marketing.advertising"
        #expect(try Fixtures.decide(document, advertising) == .deny)
    }

    @Test func theEngineDecidesWhatTheTextPromises() throws {
        func decide(_ action: String, _ data: [String], to recipient: String? = nil, for purpose: String? = nil,
                    as identifiability: String? = nil, when context: [String] = []) throws -> Outcome {
            try Fixtures.decide(document, Operation(action: action, data: data, recipient: recipient, purpose: purpose,
                                                    identifiability: identifiability, context: context))
        }
        #expect(try decide("share", ["user.contact.email"], to: "advertiser", for: "marketing.advertising") == .deny)
        #expect(try decide("share", ["user.contact.email"], to: "government", for: "essential.legal_obligation", when: ["subpoena"]) == .allow)
        #expect(try decide("sell", ["user.contact.phone_number"], to: "advertiser", for: "sales") == .deny)
        // Marketing e-mail and keeping card details are listed for review (their limits are not read): not covered, never allowed.
        #expect(try decide("email", ["user.contact.email"], to: "data_subject", for: "marketing.communications.email") == .notCovered)
        #expect(try decide("email", ["user.contact.email"], to: "data_subject", for: "marketing.communications.email", when: ["opted_out"]) != .allow)
        // Keeping card details to provide the service: "we will house such data … strictly for the purpose of providing services".
        #expect(try decide("retain", ["user.financial.credit_card"], for: "essential.service", when: ["purchase"]) == .allow)
        #expect(try decide("retain", ["user.financial.credit_card"], for: "marketing.advertising") == .deny)
        #expect(try decide("retain", ["user.contact.email"], for: "essential.service", when: ["account_cancelled"]) == .deny)
        #expect(try decide("share", ["user.device.cookie"], to: "advertiser", for: "marketing.advertising") == .deny)
    }
}
