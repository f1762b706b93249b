import Testing
import Pledge
@testable import PledgeExtract

/// Forms of a plain practice: a need to act, an opening phrase of circumstance, the service
/// or the servers as the ones acting, "pass" for handing data on. Sentences written for the test.
@Suite struct PlainPracticeFormTests {
    /// "we may need to share …": the need is the company's, the act a permission; "we do not need to …" promises nothing.
    @Test func aNeedToActIsThePractice() throws {
        let document = try Fixtures.extract("We may need to share your personal data with our service providers.")
        let rule = try document.rule(.allow, "share")
        #expect(rule.scope.recipient == ["service_provider"])
        let none = try Fixtures.extract("We do not need to collect your name.")
        #expect(none.rules.isEmpty, "\(none.rules.map(\.id))")
    }

    /// "In some cases we may collect …", "At times we may share …": the phrase opens the sentence; the pronoun after
    /// it opens the main clause.
    @Test(arguments: ["In some cases we may collect your e-mail address.", "At times we may collect your e-mail address."])
    func anOpeningPhraseOfCircumstanceLeavesTheClauseItsOwn(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(try document.rule(.allow, "collect").scope.data == ["user.contact.email"])
    }

    /// "The Acme site uses cookies", "Our servers log your IP address": the company's service or systems act for it.
    @Test func theServiceUnderItsNameAndTheServersActForTheCompany() throws {
        let site = try Fixtures.extract("# Acme Privacy Policy\n\nThe Acme site uses cookies to remember your shopping cart.\n")
        #expect(try site.rule(.allow, "use").scope.data == ["user.device.cookie"])
        let servers = try Fixtures.extract("Our servers log your IP address.")
        #expect(try servers.rule(.allow, "collect").scope.data == ["user.device.ip_address"])
        // A site one person runs says "my".
        let mine = try Fixtures.extract("My shopping cart uses cookies to remember your order.")
        #expect(try mine.rule(.allow, "use").scope.data == ["user.device.cookie"])
    }

    /// "We share information about our visitors in aggregate form": sharing and disclosing give data to others even
    /// where no recipient is named, so the practice holds for any recipient, at the identifiability it states. A
    /// transmission ("is transferred to our servers over an encrypted connection", "we transmit it securely") sends the
    /// data to the company, and is no disclosure.
    @Test func sharingWithNoRecipientNamedIsADisclosureToAny() throws {
        for text in ["We share information about our visitors in aggregate form.", "We disclose information about our visitors in aggregate form."] {
            let document = try Fixtures.extract(text)
            let aggregate = Operation(action: "share", data: ["user.behavior"], recipient: "advertiser", identifiability: "aggregated")
            #expect(try Fixtures.decide(document, aggregate) == .allow, "\(text) \(document.rules.map(\.scope))")
            var identified = aggregate
            identified.identifiability = "identified"
            #expect(try Fixtures.decide(document, identified) != .allow, "\(text)")
        }
        for text in ["Your payment details are transferred over an encrypted connection.", "We transmit your payment details over an encrypted connection.",
                     "Your payment details are disclosed over an encrypted connection."] {
            let document = try Fixtures.extract(text)
            #expect(document.rules(action: "disclose").isEmpty && document.rules(effect: .allow).isEmpty, "\(text) \(document.rules.map(\.id))")
        }
    }

    /// How often ("sometimes", "often", ", from time to time,", "at times") limits no practice; others named beside the
    /// company (", as well as other companies,", "We or our partners") leave the company's own act its practice.
    @Test(arguments: [
        "We sometimes share your e-mail address with our affiliates.",
        "We often share your e-mail address with our affiliates.",
        "We may, from time to time, share your e-mail address with our affiliates.",
        "We may from time to time share your e-mail address with our affiliates.",
        "We may at times share your e-mail address with our affiliates.",
        "We, as well as other companies, share your e-mail address with our affiliates.",
        "We or our partners share your e-mail address with our affiliates.",
    ])
    func howOftenAndWhoElseLeaveThePracticeTheCompanys(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(try document.rule(.allow, "share").scope.recipient == ["affiliate"], "\(document.unmapped.map(\.reason))")
    }

    /// "sell, give-away or rent": to give data away is to disclose it, a verb of the list like the others.
    @Test(arguments: ["We will never sell, give-away or rent our mailing list.", "We will never sell, give away or rent your email address."])
    func givingDataAwayIsDisclosingIt(_ text: String) throws {
        let deny = try Fixtures.extract(text).rule(.deny, "sell")
        #expect(deny.scope.action == ["sell", "disclose", "rent"])
    }

    /// "We do not sell or otherwise pass your details to third parties": passing data on is disclosing it.
    @Test func passingDataOnIsDisclosingIt() throws {
        let document = try Fixtures.extract("We do not sell or otherwise pass your details to third parties.")
        let passed = Operation(action: "disclose", data: ["user.contact.email"], recipient: "third_party")
        #expect(try Fixtures.decide(document, passed) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "We may send you offers on behalf of our partners": the message is the partners', sent to the reader; the
    /// partners receive nothing.
    @Test func aMessageOnBehalfOfAPartyGoesToTheReader() throws {
        let document = try Fixtures.extract("We may send you special offers on behalf of our partners.")
        let rule = try document.rule(.allow, "email")
        #expect(rule.scope.recipient == ["data_subject"], "\(rule.scope)")
    }

    /// "When you buy something from our shop, as part of the checkout process, we collect …": the occasion is the
    /// purchase, named twice; the collection holds then.
    @Test func aPurchaseNamedTwiceIsTheOccasion() throws {
        let document = try Fixtures.extract("When you buy something from our shop, as part of the checkout process, we collect your name and e-mail address.")
        let rule = try document.rule(.allow, "collect")
        #expect(rule.when == ["purchase"], "\(rule.when)")
        #expect(Set(rule.scope.data ?? []) == ["user.name", "user.contact.email"])
    }
}
