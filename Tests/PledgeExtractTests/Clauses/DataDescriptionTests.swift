import Testing
import Pledge
@testable import PledgeExtract

/// What a sentence says of the data it names — when it was collected, whom it came from, how identifiable a member of its
/// list is — says which data a prohibition binds, never when it holds nor that it binds a narrower kind. Sentences
/// written for the test.
@Suite struct DataDescriptionTests {
    private func share(_ data: String, _ facts: [String] = []) -> Operation {
        Operation(action: "share", data: [data], recipient: "advertiser", identifiability: "identified", context: facts)
    }

    /// "the information we collect when you make a purchase": the occasion describes the data; the ban holds afterwards.
    @Test(arguments: [
        "We never share the information we collect when you make a purchase.",
        "We will not share information that you give us when you register.",
    ])
    func anOccasionInARelativeClauseOnTheDataIsNoConditionOfTheBan(sentence: String) throws {
        let document = try Fixtures.extract("# Privacy\n\n\(sentence)\n")
        let ban = try document.rule(.deny, "share")
        #expect(ban.when.isEmpty, "\(ban.when)")
        #expect(try Fixtures.decide(document, share("user.contact.email")) == .deny)
    }

    /// "the data you send us": the reader's sending says which data, not that the ban holds only when they contact the
    /// company; "when they use our site" is every use of the service, no occasion of the ban either.
    @Test(arguments: ["We will never share the data you send us with advertisers.",
                      "We do not share personal information of children with advertisers when they use our site."])
    func aClauseOnTheDataOrTheServiceIsNoOccasionOfTheBan(sentence: String) throws {
        let document = try Fixtures.extract("# Privacy\n\n\(sentence)\n")
        let ban = try document.rule(.deny, "share")
        #expect(ban.when.isEmpty, "\(ban.when)")
    }

    /// "if you register" right after the data is the ban's own occasion, as the text says.
    @Test func anOccasionAfterTheDataItselfStaysTheBansCondition() throws {
        let document = try Fixtures.extract("# Privacy\n\nWe will not share your email address if you register.\n")
        #expect(try document.rule(.deny, "share").when == ["registration"])
    }

    /// "Information submitted during registration": the qualifier says which data; "registration" in its words is no occasion of
    /// its own, so the ban binds whenever the data is claimed as submitted then.
    @Test func anOccasionInsideAParticipleQualifierIsTheQualifiersOnly() throws {
        let document = try Fixtures.extract("# Privacy\n\nInformation submitted during registration is never shared with advertisers.\n")
        let ban = try document.rule(.deny, "share")
        let fact = try #require(ban.when.first)
        #expect(ban.when == [fact], "\(ban.when)")
        #expect(try Fixtures.decide(document, share("user.contact.email", [fact])) == .deny)
    }

    /// "from customers making online purchases" says whose data, not that it is purchase history.
    @Test func whatIsSaidOfThePeopleTheDataComesFromIsNoKindOfIt() throws {
        let document = try Fixtures.extract("# Privacy\n\nWe never share the information we receive from customers making online purchases.\n")
        #expect(try Fixtures.decide(document, share("user.contact.email")) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "personally identifiable information or personally-identifiable location information": both are members of the
    /// list; the ban holds for all identified data, not location alone.
    @Test func aMemberQualifiedByALevelIsStillAMemberOfTheList() throws {
        let document = try Fixtures.extract("# Privacy\n\nWe do not share your personally identifiable information or personally-identifiable location information with advertisers.\n")
        #expect(try Fixtures.decide(document, share("user.contact.email")) == .deny, "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, share("user.location")) == .deny)
    }

    /// "personal information, IP addresses and usage information": the device and usage data listed beside personal data
    /// are forbidden in a form that still singles someone out, not only by name; given as examples of personal data
    /// ("such as your IP address"), they are personal data, and the ban stays with identified data.
    @Test func deviceDataListedBesidePersonalDataIsForbiddenPseudonymousToo() throws {
        let listed = try Fixtures.extract("# Privacy\n\nWe will not share your personal information, IP addresses and usage information with advertisers.\n")
        let ip = Operation(action: "share", data: ["user.device.ip_address"], recipient: "advertiser", identifiability: "pseudonymous")
        #expect(try Fixtures.decide(listed, ip) == .deny, "\(listed.rules.map(\.scope))")
        let examples = try Fixtures.extract("# Privacy\n\nWe will not share your personal information, such as your IP address, with advertisers.\n")
        #expect(try Fixtures.decide(examples, ip) != .deny, "\(examples.rules.map(\.scope))")
    }

    /// "we collect subscribers' e-mail addresses. We do not share addresses with other companies": the bare "addresses"
    /// are the e-mail addresses just named; "your name, address or phone number" is a postal address still.
    @Test func bareAddressesAfterEmailAddressesAreThose() throws {
        let document = try Fixtures.extract("# Privacy\n\nWe collect subscribers' e-mail addresses to send our newsletter. We do not share addresses with other companies.\n")
        #expect(try Fixtures.decide(document, share("user.contact.email")) == .deny, "\(document.rules.map(\.scope))")
        let postal = try Fixtures.extract("# Privacy\n\nWe collect your e-mail address. We do not sell your name, address or phone number.\n")
        #expect(postal.rules(effect: .deny).first?.scope.data?.contains("user.contact.address") == true, "\(postal.rules.map(\.scope))")
    }
}
