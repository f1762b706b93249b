import Testing
import Pledge
@testable import PledgeExtract

/// Coordinated verbs and nouns: a pronoun object takes the data of the verb before ("sell your
/// address book or give it to …"), and a passive subject is the whole list of nouns ("your posts,
/// photos and drafts are erased"). Sentences written for the test.
@Suite struct CoordinationTests {
    @Test func aPronounObjectSharesTheFirstVerbsData() throws {
        let document = try Fixtures.extract("We never rent your phone book or give it to marketers.")
        let rent = try document.rule(.deny, "rent")
        #expect(rent.scope.data == ["user.social"])
        #expect(rent.scope.recipient == nil)
        let give = try document.rule(.deny, "disclose", data: "user.social")
        #expect(give.scope.recipient == ["advertiser"])
        let op = Operation(action: "disclose", data: ["user.social"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, op) == .deny)
    }

    @Test func aPronounBackToEarlierDataInTheSentenceKeepsAProhibition() throws {
        let document = try Fixtures.extract("Your messages are encrypted on your device; we are unable to read them and cannot read them.")
        let rule = try document.rule(.deny, "use")
        #expect(rule.scope.data == ["user.content"])
    }

    @Test func aPronounNeverWidensAPermission() throws {
        let document = try Fixtures.extract("Your messages are encrypted on your device; we may use them.")
        #expect(document.rules(effect: .allow, action: "use").isEmpty)
    }

    @Test func aListedPassiveSubjectAfterALeadingConditionIsAllDeleted() throws {
        let document = try Fixtures.extract("When you close your account, your contact list, profile and messages are erased within 60 days.")
        let duty = try document.rule(.require, "delete")
        #expect(Set(duty.scope.data ?? []) == ["user.social", "user.demographic.profile", "user.content"])
        #expect(duty.when == ["account_cancelled"])
        #expect(duty.scope.retention == .longerThan(try #require(ISODuration("P60D"))))
        #expect(document.unmapped.isEmpty)
    }

    @Test func aListedNounNoKindOfDataNamesIsListed() throws {
        let document = try Fixtures.extract("After you delete your account, your profile and archives are removed within 14 days.")
        let duty = try document.rule(.require, "delete")
        #expect(duty.scope.data == ["user.demographic.profile"])
        #expect(duty.when == ["account_cancelled"])
        let reason = try #require(document.unmappedReason("After you delete"))
        #expect(reason.contains("archives"))
    }

    /// A prohibition whose list holds a member no kind names, or ends with personal data in general, forbids all
    /// personal data: its kinds alone would forbid less than the text. A word that opens the sentence is no member, a
    /// word of a party's name ("information brokers") no data.
    @Test func aProhibitionWithAMemberNotReadHoldsForAllPersonalData() throws {
        let other = Operation(action: "collect", data: ["user.device.ip_address"])
        let unread = try Fixtures.extract("Usernames, passwords, zorbles and settings are not collected.")
        #expect(try Fixtures.decide(unread, other) == .deny, "\(unread.rules.map(\.scope))")
        let closed = try Fixtures.extract("We will not sell your name, address, e-mail address or personal information to third parties.")
        #expect(try closed.rule(.deny, "sell").scope.data == ["user"])
        let opening = try Fixtures.extract("Again, your e-mail address is never shared.")
        #expect(try opening.rule(.deny, "share").scope.data == ["user.contact.email"])
        let broker = try Fixtures.extract("We do not sell your e-mail address to marketing companies or information brokers.")
        #expect(try broker.rule(.deny, "sell").scope.data == ["user.contact.email"])
    }

    @Test func aWordThatIsOnlyANounOfPracticeInAListOfDataIsNoVerb() throws {
        // "sales" between data nouns names data; read as a verb it had let the totals be sold.
        let listed = try Fixtures.extract("We may provide totals about our members, sales, page views and related figures to our marketing partners.")
        #expect(listed.rules(effect: .allow, action: "sell").isEmpty)
        let document = try Fixtures.extract(
            "We may provide aggregate statistics about our members, sales, page views and related site information to our marketing partners.")
        #expect(document.rules(effect: .allow, action: "sell").isEmpty)
        let give = try document.rule(.allow, "disclose")
        #expect(give.scope.recipient == ["business_partner"])
        #expect(give.scope.identifiability == ["aggregated"])
    }

    /// "Acme does not zorble, save or transport card numbers": a practice listed after a verb the vocabulary does not
    /// know keeps the negated verb group of the company, named or "we".
    @Test(arguments: ["# Acme Privacy Policy\n\nAcme does not zorble, save or transport any credit card numbers.\n",
                      "# Acme Privacy Policy\n\nWe do not zorble, save or transport any credit card numbers.\n"])
    func aPracticeListedAfterAnUnknownVerbKeepsTheCompanysNegation(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let keep = try document.rule(.deny, "retain")
        #expect(keep.scope.data == ["user.financial.credit_card"])
    }

