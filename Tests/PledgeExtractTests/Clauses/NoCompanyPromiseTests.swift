import Testing
import Pledge
@testable import PledgeExtract

/// Sentences that name a practice verb and data but in which the company promises nothing: an instruction
/// to the reader, another party's act or policy, a disclaimer, a verb that is no finite verb, a report of
/// the past. They give no rule at all — a permission would grant what the text does not, and a prohibition
/// would forbid the company what the text forbids someone else. Sentences written for the test.
@Suite struct NoCompanyPromiseTests {
    @Test(arguments: [
        // An instruction to the reader: the reader is the one who must not share.
        "Do not share your password with anyone.",
        "If you are under 13, do not use this site or send us any information about yourself.",
        "First, to protect your account, do not share your password with others.",
        "Please do not disclose your account number to other members.",
        "Please allow a few days for your marketing preferences to be processed.",
        // A verb that is no finite verb of the company: a passive infinitive, a passive gerund.
        "Members of the ad network let visitors opt out of being tracked by cookies.",
        "Contact us if you want your e-mail address to be removed from a list.",
        // A relative clause on another party's name does not make the company its actor.
        "Advertising networks that serve ads on our site may also use cookies in their ads.",
        "Partners that we work with may use your e-mail address.",
        "Vendors who host our newsletters may collect your IP address.",
        "Websites that link to our services may collect your e-mail address.",
        // A lower-case service noun opening the sentence (reading its actor trapped).
        "websites may collect your e-mail address.",
        // Another party's policy, and an act asked of others.
        "Such businesses may have a policy not to disclose personal information of customers to third parties.",
        "Children under 13 are asked that they do not provide personal information.",
        "We ask that these visitors do not submit their phone number.",
        "The site is not meant for children, and we request that these individuals do not provide any personal data.",
        // What the reader is offered to do with their own data is the reader's act, not the company's duty or right.
        "We provide a way to correct, update or delete your personal information.",
        "We give you the ability to delete your e-mail address at any time.",
        // A relative clause in brackets defines the data; it states no use.
        "Personal information (i.e., information that may be used to zorble you) is described below.",
        // What the reader's own software does is the reader's act.
        "Cookies are stored by your web browser on your computer.",
        // A disclaimer: what the company cannot promise is no promise.
        "We cannot guarantee that your personal information will never be disclosed.",
        "Acme cannot ensure that the information collected will never be disclosed in an unauthorized way.",
        "We do not warrant that your data will not be shared by others.",
        // What the company cannot do otherwise is a consequence, no promise not to do it.
        "We need your e-mail address, or we cannot send you the newsletter.",
        "If you subscribe to our newsletter, we need an email or we can't send it.",
        "Please give us your e-mail address; otherwise we are not able to e-mail you the newsletter.",
        // Taking the reader off a list ends messages; it deletes no data.
        "When you click unsubscribe, your e-mail address is removed from our list.",
        // A report of the past, and a description of data, state no practice.
        "We will honor the terms under which your information was collected.",
        "Records that were shared before the change keep the terms they had.",
        "We do not consider aggregate data, from which your identity has been removed, to be private.",
        // What the reader may ask for is the reader's request, no duty of the company's.
        "You may have the right to request that personal information held about you is deleted.",
        // A technology the company does not use is no data it does not use: the clause after it describes the thing.
        "We do not use technology that recognizes a do-not-track signal from your web browser.",
        // A question inside the subject: how data is used is not a statement that it is.
        "We take seriously your interest in how your information is collected and used.",
        // Nouns of practice in a list under a determiner are not verbs.
        "We give you choices about our collection, use and sharing of your information.",
        "We offer you controls over the retention, use or disclosure of your data.",
        // What is possible is no promise: "could" is no "may".
        "In many cases, this information could be used to show you ads on other websites.",
        "Your e-mail address could be shared with advertisers.",
    ])
    func givesNoRule(_ text: String) throws {
        let document = try Fixtures.extract("# Acme Privacy Policy\n\n" + text + "\n")
        #expect(document.rules.isEmpty, "\(document.rules.map { "\($0.id) \($0.effect)" })")
    }

    /// The same forms, with the company as actor, still promise: the fixes read who acts, they do not drop
    /// sentences by their shape.
    @Test(arguments: [
        ("We do not share your password with anyone.", Effect.deny),
        ("It is our policy not to disclose personal information of customers to third parties.", .deny),
        ("We have a policy not to disclose personal information of customers to third parties.", .deny),
        ("It is Acme's policy not to sell your e-mail address.", .deny),
        // The negation may stand before the governor: "it is not our practice to".
        ("It is not our practice to share your e-mail address with advertisers.", .deny),
        ("It is not our policy to knowingly collect information about anyone under the age of 13.", .deny),
        // What is against the company's policy it does not do.
        ("It is against our policy to sell your personal information.", .deny),
        ("It is against Zorblax Times policy to rent your e-mail address.", .deny),
        // A request for the reader's attention opens the company's statement; it asks the reader to do nothing.
        ("Please note that we will not sell your e-mail address.", .deny),
        ("Please be aware that we may disclose your e-mail address to advertisers.", .allow),
        ("However, you should be aware that we may share your e-mail address with advertisers.", .allow),
        ("We ensure that your e-mail address will never be sold.", .deny),
        ("Your e-mail address is never sold.", .deny),
        ("Acme will not share your e-mail address with advertisers.", .deny),
        ("We may share your e-mail address with advertisers.", .allow),
        ("We not only collect your name but also your e-mail address.", .allow),
    ])
    func theCompanysPromiseStands(_ text: String, _ effect: Effect) throws {
        let document = try Fixtures.extract("# Acme Privacy Policy\n\n" + text + "\n")
        #expect(document.rules.map(\.effect) == [effect], "\(document.rules.map(\.id)) \(document.unmapped.map(\.reason))")
    }

