import Testing
import Pledge
@testable import PledgeExtract

/// Data described rather than acted on: "the information we collect includes …", a modifier sharing a data phrase's
/// head ("first and last name"), and "identify" said of things rather than people. Sentences written for the test.
@Suite struct DescribedDataTests {
    /// The subject names data by the company's act (or the reader's giving it); "include" lists what that data is:
    /// the company does that act with the listed data, and with no other.
    @Test(arguments: [
        ("The information we collect includes your name and e-mail address.", "collect"),
        ("The types of personal information we may collect include your name and your e-mail address.", "collect"),
        ("Information collected automatically may include, but is not limited to, your name and e-mail address.", "collect"),
        ("The information you provide to us may include your name and e-mail address.", "collect"),
        ("The data we use consists of your name and e-mail address.", "use"),
    ])
    func aDescribedPracticeCoversTheListedData(_ text: String, _ action: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try document.rule(.allow, action)
        #expect(Set(rule.scope.data ?? []) == ["user.name", "user.contact.email"], "\(rule.scope)")
        #expect(try Fixtures.decide(document, Operation(action: action, data: ["user.contact.email"])) == .allow)
        #expect(try Fixtures.decide(document, Operation(action: action, data: ["user.financial.credit_card"])) != .allow)
    }

    /// "does not include": what the data is not, the company does not do.
    @Test func aNegatedDescriptionIsABan() throws {
        let document = try Fixtures.extract("The information we collect does not include your credit card number.")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.financial.credit_card"])) == .deny)
    }

    /// A subject with words the form does not hold — another party's act, a recipient, a kind of data it narrows — is
    /// not read as the company's practice over the listed data.
    @Test(arguments: [
        "The information our partners collect includes your browser type and IP address.",
        "The information we share with advertisers on request includes your browser type and IP address.",
        "The e-mails we send contain web beacons and your IP address.",
    ])
    func aSubjectWithOtherWordsStatesNoPracticeOverTheList(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }

    /// "The requested information includes …": a participle before the data points to one request named before (a
    /// survey's), and the list is no statement of what the company collects in general.
    @Test func aParticipleBeforeTheDataPointsToOneAct() throws {
        let document = try Fixtures.extract("Our site sometimes runs surveys. The requested information typically includes your name and address.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
        let general = try Fixtures.extract("The information we collect typically includes your name and address.")
        #expect(Set(try general.rule(.allow, "collect").scope.data ?? []) == ["user.name", "user.contact.address"])
    }

    /// "first and last name", "IP and e-mail addresses", "telephone and fax numbers": the modifier before "and" takes the
    /// head of the phrase after it, and both kinds are named.
    @Test(arguments: [
        ("We collect your first and last name.", ["user.name.first", "user.name.last"]),
        ("We collect your IP and e-mail addresses.", ["user.device.ip_address", "user.contact.email"]),
        ("We collect your telephone and fax numbers.", ["user.contact.phone_number", "user.contact.fax_number"]),
    ])
    func aModifierSharesTheHeadOfTheDataAfterIt(_ text: String, _ data: [String]) throws {
        let rule = try Fixtures.extract(text).rule(.allow, "collect")
        #expect(rule.scope.data == data)
    }

    /// "to identify the pages you visit": identifying a thing names no identifiability; identifying a person does.
    @Test func identifyingAThingIsNoIdentification() throws {
        let things = try Fixtures.extract("We use cookies to identify the pages you visit and to help us identify your device.")
        #expect(try things.rule(.allow, "use").scope.identifiability == nil)
        let people = try Fixtures.extract(
            "We may share aggregated demographic information (data that cannot identify an individual person) with advertisers.")
        #expect(try people.rule(.allow, "share").scope.identifiability == ["aggregated"])
    }

    /// "your browser type and IP address": a thing named for a category it has no key of its own in (a browser type is
    /// device data) is not one of the examples of the kind beside it; both are named, in a permission as in a ban.
    @Test func aThingBesideAKindOfItsCategoryIsKept() throws {
        let browser = Operation(action: "collect", data: ["user.device"])
        let allowed = try Fixtures.extract("We collect your browser type and IP address.")
        #expect(try Fixtures.decide(allowed, browser) == .allow)
        let banned = try Fixtures.extract("We do not collect your browser type or IP address.")
        #expect(try Fixtures.decide(banned, browser) == .deny)
    }

    /// "marketing or promotional materials": the modifier before "or" takes the head of the purpose phrase after it;
    /// what is sent is a marketing message, not marketing of every kind.
    @Test func aModifierSharesTheHeadOfThePurposeAfterIt() throws {
        let document = try Fixtures.extract("We may contact you with newsletters, marketing or promotional materials.")
        #expect(try document.rule(.allow, "contact").scope.purpose == ["marketing.communications"])
    }

    /// "We receive only information used for order fulfillment": only some data, which no key names; no permission over
    /// all personal data is written.
    @Test func onlyBeforeAGenericDataWordIsALimitNotRead() throws {
        let document = try Fixtures.extract("We receive only information used for order fulfillment.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }

    /// "any information you volunteer, such as your e-mail address and name (“Personal Information”)": the list gives
    /// examples of the information the name stands for, which is not narrowed to them; a list with no example marker
    /// ("your email address and name (“Personal Information”)") defines the name by its data.
    @Test func aNameDefinedOverExamplesIsNotNarrowedToThem() throws {
        let examples = try Fixtures.extract("We gather any information that you volunteer, such as survey answers, email address, and name (\"Personal Information\").")
        #expect(examples.terms.isEmpty, "\(examples.terms)")
        let listed = try Fixtures.extract("We gather your email address and name (\"Personal Information\").")
        #expect(Set(listed.terms["personal_information"] ?? []) == ["user.contact.email", "user.name"], "\(listed.terms)")
    }

    /// "the first initial of your last name": a part of the data is not the data. Publishing the initial permits no
    /// publishing of the whole name; a ban on the part still holds for it.
    @Test func aPartOfTheDataIsNotTheData() throws {
        let document = try Fixtures.extract("We may publish your comments online, identifying only your first name and the first initial of your last name.")
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.name.first"], recipient: "public", identifiability: "identified")) == .allow,
                "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.name.last"], recipient: "public", identifiability: "identified")) != .allow)
        let ban = try Fixtures.extract("We never share the last four digits of your credit card number.")
        #expect(try Fixtures.decide(ban, Operation(action: "share", data: ["user.financial.credit_card"], recipient: "third_party")) == .deny)
    }
}
