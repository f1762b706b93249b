import Testing
import Pledge
@testable import PledgeExtract

/// The company's collection stated with the reader as the subject: what the reader gives the company ("you provide
/// us with …"), must or may give it ("you are required to provide", "you may choose to give us"), or is asked for
/// ("you may be asked to provide", "we require you to submit") is what the company collects. What the reader need not
/// give, is advised not to give, or gives to someone else states no practice of the company. Sentences written for
/// the test.
@Suite struct ReaderProvisionTests {
    struct Given: Sendable, CustomStringConvertible {
        let text: String
        let data: [String]
        var when: [String] = []
        var description: String { text }
    }

    @Test(arguments: [
        Given(text: "You provide us with your name and e-mail address when you register.",
              data: ["user.name", "user.contact.email"], when: ["registration"]),
        Given(text: "When you open an account, you are required to provide your postal address.",
              data: ["user.contact.address"], when: ["registration"]),
        Given(text: "You must supply your phone number.", data: ["user.contact.phone_number"]),
        Given(text: "You may choose to give us your date of birth.", data: ["user.demographic.date_of_birth"]),
        Given(text: "You may be asked to provide your e-mail address.", data: ["user.contact.email"]),
        Given(text: "When registering on our site, you may be asked to enter your: name or phone number.",
              data: ["user.name", "user.contact.phone_number"], when: ["registration"]),
        Given(text: "We require you to submit your billing address.", data: ["user.contact.address"]),
        Given(text: "You will need to provide your credit card number.", data: ["user.financial.credit_card"]),
        Given(text: "When you sign up, we will request that you provide your e-mail address.", data: ["user.contact.email"],
              when: ["registration"]),
        Given(text: "Users submit their names to us.", data: ["user.name"]),
        Given(text: "A user is required to give a postal address.", data: ["user.contact.address"]),
        // The reader as the source is the person the data is about: no other source, and no limit.
        Given(text: "We collect your phone number from you.", data: ["user.contact.phone_number"]),
    ])
    func whatTheReaderGivesTheCompanyIsCollected(_ given: Given) throws {
        let document = try Fixtures.extract(given.text)
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
        let rule = try #require(document.rules.first)
        #expect(document.rules.count == 1, "\(document.rules.map(\.id))")
        #expect(rule.effect == .allow)
        #expect(rule.scope.action == ["collect"])
        #expect(rule.scope.data == given.data)
        #expect(rule.scope.recipient == nil)
        #expect(rule.when == given.when)
        // The company receives what is given; nothing in the sentence lets it pass the data on.
        let shared = Operation(action: "share", data: given.data, recipient: "third_party", context: given.when)
        #expect(try Fixtures.decide(document, shared) == .notCovered)
    }

    @Test(arguments: [
        ("We keep the postal address you enter on our website.", "retain", "user.contact.address"),
        ("We may store the e-mail address that you supply to us.", "retain", "user.contact.email"),
    ])
    func dataTheReaderProvidesIsDataCollectedFromThem(_ text: String, _ action: String, _ data: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
        let rule = try document.rule(.allow, action, data: data)
        #expect(rule.scope.action == [action])
        #expect(document.rules.count == 1)
    }

    @Test func aRelativeClauseOfGivingNamesNoPurpose() throws {
        // "to provide" in it is the giving, not the purpose of providing the service.
        let document = try Fixtures.extract("We use the e-mail address you choose to provide to answer your questions.")
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
        let rule = try document.rule(.allow, "use", data: "user.contact.email")
        #expect(rule.scope.purpose == ["essential.service.operations.support"])
    }

    @Test(arguments: [
        // The reader need not give it: no collection is stated, and it is no promise not to collect.
        "You are not required to provide your phone number.",
        "You do not have to give us your date of birth.",
        // Advice to the reader and the reader's own choice are no practice of the company.
        "You should not provide your password to anyone.",
        "If you choose not to provide your name, you cannot register.",
        // What the reader gives someone else is not the company's collection, nor its disclosure.
        "You may provide your e-mail address to other members.",
        "You can share your photos with advertisers.",
        // The company never calls itself "them": what is given "to them" goes to the parties named before.
        "You may give your e-mail address to them.",
        // What the company may have done before a request is the request's occasion, no practice of its own.
        "If we receive your request after having shared your data with a third party for marketing purposes or having transferred or disposed of your data, we may not be able to control its use.",
        // What the reader is given is no giving of theirs.
        "You will be given the opportunity to update your e-mail address.",
    ])
    func whatTheReaderNeedNotGiveOrGivesToOthersIsNoRule(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }

    @Test(arguments: [
        // A condition, a purpose and a qualifier the reading does not understand each limit what is collected.
        "You provide us with your name when you enter a zorble contest.",
        "You must provide your e-mail address in writing.",
        // What the relative clause says beyond the giving limits the data.
        "We may store the information that you supply in zorble rooms.",
        // Made exclusive, the source is the limit, which no rule names.
        "We only collect the information that you voluntarily supply.",
        "In zorbling, we will request that you provide your e-mail address.",
    ])
    func aLimitNotUnderstoodLeavesNoPermission(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.count == 1)
    }

    @Test func whatTheCompanyReceivesWhenTheReaderVisitsIsCollected() throws {
        let document = try Fixtures.extract("We receive your IP address when you visit.")
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
        let rule = try document.rule(.allow, "collect", data: "user.device.ip_address")
        #expect(rule.when.isEmpty)
    }

    @Test(arguments: [
        "We may receive information about you from advertisers.",
        "We may receive information about you from other sources.",
    ])
    func dataReceivedFromAnotherSourceIsListedNotAllowed(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.count == 1)
    }
}