    /// A verb group after "and" with no subject of its own has the subject before it: here another party's, so
    /// the data "this information" points back to does not make its use the company's.
    /// What a technology cannot do is a fact about it ("Cookies cannot be used to run programs"); what the company
    /// cannot do with data is still its promise.
    @Test func whatACookieCannotDoIsNoPromise() throws {
        let document = try Fixtures.extract("Cookies cannot be used to run programs on your computer. A cookie cannot read data off your hard drive.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        // What a technology can be used for is a fact about it too; what may be done with data collected through it
        // is the company's promise.
        let able = try Fixtures.extract("For example, web beacons can be used to count the visitors of a page.")
        #expect(able.rules.isEmpty, "\(able.rules.map(\.id))")
        let collected = try Fixtures.extract("Information collected through tracking pixels can only be shared with third parties in aggregated form.")
        #expect(!collected.rules(effect: .deny, action: "share").isEmpty, "\(collected.rules.map(\.id))")
        let promise = try Fixtures.extract("We cannot sell your email address.")
        #expect(try promise.rule(.deny, "sell").scope.data == ["user.contact.email"])
    }

    /// "we ask that you do not send us …": advice to the reader, no promise not to collect.
    @Test func askingTheReaderNotToGiveDataIsNoProhibition() throws {
        let document = try Fixtures.extract("We ask that you do not send account numbers to us by email.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.hasPrefix("the reader is asked not to give the data") == true, "\(document.unmapped.map(\.reason))")
    }

    /// "may or may not": either way, no promise — neither a permission nor a prohibition.
    @Test(arguments: ["You may or may not provide us with other contact details.", "We may or may not share your email address with partners."])
    func mayOrMayNotPromisesNothing(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }

    /// "collected through cookies, log files and/or third parties": the parties data comes through are its source,
    /// never those who receive it.
    @Test func aPartyDataComesThroughIsNoRecipient() throws {
        let document = try Fixtures.extract("We may retain the information we collect through cookies, log files and/or third parties to zorble your preferences.")
        #expect(document.rules.allSatisfy { $0.scope.recipient == nil }, "\(document.rules.map(\.id))")
    }

    @Test func aSecondVerbKeepsTheFirstVerbsActor() throws {
        let document = try Fixtures.extract("# Acme Privacy Policy\n\nWe collect your e-mail address.\n\n"
            + "The content providers may share this information with the publisher, and may use this information to fulfill your order.\n")
        #expect(document.rules.map(\.id) == ["allow-collect-email"])
    }

    /// A third party's own act is listed for review, never dropped silently.
    @Test func anotherPartysPracticeIsListed() throws {
        let document = try Fixtures.extract("# Acme Privacy Policy\n\nAdvertising networks that serve ads on our site may also use cookies.\n")
        #expect(document.rules.isEmpty)
        #expect(document.unmapped.map(\.reason) == ["the actor is a third party, not the company"])
    }

    /// "please … do not disclose it": the reader is asked to act; the company promises nothing.
    @Test func whatTheReaderIsAskedToDoIsNoPromise() throws {
        let document = try Fixtures.extract("Please keep your password secret and do not disclose it to others.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.scope))")
    }

    /// "we do not intend to sell, rent, or otherwise give your e-mail address": a promise not to, never a permission;
    /// an intention to act ("we intend to share") promises nothing.
    @Test func anIntentionNotToActIsAPromiseNotTo() throws {
        let document = try Fixtures.extract("We do not intend to sell your e-mail address to a third party.")
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party")) == .deny,
                "\(document.rules.map(\.id))")
        for text in ["We maintain a strict policy that means we do not intend to sell, rent, or otherwise give your e-mail address to a third-party, without your consent.",
                     "We intend to share your data with partners."] {
            #expect(try Fixtures.extract(text).rules.allSatisfy { $0.effect != .allow }, "\(text)")
        }
    }

    /// "Non-personal information, alone, cannot be used to identify you": what data cannot be used for says what the
    /// data is; it is no ban. What the company will not use data for is one.
    @Test func whatDataCannotBeUsedForIsNoBan() throws {
        for sentence in ["Non-personal information, alone, cannot be used to identify or contact you.", "Aggregate data cannot be used to personally identify you."] {
            let document = try Fixtures.extract(sentence)
            #expect(document.rules.isEmpty, "\(sentence): \(document.rules.map(\.scope))")
        }
        let ban = try Fixtures.extract("Your personal information will not be used to identify you to advertisers.")
        #expect(ban.rules.map(\.effect) == [.deny], "\(ban.rules.map(\.scope))")
    }
}