    /// "or in any other way use": a manner that names every way joins the verb to the list, as "otherwise" does.
    @Test(arguments: [
        ("We do not sell, rent, share or in any other way use your personal information.", "use"),
        ("We will not sell or in any way share your e-mail address.", "share"),
        // Verbs added in brackets join the list.
        ("We will not sell (or trade or rent) your e-mail address.", "rent"),
    ])
    func aVerbAfterEveryOtherWayIsForbiddenToo(_ text: String, _ action: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try document.rule(.deny, "sell")
        #expect(rule.scope.action?.contains(action) == true, "\(rule.scope.action ?? [])")
        #expect(document.rules.count == 1)
    }

    /// "access" or "view" among practice verbs is a use of the data the list names: a ban on it forbids reading the data.
    @Test(arguments: [
        "We will not transmit, store, or access the content of your messages.",
        "We will never access, sell or share your messages.",
        "We do not view, share or sell your messages.",
    ])
    func aVerbOfAccessAmongPracticeVerbsIsAUse(_ sentence: String) throws {
        let document = try Fixtures.extract(sentence)
        let reading = Operation(action: "use", data: ["user.content"], purpose: "essential.service.operations.improve")
        #expect(try Fixtures.decide(document, reading) == .deny, "\(document.rules.map(\.scope))")
    }

    /// The reader's access is no practice of the company, and "to access and use our services" names what the reader
    /// does: the purpose stays whole.
    @Test func theReadersAccessIsNoUse() throws {
        let own = try Fixtures.extract("You may access, correct or delete your personal information at any time.")
        #expect(own.rules(action: "use").isEmpty, "\(own.rules.map(\.scope))")
        let document = try Fixtures.extract("We may ask you to provide your email address in order to access and use our services.")
        let rule = try document.rule(.allow, "collect")
        #expect(document.purposes.values.contains { $0.says.hasSuffix("access and use our services") }, "\(rule.scope)")
    }

    /// "harvest" is a way to collect: a ban on harvesting and selling addresses forbids both.
    @Test func harvestingIsCollecting() throws {
        let document = try Fixtures.extract("We do not harvest or sell email addresses.")
        let harvesting = Operation(action: "collect", data: ["user.contact.email"])
        #expect(try Fixtures.decide(document, harvesting) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "We do not sell your data but use it to …", "…, only use it to …": a verb set against a negated one by "but" or
    /// "only" is affirmed, not banned with it.
    @Test(arguments: [
        "We do not sell your data but use it to improve our services.",
        "We never sell your personal information, only use it to improve our services.",
    ])
    func aVerbSetAgainstANegatedOneIsNotBanned(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party", identifiability: "identified")) == .deny)
        let improving = Operation(action: "use", data: ["user.contact.email"], purpose: "essential.service.operations.improve")
        #expect(try Fixtures.decide(document, improving) != .deny, "\(document.rules.map(\.scope))")
        // Nor is the affirmed verb wider than its words: a use for another purpose is not allowed by it.
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "marketing")) != .allow)
    }

    /// "we will not contact them without your consent, nor will we provide this information to third parties, unless
    /// compelled by law": the condition of the first ban ends at ", nor"; the second is a ban of its own, with its own
    /// exception, which does not lift the first.
    @Test func aBanAfterCommaNorIsABanOfItsOwn() throws {
        let document = try Fixtures.extract("We will not contact them without your consent, nor will we provide this information to third parties, unless compelled by law.")
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "third_party")) == .deny)
        let compelledContact = Operation(action: "contact", data: ["user.contact.email"], recipient: "data_subject", context: ["legal_process"])
        #expect(try Fixtures.decide(document, compelledContact) == .deny, "\(document.rules.map(\.unless))")
    }

    /// ", nor will your personal information be used for marketing": "nor" before the inverted auxiliary negates the
    /// passive after it — a ban, never a permission.
    @Test func anInvertedPassiveAfterNorIsABan() throws {
        let document = try Fixtures.extract("We will not contact you, nor will your personal information be used for marketing.")
        #expect(document.rules.allSatisfy { $0.effect == .deny }, "\(document.rules.map(\.id))")
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "marketing", identifiability: "identified")) == .deny)
    }

    /// "We do not sell your data, nor is any information shared with advertisers": after "nor" the form of "be" stands
    /// before the passive's subject. The second ban is its own: its recipient never narrows the ban on selling, and
    /// sharing with advertisers is forbidden too.
    @Test(arguments: ["We do not sell your data, nor is any information shared with advertisers.",
                      "Your data is not sold, nor are your contact details shared with advertisers.",
                      "We do not sell your data, nor is it shared with advertisers."])
    func aPassiveInvertedAfterNorIsABanOfItsOwn(sentence: String) throws {
        let document = try Fixtures.extract(sentence)
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party")) == .deny, "\(document.rules.map(\.id))")
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.contact.email"], recipient: "advertiser")) == .deny, "\(document.rules.map(\.id))")
    }

    /// "Nor is your email address sold to anyone", opening its sentence, is a ban as well.
    @Test func aSentenceOpenedByNorAndAFormOfBeIsABan() throws {
        let document = try Fixtures.extract("We respect your privacy. Nor is your email address sold to anyone.")
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party")) == .deny, "\(document.rules.map(\.id))")
    }
}
