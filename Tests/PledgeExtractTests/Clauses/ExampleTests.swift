import Testing
import Pledge
@testable import PledgeExtract

/// What an example names: a case of what it follows, never the only case, and never a limit it does not state.
/// Sentences written for the test.
@Suite struct ExampleTests {
    /// "(for example, when you order a gift)": a case of the exception before it; it neither narrows the prohibition
    /// to orders nor lifts it for every order.
    @Test func aBracketedExampleOfAnExceptionIsNoConditionOfItsOwn() throws {
        let document = try Fixtures.extract("We will not share your e-mail address unless you ask us to (for example, when you order a gift).")
        let rule = try document.rule(.deny, "share")
        #expect(rule.when.isEmpty, "\(rule.when)")
        let shared = Operation(action: "share", data: ["user.contact.email"], recipient: "third_party")
        #expect(try Fixtures.decide(document, shared) == .deny)
        var ordered = shared
        ordered.context = ["purchase"]
        #expect(try Fixtures.decide(document, ordered) == .deny)
        var asked = shared
        asked.context = ["user_request"]
        #expect(try Fixtures.decide(document, asked) != .deny)
    }

    /// "only when you give it to us (for example, when registering)": the ban is on collecting what was not given;
    /// registering is an example of giving, so the ban must not hold at registration only.
    @Test func anExclusiveLimitWithAnExampleIsNoBanOnItsExample() throws {
        let document = try Fixtures.extract(
            "We collect personally-identifiable information about you only when you specifically give it to us (for example, when registering).")
        for rule in document.rules(effect: .deny) { #expect(!rule.when.contains("registration"), "\(rule.when)") }
        let collected = Operation(action: "collect", data: ["user.name"], identifiability: "identified")
        #expect(try Fixtures.decide(document, collected) == .deny, "\(document.rules.map(\.when))")
    }

    /// "when you visit our site, such as your IP address": examples of data after the occasion are the data's.
    @Test func dataExamplesAfterAnOccasionNameTheData() throws {
        let document = try Fixtures.extract(
            "We may collect information automatically when you visit our website or use our mobile applications, such as your IP address.")
        let rule = try document.rule(.allow, "collect")
        #expect(rule.scope.data == ["user.device.ip_address"])
        #expect(document.rules(action: "use").isEmpty, "the visit's own verb is no practice: \(document.rules.map(\.id))")
    }

    /// "information relating to your orders, including your card number": the kind and the example are both named.
    @Test func anExampleOnlyTheGenericWordCoversIsNamedBesideTheKind() throws {
        let document = try Fixtures.extract(
            "We may also collect information relating to your purchases, including details of credit cards you use. We do not disclose this information to third parties.")
        let deny = try document.rule(.deny, "disclose")
        #expect(Set(deny.scope.data ?? []) == ["user.behavior.purchase_history", "user.financial.credit_card"])
    }

    /// "For example, we may share information to verify our rights": a case of the sharing before it, with its
    /// recipients; with none understood there, no permission to share with anyone.
    @Test func anExampleSentenceTakesTheRecipientsOfThePracticeBefore() throws {
        let named = try Fixtures.extract(
            "We may share information with our affiliates. For example, we may share information for the purpose of verifying our rights.")
        for rule in named.rules(effect: .allow, action: "share") { #expect(rule.scope.recipient == ["affiliate"], "\(rule.id)") }
        let unnamed = try Fixtures.extract(
            "We may share the information we gather with Partner Sites. For example, we may share information for the purpose of verifying our rights.")
        #expect(unnamed.rules(effect: .allow, action: "share").isEmpty, "\(unnamed.rules.map(\.id))")
        #expect(unnamed.unmappedReason("For example") == "an example of the practice of the sentence before; the recipient it discloses to is not read with it")
    }

    /// "information on our server logs including your IP address and the pages you request": a permission reads the
    /// generic word as its examples, beside the kind the head names; never as all personal data.
    @Test func aGenericWordBesideAKindIsReadAsItsExamples() throws {
        let document = try Fixtures.extract("We may record information on our server logs, including your IP address and cookie information.")
        let rule = try document.rule(.allow, "collect")
        #expect(!(rule.scope.data ?? []).contains("user"), "\(rule.scope)")
        #expect((rule.scope.data ?? []).contains("user.device.ip_address"), "\(rule.scope)")
    }

    /// "service providers that perform services for us (such as to process credit card payments or send communications
    /// for us)": verbs among examples, with no subject of their own, say what the providers do; they are no permission of
    /// the company's to use card data or to e-mail the reader.
    @Test(arguments: [
        "We may share your information with service providers that perform services on our behalf (such as to host the site, process credit card payments, or send communications for us).",
        "We share data with vendors (for example, they process payments and send emails for us).",
    ])
    func verbsAmongExamplesAreNoPermissionsOfTheCompany(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .allow, action: "email").isEmpty, "\(document.rules.map(\.id))")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.financial.credit_card"], purpose: "marketing")) != .allow)
        #expect(try Fixtures.decide(document, Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: "marketing")) != .allow)
    }

    /// "any personal information – no username, no e-mail address": kinds set off by a dash or a colon after data named
    /// generically are examples of it; the ban is on all of it, not on the kinds named.
    @Test(arguments: ["We do not ask for any personal information – no username, no e-mail address.",
                      "We do not collect any personal information: no name, no e-mail address."])
    func kindsSetOffAfterGenericDataAreItsExamples(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let phone = Operation(action: "collect", data: ["user.contact.phone_number"], identifiability: "identified")
        #expect(try Fixtures.decide(document, phone) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "We delete all personal information, such as your e-mail address, after six months": a duty binds like a ban —
    /// for all the data it names, not for its example; and a clause inside the example ("provided during payments")
    /// qualifies the example, not the duty.
    @Test(arguments: ["We delete all personal information, such as your e-mail address, after six months.",
                      "We automatically delete all personal information – such as the e-mail address provided during payments – after six months."])
    func aDutyOverGenericDataIsNotNarrowedToItsExample(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let duty = try document.rule(.require, "delete")
        #expect(duty.scope.data == ["user"], "\(duty.scope)")
        #expect(duty.when.isEmpty, "\(duty.when)")
    }

    /// "Personal information we collect, including e-mail addresses, will not be released": the ban is of the personal
    /// information, the clause on it and its examples between; never of the examples alone.
    @Test(arguments: ["Personal information we collect, including e-mail addresses, will not be released to any third parties.",
                      "Personal information collected for contests, including e-mail addresses, will not be released to any third parties."])
    func aPassiveBansItsHeadNotOnlyTheExamplesAfterAClauseOnIt(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let name = Operation(action: "disclose", data: ["user.name"], recipient: "third_party", identifiability: "identified")
        #expect(try Fixtures.decide(document, name) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "such as the e-mail address provided during payments": no condition of the ban, which holds at every time.
    @Test func aClauseOnAnExampleIsNoConditionOfTheBan() throws {
        let document = try Fixtures.extract(
            "We do not share personal information, such as the e-mail address provided during payments, with anyone.")
        let shared = Operation(action: "share", data: ["user.name"], recipient: "advertiser", identifiability: "identified")
        #expect(try Fixtures.decide(document, shared) == .deny, "\(document.rules.map(\.when))")
    }
}
