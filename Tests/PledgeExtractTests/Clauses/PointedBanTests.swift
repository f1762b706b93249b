import Testing
import Pledge
@testable import PledgeExtract

/// What "this information" points back to when a ban names it: all the data its paragraph named, and, for a ban an
/// exclusive limit makes, the broad reading. Sentences written for the test.
@Suite struct PointedBanTests {
    /// "We log your IP address. We also record the pages you visit. This information is never sold.": both.
    @Test func aBanPointingBackReadsTheWholeParagraph() throws {
        let document = try Fixtures.extract(
            "We log your IP address. We also record the pages you visit. This information is never sold to third parties.")
        for data in ["user.device.ip_address", "user.behavior.browsing_history"] {
            let sold = Operation(action: "sell", data: [data], recipient: "third_party")
            #expect(try Fixtures.decide(document, sold) == .deny, "\(data): \(document.rules.map(\.scope))")
        }
    }

    /// "## Shipping and Billing Info — We require your name, shipping address and credit card number … We encrypt your
    /// information … We will never divulge such information": the heading names billing data, but the ban points back to
    /// everything the paragraph named under it too.
    @Test func aBanUnderAHeadingReadsTheParagraphsDataBesidesTheHeadings() throws {
        let document = try Fixtures.extract("""
            # Acme Privacy Policy

            ## Shipping and Billing Info

            We require your name, shipping address and credit card number to complete transactions. We encrypt your \
            information with every order. This information is strictly confidential, and we will never divulge such \
            information to any third party.
            """)
        for data in ["user.name", "user.contact.address", "user.financial.credit_card"] {
            let divulged = Operation(action: "disclose", data: [data], recipient: "third_party")
            #expect(try Fixtures.decide(document, divulged) == .deny, "\(data): \(document.rules.map(\.scope))")
        }
    }

    /// "We may use feedback you provide … We may use the information Users provide about themselves when placing an
    /// order … We do not share this information": the ban points back to the order's information, the latest data named
    /// (in general words, whoever the reader is called), never to the feedback named before it.
    @Test(arguments: ["Users", "customers"])
    func aBanPointsBackToTheLatestDataNamedInGeneral(_ reader: String) throws {
        let document = try Fixtures.extract("""
            We may use feedback you provide to improve our products. We may use the information \(reader) provide about \
            themselves when placing an order only to provide service to that order. We do not share this information with \
            outside parties.
            """)
        let shared = Operation(action: "share", data: ["user.contact.address"], recipient: "third_party")
        #expect(try Fixtures.decide(document, shared) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "We collect your e-mail address … If you provide personally identifiable information, it will be used … We will
    /// not sell this information": a sentence that names data only in general words, and gives no rule, is still the
    /// latest data named; the ban is on all of it, not on the e-mail address named before.
    @Test func aBanPointsBackPastASentenceThatNamesDataInGeneral() throws {
        let document = try Fixtures.extract("""
            We collect your e-mail address to send you newsletters. If you provide personally identifiable information, \
            it will be used to provide you with the service you have requested. We will not sell this information to \
            third parties.
            """)
        let sold = Operation(action: "sell", data: ["user.name"], recipient: "third_party")
        #expect(try Fixtures.decide(document, sold) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "We collect personal information, such as your name. This information is used only to process your order.":
    /// the ban the limit makes holds for the personal information, not only for the example.
    @Test func aBanFromAnExclusiveLimitReadsThePointedDataBroadly() throws {
        let document = try Fixtures.extract(
            "We collect personal information, such as your name. This information is used only to process your order.")
        let marketing = Operation(action: "use", data: ["user.contact.email"], purpose: "marketing")
        #expect(try Fixtures.decide(document, marketing) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "We may collect your card number. This information is encrypted. We will use this information solely to complete
    /// your order.": a sentence between that only points back passes the data on; the ban is on the card number.
    @Test func aSentenceThatOnlyPointsBackPassesTheDataOn() throws {
        let document = try Fixtures.extract(
            "When you order, we may collect your credit card number. This information is encrypted. We will use this information solely to complete your order.")
        let deny = try document.rule(.deny, "use")
        #expect(deny.scope.data == ["user.financial.credit_card"], "\(deny.scope)")
    }

    /// "The emails we send contain links to unsubscribe. We do not sell personal information, or share such
    /// information with third parties.": a sentence that names data in passing gives a ban pointing back all of it.
    @Test func aSentenceNamingDataInPassingGivesAllOfIt() throws {
        let document = try Fixtures.extract(
            "The emails that we send contain links to unsubscribe. This information is never shared with third parties.")
        let shared = Operation(action: "share", data: ["user.name"], recipient: "third_party")
        #expect(try Fixtures.decide(document, shared) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "We collect your card number. This sensitive personal information is not shared …": a description after a
    /// pointing word points back; the ban binds the card, and a permission for "this sensitive information" names no
    /// health or belief data the text never spoke of.
    @Test func aDescriptionAfterAPointingWordPointsBack() throws {
        let document = try Fixtures.extract("We collect your credit card number. This sensitive personal information is not shared with third parties. This sensitive information may be stored for verification purposes.")
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.financial.credit_card"], recipient: "third_party", identifiability: "identified")) == .deny)
        #expect(try Fixtures.decide(document, Operation(action: "retain", data: ["user.health_and_medical"])) != .allow)
    }
}
