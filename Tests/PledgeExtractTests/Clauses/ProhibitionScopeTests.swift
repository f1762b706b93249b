import Testing
import Pledge
@testable import PledgeExtract

/// A prohibition is never narrowed by words it does not own: an age says whose data, not which data or how long;
/// a reason for refraining ("in order to keep it safe") is no limit of what is refrained from; an aside ("for any
/// reason") sits inside the verb group; a data word inside a recipient's name names no data; and a promise about
/// the excess over what is needed is not read as a ban on what is needed. Sentences written for the test.
@Suite struct ProhibitionScopeTests {
    @Test(arguments: [
        "We do not knowingly gather data from individuals younger than 16.",
        "We will not collect personal information from anyone under 13 years of age.",
        "We never sell data about kids aged 12 or under.",
        "Information from users who are under the age of 13 is not retained.",
    ])
    func anAgeBoundFromAboveNamesChildrensDataAndNoPeriod(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first)
        #expect(document.rules.count == 1)
        #expect(rule.effect == .deny)
        #expect(rule.scope.data == ["user.childrens"], "\(rule.scope.data ?? [])")
        #expect(rule.scope.retention == nil)
    }

    @Test func aChildsDataIsDeniedWhateverItIsAndAnAgeRangeIsNotWhatTheSentenceSpeaksOf() throws {
        let document = try Fixtures.extract("We do not knowingly collect information from persons under 13 years of age.")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.childrens"])) == .deny)
        // The sentence is about children, not about anyone's age: collecting an adult's age is outside it.
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.demographic.age_range"])) == .notCovered)
    }

    @Test func aPermissionForChildrenReadsItsAgeAsWhoseDataItIs() throws {
        let document = try Fixtures.extract("With parental consent, we may collect the names of children under 13.")
        let rule = try document.rule(.allow, "collect", data: "user.childrens")
        #expect(rule.when == ["consent"])
        #expect(rule.scope.retention == nil)
    }

    @Test(arguments: [
        ("We retain payment records for 7 years.", "P7Y"),
        ("Usage logs are kept for 13 months.", "P13M"),
    ])
    func aPeriodIsStillAPeriod(_ text: String, _ period: String) throws {
        let rule = try #require(try Fixtures.extract(text).rules.first)
        #expect(rule.scope.retention == .atMost(try #require(ISODuration(period))))
    }

    @Test(arguments: [
        ("Card numbers are not stored on our servers, in order to keep them safe.", "retain"),
        ("We do not share your location with advertisers so that your privacy is protected.", "share"),
        ("We will not sell your phone number, to protect your security.", "sell"),
    ])
    func aReasonForRefrainingLeavesTheProhibitionForEveryPurpose(_ text: String, _ action: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.action == [action])
        #expect(rule.scope.purpose == nil, "\(rule.scope.purpose ?? [])")
        #expect(document.unmapped.first?.reason.contains("gives the reason for the prohibition") == true)
        // Whatever the purpose of the act, the text forbids it.
        let data = try #require(rule.scope.data)
        for purpose in ["essential.service.security", "marketing", "analytics"] {
            let operation = Operation(action: action, data: data, recipient: rule.scope.recipient?.first, purpose: purpose)
            #expect(try Fixtures.decide(document, operation) == .deny, "\(purpose)")
        }
    }

    @Test func aPurposeTheProhibitionOwnsStillLimitsIt() throws {
        let document = try Fixtures.extract("We do not share your location with advertisers for marketing.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.purpose == ["marketing"])
        #expect(document.unmapped.isEmpty)
    }

    @Test(arguments: [
        "We will not collect more data than we need to run the service.",
        "We collect no more personal information than is necessary to answer you.",
        "We do not keep your files beyond what is required to finish your order.",
    ])
    func aLimitToWhatIsNeededGivesNoRuleAndIsListed(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.map(\.reason).first?.hasPrefix("a limit to what is needed") == true, "\(document.unmapped.map(\.reason))")
    }

    @Test(arguments: [
        ("We will never, for any purpose, rent your phone number.", "rent", "user.contact.phone_number"),
        ("We will not, under any circumstances, disclose your e-mail address to advertisers.", "disclose", "user.contact.email"),
    ])
    func anAsideInsideTheVerbGroupLeavesTheProhibitionWhole(_ text: String, _ action: String, _ data: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .deny)
        #expect(rule.scope.action == [action])
        #expect(rule.scope.data == [data])
        #expect(rule.scope.purpose == nil)
    }

    @Test func aDataWordInsideARecipientsNameNamesNoData() throws {
        let document = try Fixtures.extract("We will not share your personal data with any third party outside of our organisation.")
        let rule = try #require(document.rules.first)
        #expect(rule.scope.data == ["user"])
        #expect(rule.scope.recipient == ["third_party"])
    }
}
