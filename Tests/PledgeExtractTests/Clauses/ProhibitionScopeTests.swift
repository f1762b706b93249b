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

    /// "will not willfully disclose, rent, or sell": an adverb of intent inside the verb group keeps every verb listed.
    @Test(arguments: ["willfully", "deliberately", "knowingly"])
    func anAdverbOfIntentKeepsTheFirstVerbOfTheList(_ adverb: String) throws {
        let document = try Fixtures.extract("We will not \(adverb) disclose, rent, or sell your personal information to third parties.")
        for action in ["disclose", "rent", "sell"] {
            let done = Operation(action: action, data: ["user.name"], recipient: "advertiser", identifiability: "identified")
            #expect(try Fixtures.decide(document, done) == .deny, "\(action): \(document.rules.map(\.scope))")
        }
    }

    @Test func aChildsDataIsDeniedWhateverItIsAndAnAgeRangeIsNotWhatTheSentenceSpeaksOf() throws {
        let document = try Fixtures.extract("We do not knowingly collect information from persons under 13 years of age.")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.childrens"])) == .deny)
        // The sentence is about children, not about anyone's age: collecting an adult's age is outside it.
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.demographic.age_range"])) == .notCovered)
    }

    /// "in this process" limits the prohibition to a process named before, which is not read with it: alone, it
    /// would forbid the act everywhere, so the sentence is listed.
    @Test(arguments: [
        "No personal information about you is revealed in this process.",
        "We do not share your e-mail address in doing so.",
    ])
    func aProhibitionLimitedToAProcessNamedBeforeIsListed(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.contains("a process named before") == true)
    }

    @Test func aPermissionForChildrenReadsItsAgeAsWhoseDataItIs() throws {
        let document = try Fixtures.extract("With parental consent, we may collect the names of children under 13.")
        let rule = try document.rule(.allow, "collect", data: "user.childrens")
        #expect(rule.when == ["parental_consent"])
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
        // No comma and no "in order to": a purpose of keeping something safe or small is still why the company refrains.
        ("We do not log your IP address to mitigate our legal liability.", "collect"),
        ("We never keep your search terms to reduce the risk of a breach.", "retain"),
        ("Our staff will not share your email address to safeguard your privacy.", "share"),
        // A purpose that calls itself a reason.
        ("For reasons of security, credit card numbers are not stored on our servers.", "retain"),
        ("We do not keep your card number for security reasons.", "retain"),
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

    @Test(arguments: [
        ("We do not disclose your personal information to anyone except our service providers.", "service_provider"),
        ("We will not share your e-mail address with third parties other than our payment processors.", "payment_processor"),
    ])
    func anExceptionNamingARecipientCarvesOutThatRecipientOnly(_ text: String, _ recipient: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        // The exception lifts the prohibition's own act for that party (never a sale it does not name).
        #expect(rule.unless.map(\.scope) == [Scope(action: rule.scope.action, recipient: [recipient])])
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
        let data = try #require(rule.scope.data)
        let action = try #require(rule.scope.action?.first)
        // The carved-out recipient is not denied; every other third party still is.
        #expect(try Fixtures.decide(document, Operation(action: action, data: data, recipient: recipient)) != .deny)
        #expect(try Fixtures.decide(document, Operation(action: action, data: data, recipient: "advertiser")) == .deny)
    }

    /// "your e-mail address or contact information": the category named in words of its own as a member of the list
    /// is banned whole, not narrowed to the kind beside it.
    @Test func aCategoryListedBesideOneOfItsKindsIsBannedWhole() throws {
        let document = try Fixtures.extract("Acme does not sell your e-mail address or contact information to third parties.")
        let phone = Operation(action: "sell", data: ["user.contact.phone_number"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, phone) == .deny, "\(document.rules.map(\.scope))")
    }

    @Test func anExceptionNamingAPurposeCarvesOutThatPurposeOnly() throws {
        let document = try Fixtures.extract("We will not share your personal information with third parties other than for fraud prevention.")
        let rule = try #require(document.rules.first)
        #expect(rule.unless.map(\.scope) == [Scope(purpose: ["essential.fraud_detection"])])
        let share = { (purpose: String) in Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser", purpose: purpose) }
        #expect(try Fixtures.decide(document, share("marketing")) == .deny)
        #expect(try Fixtures.decide(document, share("essential.fraud_detection")) != .deny)
    }

    /// Within the company nothing is disclosed: "except our staff" carves out nothing, and the prohibition is whole.
    @Test func anExceptionForTheCompanyItselfLeavesTheProhibitionWholeAndListed() throws {
        let document = try Fixtures.extract("We disclose your data to no one except our staff.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.unless.isEmpty, "\(rule.unless)")
        #expect(document.unmapped.first?.reason.hasPrefix("the exception") == true, "\(document.unmapped.map(\.reason))")
    }

    /// An exception no role reads in full is kept in the policy's words: the prohibition binds every operation that
    /// does not claim it, and the recipients it names narrow it further (an operation to anyone else stays denied
    /// even when it claims the exception).
    @Test(arguments: [
        ("We do not disclose your personal information to anyone except our service providers who zorble.", "disclose",
         ["service_provider"], "our service providers who zorble"),
        ("We do not share your e-mail address with anyone except our zorblax partners.", "share",
         ["business_partner"], "our zorblax partners"),
        ("We will not sell your name to anyone other than members of the zorblax guild.", "sell",
         nil, "members of the zorblax guild"),
        // The reader named inside the exception, not as the one excepted.
        ("We do not collect any personal information about you, apart from information which you zorble.", "collect",
         nil, "information which you zorble"),
    ] as [(String, String, [String]?, String)])
    func anExceptionNotFullyReadIsKeptInItsOwnWords(_ text: String, _ action: String, _ recipients: [String]?, _ says: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        let fact = try #require(document.facts.first { $0.value.says == says }?.key, "\(document.facts)")
        #expect(rule.unless.map(\.when) == [[fact]])
        #expect(rule.unless.first?.scope.recipient == recipients)
        var operation = Operation(action: action, data: ["user.name", "user.contact.email"], recipient: recipients?.first ?? "advertiser")
        #expect(try Fixtures.decide(document, operation) == .deny)
        operation.context = [fact]
        #expect(try Fixtures.decide(document, operation) != .deny)
        if recipients != nil {
            operation.recipient = "advertiser"
            #expect(try Fixtures.decide(document, operation) == .deny)
        }
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
    }

    /// "other than for …, without your consent": the consent is one more case of the exception, not part of its words.
    @Test func aLiftingConditionAfterAnExceptionInItsOwnWordsIsAnotherCase() throws {
        let document = try Fixtures.extract("We will not share your data with third parties, other than for the zorblax delivery of your order, without your consent.")
        let rule = try #require(document.rules.first)
        #expect(document.facts.values.map(\.says) == ["for the zorblax delivery of your order"])
        #expect(rule.unless.map(\.when) == [[try #require(document.facts.keys.first)], ["consent"]])
    }

    /// "other than as described below": the exceptions are the policy's own permissions.
    @Test func anExceptionThatRefersToThePolicyTakesItsPermissions() throws {
        let document = try Fixtures.extract("""
            We do not disclose your personal information other than as described below.

            We may disclose your email address to our service providers to deliver our newsletter.
            """)
        let deny = try document.rule(.deny, "disclose")
        #expect(deny.unless.map(\.scope.recipient) == [["service_provider"]])
        let mail = Operation(action: "disclose", data: ["user.contact.email"], recipient: "service_provider", purpose: "marketing.communications")
        #expect(try Fixtures.decide(document, mail) == .allow)
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser")) == .deny)
    }

    @Test(arguments: [
        "We will not disclose your personal information except with your consent or when we believe in good faith that the law requires it.",
        "We will not disclose your personal information to third parties except when you consent or in rare cases, such as when the law requires it.",
    ])
    func everyCaseOfAnExceptionLiftsTheProhibitionAndNoneTriggersIt(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.when.isEmpty, "an exception is not the prohibition's trigger: \(rule.when)")
        #expect(Set(rule.unless.map(\.when)) == [["consent"], ["legal_process"]])
        // With neither consent nor a legal demand, the disclosure is forbidden.
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser")) == .deny)
    }

    @Test(arguments: [
        ("We do not sell or rent information about our members, regardless of age.", ["user"]),
        ("We will not share the e-mail addresses of our readers, irrespective of location.", ["user.contact.email"]),
    ])
    func aConcessionNamesNoData(_ text: String, _ data: [String]) throws {
        let rule = try #require(try Fixtures.extract(text).rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.data == data)
    }

    @Test func whoDidSomethingNamedAfterByReceivesNothing() throws {
        let rule = try #require(try Fixtures.extract("We do not read the cookies set by advertisers.").rules.first)
        #expect(rule.scope.recipient == nil, "\(rule.scope.recipient ?? [])")
    }

    @Test func anotherPartysActNamedAfterByGrantsNothing() throws {
        let document = try Fixtures.extract("Cookies may be disclosed by advertisers to serve ads.")
        #expect(document.rules.filter { $0.effect == .allow }.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.hasPrefix("the act is another party's") == true, "\(document.unmapped.map(\.reason))")
    }

    @Test func aPassivesDataIsItsSubjectNotAWordQualifyingTheAct() throws {
        let rule = try #require(try Fixtures.extract("No personal information you give us is provided to advertisers for cookie use.").rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.data == ["user"])
    }

    @Test func keepingDataNoLongerThanNeededIsALimitToWhatIsNeeded() throws {
        let document = try Fixtures.extract("We do not retain your records for longer than necessary to run the service.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.hasPrefix("a limit to what is needed") == true)
        // A plain period is still a period.
        let period = try #require(try Fixtures.extract("We do not retain your records for longer than two years.").rules.first)
        #expect(period.scope.retention == .longerThan(try #require(ISODuration("P2Y"))))
    }

    @Test func aLeadInNamingTheDataThatFollowsGrantsNothingAlone() throws {
        let document = try Fixtures.extract("We may collect and use the following kinds of personal data:")
        #expect(document.rules.filter { $0.effect == .allow }.isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.count == 1)
    }

    @Test(arguments: [
        ("We will never ask for your password by unsolicited e-mail.", ["user.authorization.password"]),
        ("We do not collect your location through cookies.", ["user.location"]),
    ])
    func theMeansOfAProhibitedActIsNotWhatIsForbidden(_ text: String, _ data: [String]) throws {
        let rule = try #require(try Fixtures.extract(text).rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.data == data)
    }

    @Test(arguments: [
        ("These addresses are not used for marketing and are not shared with outside parties.", "share"),
        ("Your e-mail address is used only to zorble you and will not be sold to third parties.", "sell"),
    ])
    func aSecondPassiveSharesTheSubjectOfTheFirst(_ text: String, _ action: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first { $0.scope.action == [action] }, "\(document.rules.map(\.id)) \(document.unmapped.map(\.reason))")
        #expect(rule.effect == .deny)
        #expect(rule.scope.recipient == ["third_party"])
        #expect(rule.scope.data?.isEmpty == false)
    }

    @Test func aConditionEndsWhereAnExceptionOfItsOwnBegins() throws {
        let document = try Fixtures.extract("Your data will not be sold to other companies without your consent, other than for the zorblax delivery of what you purchased.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        // The purchase belongs to the exception, kept in its own words, not to the consent that lifts the ban.
        let fact = try #require(document.facts.first { $0.value.says == "for the zorblax delivery of what you purchased" }?.key,
                                "\(document.facts)")
        #expect(rule.unless.map(\.when) == [["consent"], [fact]])
    }

    /// "for statistical analysis": "statistical" says what the analysis yields, not that the data is aggregated. Read
    /// as the data's level, the prohibition would forbid only aggregated uses and leave identified data free.
    @Test(arguments: [
        // Every other purpose is forbidden; the prohibited purpose is forbidden: identified data included.
        ("We only use your browsing history for statistical analysis.", "use", ["user.behavior.browsing_history"], "marketing"),
        ("We never share your e-mail address for statistical purposes.", "share", ["user.contact.email"], "analytics"),
    ])
    func aLevelInsideAPurposeDoesNotNarrowTheProhibition(_ text: String, _ action: String, _ data: [String], _ purpose: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first, "\(document.unmapped.map(\.reason))")
        #expect(rule.effect == .deny)
        #expect(rule.scope.identifiability == nil)
        let identified = Operation(action: action, data: data, recipient: "third_party", purpose: purpose, identifiability: "identified")
        #expect(try Fixtures.decide(document, identified) == .deny)
    }

    /// "unless required for the operation of our services": the purpose belongs to the exception; read as the
    /// prohibition's own it would forbid keeping data for the service and leave every other purpose free.
    @Test func aPurposeInsideALiftingConditionIsNotTheProhibitionsPurpose() throws {
        let document = try Fixtures.extract("We do not store your e-mail address on our servers unless required for the ongoing operation of our services.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.purpose == nil)
        #expect(try Fixtures.decide(document, Operation(action: "retain", data: ["user.contact.email"], purpose: "marketing")) == .deny)
    }

    /// A list of data closed by "any other information" forbids all personal data, not only the kinds it names.
    @Test func everyOtherKindOfDataIsForbiddenToo() throws {
        let document = try Fixtures.extract("We do not share your e-mail address, your name, or any other information that could identify you.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.data == ["user"])
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.contact.phone_number"], recipient: "third_party")) == .deny)
    }

    /// "your personal information or email address": personal data in general, listed beside kinds named by words of
    /// their own, is a member of the list; the ban is of all personal data, not of the kinds alone. A category word
    /// that a qualifier narrows ("information from minors"), or whose qualifier names whose data ("from children"),
    /// reads as that kind.
    @Test(arguments: [
        ("We never sell your personal information or email address to third parties.", "user"),
        ("We do not share personal information or browsing history.", "user"),
        ("We do not collect personal data or information from minors.", "user.childrens"),
        ("We do not collect personal information from children under 13.", "user.childrens"),
    ])
    func personalDataListedBesideKindsOfItsOwnIsForbiddenWhole(_ text: String, _ data: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.data == [data])
    }

    /// "aside from organizations which enable us to provide services", "other than those service partners who help us
    /// provide the service": what the party helps the company do says who the party is; it is part of the exception,
    /// not a practice that ends it, nor a purpose the exception lifts the prohibition for. An exception kept in its
    /// words is kept whole, never cut short at "which".
    @Test(arguments: [
        "We do not rent or sell your information to third parties aside from organizations which enable us to provide services.",
        "We do not sell your information to any third parties (other than those service partners who help us provide the service to you).",
    ])
    func aRelativeClauseOnTheExceptedPartyBelongsToTheException(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(document.facts.values.allSatisfy { $0.says.hasSuffix("provide services") || $0.says.hasSuffix("to you") }, "\(document.facts)")
        let sale = Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party", purpose: "essential.service")
        #expect(try Fixtures.decide(document, sale) == .deny)
    }

    /// "this information, or any other,": the head left unsaid after "any other" is data too; the ban is of all of it.
    @Test func everyOtherKindWithItsHeadUnsaidIsForbiddenToo() throws {
        let document = try Fixtures.extract("We log your IP address. We do not sell this information, or any other, to advertisers.")
        let sale = Operation(action: "sell", data: ["user.contact.phone_number"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, sale) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "individuals or organizations" are who receives, not an organisation's name as data.
    @Test func organizationsAsRecipientsAreNoData() throws {
        let document = try Fixtures.extract("We will not share information about you with individuals or organizations.")
        let rule = try #require(document.rules.first)
        #expect(rule.effect == .deny)
        #expect(rule.scope.data == ["user"])
    }

    /// "sell or redistribute": every verb of a coordinated prohibition is forbidden, not only the first.
    @Test func everyCoordinatedVerbOfAProhibitionIsForbidden() throws {
        let document = try Fixtures.extract("We do not sell or redistribute your e-mail address.")
        for action in ["sell", "disclose"] {
            #expect(try Fixtures.decide(document, Operation(action: action, data: ["user.contact.email"], recipient: "third_party")) == .deny, "\(action)")
        }
    }

    /// "any personal information about you such as your name": the examples say what the whole covers; the prohibition
    /// keeps the whole, not only the examples.
    @Test func examplesAfterATopicDoNotNarrowTheProhibition() throws {
        let document = try Fixtures.extract("This site does not collect any personally identifiable information about you such as your name or phone number.")
        #expect(try document.rule(.deny, "collect").scope.data == ["user"])
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.device.ip_address"])) == .deny)
    }

    /// "such addresses" after "your return e-mail address" points to the e-mail address, not to a postal address.
    @Test func aPointedHeadNounNamesTheDataOfItsAntecedent() throws {
        let document = try Fixtures.extract("We reply from your return e-mail address; such addresses are never shared with third parties.")
        #expect(try document.rule(.deny, "share").scope.data == ["user.contact.email"])
    }

    /// "We do not ask you for …": the reader asked is the source of the collection, not its recipient; the prohibition
    /// binds the company's own collection.
    @Test func theReaderAskedIsNoRecipientOfACollection() throws {
        let document = try Fixtures.extract("We do not ask you for personal information unless we zorble it.")
        let deny = try document.rule(.deny, "collect")
        #expect(deny.scope.recipient == nil, "\(deny.scope)")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.contact.email"])) == .deny)
    }

    /// "about anyone": the people the data is about receive nothing; as a recipient they would confine the ban to
    /// data handed to third parties.
    @Test func thePeopleTheDataIsAboutAreNoRecipient() throws {
        let document = try Fixtures.extract("We do not collect age, gender or other personal information about anyone.")
        let rule = try document.rule(.deny, "collect")
        #expect(rule.scope.recipient == nil)
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.demographic.age_range"])) == .deny)
    }

    /// "about you or others", "about you and other users": people named beside the reader are whom the data is about, in a
    /// permission too; as a recipient they would make a collection one for (or by) other parties.
    @Test(arguments: ["We may collect personal information about you or others to provide our services.",
                      "We collect personal information about you and other users to provide our services."])
    func peopleBesideTheReaderTheDataIsAboutAreNoRecipient(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try document.rule(.allow, "collect")
        #expect(rule.scope.recipient == nil, "\(rule.scope)")
    }

    /// "registration information" beside kinds of data is a member of its own, data in general narrowed by a word no
    /// other member names; and the occasion word says which data, not when the ban holds.
    @Test func aMemberNamedByAnOccasionIsDataOfItsOwnAndNoCondition() throws {
        let document = try Fixtures.extract("We do not sell user names, e-mail addresses or registration information to any advertiser.")
        let rule = try document.rule(.deny, "sell")
        #expect(rule.scope.data == ["user"])
        #expect(rule.when.isEmpty)
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.name"], recipient: "advertiser")) == .deny)
    }

    /// "your loyalty records": personal data the taxonomy has no word for, listed beside a kind it has, keeps the ban
    /// for all personal data (stricter) and lists the sentence.
    @Test func anUnknownKindListedBesideAKnownOneKeepsTheBanWhole() throws {
        let document = try Fixtures.extract("We do not sell e-mail addresses or loyalty records.")
        let rule = try document.rule(.deny, "sell")
        #expect(rule.scope.data == ["user"])
        #expect(document.unmapped.count == 1)
    }

    /// "delete or anonymise": another way of keeping the duty, not a level of the data; read as one, the duty would
    /// bind only data already anonymised.
    @Test func aVerbJoinedToTheDutyIsNoLevelOfTheData() throws {
        let document = try Fixtures.extract("We delete or anonymise your data after two years.")
        let rule = try document.rule(.require, "delete")
        #expect(rule.scope.identifiability?.contains("anonymized") != true)
        let kept = Operation(action: "retain", data: ["user"], retention: ISODuration("P3Y"))
        #expect(try Fixtures.decide(document, kept) == .deny)
    }

    /// "bound to act on our behalf": what a party is bound to do says which parties, not why the company acts; read as
    /// a purpose, the ban would leave every other transfer open.
    @Test func whatAPartyIsBoundToDoIsNoPurpose() throws {
        let document = try Fixtures.extract("We do not disclose your personal information to third parties who are not bound to act on our behalf.")
        let rule = try document.rule(.deny, "disclose")
        #expect(rule.scope.purpose == nil, "\(rule.scope.purpose ?? [])")
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user"], recipient: "third_party", purpose: "marketing")) == .deny)
    }

    /// "for any other purpose than to process your purchase": "other … than" split around the purpose noun is the same
    /// exception as "for any purpose other than"; the purpose after it is lifted, never the one forbidden.
    @Test func anotherPurposeThanIsAnException() throws {
        let document = try Fixtures.extract("Your IP address is never used for any other purpose than to process your purchase.")
        let rule = try document.rule(.deny, "use")
        #expect(rule.scope.purpose == nil, "\(rule.scope.purpose ?? [])")
        let marketing = Operation(action: "use", data: ["user.device.ip_address"], purpose: "marketing")
        #expect(try Fixtures.decide(document, marketing) == .deny)
    }

    /// "We will not release individual information, only aggregate information": what follows ", only" is what the text
    /// does release; its data and its level are no part of the ban, which binds identified data whole.
    @Test(arguments: [
        "We will not release individual information, only aggregate information.",
        "We will never sell or rent your personal information to third parties, only aggregated statistics.",
    ])
    func anAlternativeAfterOnlyDoesNotNarrowTheBan(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let action = text.contains("release") ? "disclose" : "sell"
        let identified = Operation(action: action, data: ["user.contact.email"], recipient: "third_party", identifiability: "identified")
        #expect(try Fixtures.decide(document, identified) == .deny, "\(document.rules.map(\.scope))")
        #expect(document.rules.allSatisfy { $0.effect == .deny })
    }

    /// "without your consent and without first assessing the request": the ban is lifted only when both hold. The second
    /// is not understood, so consent alone must not lift it; "without your consent or a court order" offers either.
    @Test func anExceptionNeedingACaseNotUnderstoodDoesNotLiftTheBanOnTheOtherAlone() throws {
        let both = try Fixtures.extract("We do not share your information without your consent and without first having assessed the request.")
        let consented = Operation(action: "share", data: ["user.contact.email"], recipient: "third_party", context: ["consent"])
        #expect(try Fixtures.decide(both, consented) == .deny, "\(both.rules.map(\.unless))")
        #expect(both.unmapped.first?.reason.contains("needs it too") == true)
        let either = try Fixtures.extract("We do not share your information without your consent or a court order.")
        #expect(try Fixtures.decide(either, consented) != .deny)
        #expect(try Fixtures.decide(either, Operation(action: "share", data: ["user.contact.email"], recipient: "third_party")) == .deny)
    }

    /// "We will not use or transfer your personal information to third parties": the third parties are whom the transfer
    /// reaches; the company's own use is banned whoever it reaches (held to them, the use ban would bind no use).
    @Test func aBansOwnActReachesNoRecipient() throws {
        let document = try Fixtures.extract("We will not use or transfer personally identifiable information to third parties.")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "marketing", identifiability: "identified")) == .deny,
                "\(document.rules.map(\.scope))")
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser", identifiability: "identified")) == .deny)
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "first_party", identifiability: "identified")) != .deny)
    }

    /// "we may not immediately delete residual copies": a deletion that may not happen is a hedge, not a ban on deleting
    /// (which would forbid the deletion a reader asks for); "we will not delete your data" is a ban.
    @Test func aDeletionThatMayNotHappenIsNoBan() throws {
        let hedge = try Fixtures.extract("After you delete information from our services, we may not immediately delete residual copies from our active servers and may not remove information from our backup systems.")
        #expect(hedge.rules.isEmpty, "\(hedge.rules.map(\.id))")
        #expect(!hedge.unmapped.isEmpty)
        let ban = try Fixtures.extract("We will not delete your data.")
        #expect(try Fixtures.decide(ban, Operation(action: "delete", data: ["user.contact.email"])) == .deny)
    }

    /// "… about customers who only browse, email comments, or request a catalog": the clause says which people the data
    /// is about. Its verbs are theirs, its nouns no data or purpose of the ban, which holds for all their personal data.
    @Test func aClauseOnThePeopleTheDataIsAboutLeavesTheBanWhole() throws {
        let document = try Fixtures.extract("We do not share personal information about customers who only browse, email comments, or request a catalog.")
        let sharing = Operation(action: "share", data: ["user.contact.address"], recipient: "third_party", identifiability: "identified")
        #expect(try Fixtures.decide(document, sharing) == .deny, "\(document.rules.map(\.scope))")
        #expect(document.rules.allSatisfy { $0.scope.action == ["share"] }, "\(document.rules.map(\.scope))")
        #expect(document.unmapped.isEmpty, "\(document.unmapped.map(\.reason))")
        let newsletter = try Fixtures.extract("We do not sell information about visitors who sign up for our newsletter.")
        #expect(try Fixtures.decide(newsletter, Operation(action: "sell", data: ["user.behavior"], recipient: "third_party", purpose: "analytics")) == .deny,
                "\(newsletter.rules.map(\.scope))")
        // The age of the people names whose data it is: the children's.
        let children = try Fixtures.extract("We do not knowingly collect personal data from visitors who are under the age of 13.")
        #expect(try Fixtures.decide(children, Operation(action: "collect", data: ["user.contact.email"], identifiability: "identified")) != .deny)
    }

    /// "(not including your registered name)": an occasion's word before data says which data ("registered name"); it
    /// sets no case in which the ban holds or is lifted.
    @Test func anOccasionWordBeforeDataSetsNoCaseOfTheBan() throws {
        let document = try Fixtures.extract("We will not share personal information (not including your registered name) with third parties.")
        var sharing = Operation(action: "share", data: ["user.contact.email"], recipient: "third_party", identifiability: "identified")
        #expect(try Fixtures.decide(document, sharing) == .deny, "\(document.rules.map(\.scope)) \(document.rules.map(\.unless))")
        sharing.context = ["registration"]
        #expect(try Fixtures.decide(document, sharing) == .deny, "\(document.rules.map(\.scope)) \(document.rules.map(\.unless))")
    }
    /// "No personally identifiable information including e-mail addresses will ever be sold": what follows "including" in
    /// the subject are examples of the data banned, not the whole of it; a name stays unsellable.
    @Test func examplesInTheSubjectOfABanDoNotNarrowIt() throws {
        let document = try Fixtures.extract("No personally identifiable information including email addresses will ever be sold or distributed.")
        let sale = Operation(action: "sell", data: ["user.name"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, sale) == .deny, "\(document.rules.map(\.scope))")
    }
    /// "We will not use your personal data for activities that harm you": "activities" after "for" says what the use would
    /// be for, not which data; read as the data, the ban would cover only activity data.
    @Test func aDataWordAfterForIsNoDataOfTheBan() throws {
        let document = try Fixtures.extract("We will not use your personal data for activities that harm you.")
        let use = Operation(action: "use", data: ["user.contact.email"], purpose: "marketing")
        #expect(try Fixtures.decide(document, use) == .deny, "\(document.rules.map(\.scope))")
    }
}
