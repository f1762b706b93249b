import Testing
import Pledge
@testable import PledgeExtract

/// What a word means where it stands: whose address, whether a word is a verb, who receives what is sent, who acts
/// in a progressive, and what a notice says. Sentences written for the test.
@Suite struct WordSenseTests {
    /// "your PayPal address", "the URL addresses of sites", "the address of the website": no postal address; a
    /// permission over them names none.
    @Test(arguments: [
        "If you sell on our site, you may be required to provide us with your PayPal address and your social security number.",
        "We collect your e-mail address and the URL addresses of sites clicked to and from this site.",
        "We collect:\n\n* which pages you visit\n* internet address of the website from which you linked to our website\n\n"
            + "We use this information for statistical purposes.",
    ])
    func aNamedServicesAddressIsNoPostalAddress(_ text: String) throws {
        let document = try Fixtures.extract(text)
        for rule in document.rules { #expect(!(rule.scope.data ?? []).contains("user.contact.address"), "\(rule.id)") }
        // "your Name and Address", as a title writes them, is the postal address.
        let titled = try Fixtures.extract("We collect your Name and Address.")
        #expect(try titled.rule(.allow, "collect").scope.data?.contains("user.contact.address") == true)
    }

    /// "the state of connections per account": how something stands, no region of a postal address; a ban pointing
    /// back to it is no ban on keeping the reader's state alone.
    /// "please email us (please allow 4 – 6 weeks for this process)": the verb by which the reader writes is no e-mail
    /// address, and the time the company takes is no period data is kept; the ban is of sharing all the information.
    @Test func writingToUsAndTheTimeItTakesNameNoDataAndNoPeriod() throws {
        let document = try Fixtures.extract("If you would prefer we not share your information with other companies, please email us (please allow 4 – 6 weeks for this process).")
        let ban = try document.rule(.deny, "share")
        #expect(ban.scope.retention == nil, "\(String(describing: ban.scope.retention))")
        #expect(try Fixtures.decide(document, Operation(action: "share", data: ["user.name"], recipient: "third_party")) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "We may market to you by e-mail": the contact is for marketing, not any purpose.
    @Test func marketingToTheReaderIsAContactForMarketing() throws {
        let document = try Fixtures.extract("We may market to you by email.")
        #expect(try Fixtures.decide(document, Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: "marketing")) == .allow,
                "\(document.rules.map(\.scope)) \(document.unmapped.map(\.reason))")
        #expect(try Fixtures.decide(document, Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: "essential.service")) != .allow)
    }

    @Test func theStateOfSomethingIsNoPartOfAnAddress() throws {
        let document = try Fixtures.extract("We monitor the state of connections per account. We do not save this information.")
        for rule in document.rules { #expect(!(rule.scope.data ?? []).contains("user.contact.address.state"), "\(rule.scope)") }
        #expect(try Fixtures.decide(document, Operation(action: "retain", data: ["user.behavior"])) == .deny)
        let address = try Fixtures.extract("We collect your city, state and zip code.")
        #expect(try address.rule(.allow, "collect").scope.data?.contains("user.contact.address.state") == true)
        // "federal, state or local law": a level of government; "such information" after it is not the reader's state.
        let law = try Fixtures.extract("We comply with federal, state or local law. We may collect such information.")
        for rule in law.rules { #expect(!(rule.scope.data ?? []).contains("user.contact.address.state"), "\(rule.scope)") }
        #expect(try Fixtures.decide(law, Operation(action: "collect", data: ["user.contact.address.state"])) != .allow)
        let residence = try Fixtures.extract("We do not share your state of residence.")
        #expect(try residence.rule(.deny, "share").scope.data?.contains("user.contact.address.state") == true)
    }

    /// "the names of other WordPress plugins installed on your domain": the name of a thing, up to three words after
    /// "of", is no person's name; "the names of your children" is.
    @Test func theNameOfAThingIsNoPersonsName() throws {
        let document = try Fixtures.extract("We collect the names of other WordPress plugins installed on your domain.")
        #expect(document.rules.allSatisfy { !($0.scope.data ?? []).contains("user.name") }, "\(document.rules.map(\.scope))")
        let people = try Fixtures.extract("We collect the names of your children.")
        #expect(try people.rule(.allow, "collect").scope.data?.contains("user.name") == true)
        // A name ending the text, with nothing after it to name a thing, is a person's name (read without reaching past
        // the end of the sentence, where it once trapped).
        let ending = AnnotatedSentence(Sentence(text: "We collect your name", line: 1, section: nil, block: 0), lexicon: Lexicon(taxonomy: .standard))
        #expect(ending[.data].contains { $0.keys == ["user.name"] }, "\(ending[.data])")
    }

    /// "to protect the safety of members of the public": the public after "of" is whose safety, no party the data goes
    /// to; "to the public" is one.
    @Test func thePublicAfterOfIsNoRecipient() throws {
        let document = try Fixtures.extract(
            "We may disclose your e-mail address if we believe it is necessary to protect the safety of our users or members of the public.")
        #expect(document.rules.allSatisfy { !($0.scope.recipient ?? []).contains("public") }, "\(document.rules.map(\.scope))")
        let published = try Fixtures.extract("We may disclose your e-mail address to the general public.")
        #expect(published.rules.contains { ($0.scope.recipient ?? []).contains("public") }, "\(published.rules.map(\.scope))")
    }

    /// "clear gifs in our e-mails", "whether you have received a message": the company's own messages, where a beacon
    /// sits, and one message the reader got are no content of the reader's; "the messages in our forums" are.
    @Test(arguments: [
        "We may use clear gifs in our messages to let us know which of them have been opened.",
        "We may use web beacons to know whether you have visited a web page or received a message.",
    ])
    func theCompanysOwnMessagesAreNoContentOfTheReaders(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules.allSatisfy { !($0.scope.data ?? []).contains("user.content") }, "\(document.rules.map(\.scope))")
        let forum = try Fixtures.extract("We do not read the messages in our forums.")
        #expect(try forum.rule(.deny, "use").scope.data == ["user.content"])
    }

    /// "If you give us your e-mail address, that address will only be used …": "that address" points back to the e-mail
    /// address, so the limit binds it (not a postal address the sentence never names).
    @Test func thatAddressIsTheAddressNamedBefore() throws {
        let document = try Fixtures.extract("If you give us your e-mail address, that address will only be used to answer your request.")
        let limit = try document.rule(.deny, "use")
        #expect(limit.scope.data == ["user.contact.email"], "\(limit.scope)")
    }

    /// "outside the United States": a country's name, no state of the reader's address; "No data is transferred …"
    /// denies the transfer of any data.
    @Test func theUnitedStatesIsNoStateOfAnAddress() throws {
        let document = try Fixtures.extract("No data is transferred to any facilities outside of the United States.")
        let ban = try document.rule(.deny, "disclose")
        #expect(ban.scope.data == ["user"], "\(ban.scope)")
        #expect(try Fixtures.decide(document, Operation(action: "disclose", data: ["user.contact.email"], recipient: "service_provider")) == .deny)
    }

    /// "to determine if you are logged in": after a verb of finding out, "if" asks and opens no condition, so the purpose
    /// keeps what is found out; cut at "if", it would be any determining at all.
    @Test func ifAfterAVerbOfFindingOutIsPartOfThePurpose() throws {
        let document = try Fixtures.extract("We use cookies to help us determine if you are logged in.")
        let rule = try document.rule(.allow, "use")
        let purpose = try #require(rule.scope.purpose?.first)
        #expect(document.purposes[purpose]?.says.hasSuffix("if you are logged in") == true, "\(document.purposes)")
    }

    /// "anonymous information derived from personal information": the source of derived data is not the data acted on;
    /// read as data, the permission would reach the identified source itself.
    @Test func theSourceOfDerivedDataIsNotTheDataActedOn() throws {
        let document = try Fixtures.extract("We may use Aggregate Information (including information derived from Personal Information) to zorble our "
            + "research.\n\n\"Personal Information\" means your name and e-mail address.")
        // The aggregate data stays permitted for its purpose; the identified source is not.
        let allows = document.rules.filter { $0.effect == .allow }
        #expect(!allows.isEmpty, "\(document.unmapped.map(\.reason))")
        for rule in allows {
            let identified = Operation(action: "use", data: ["user.contact.email"], purpose: rule.scope.purpose?.first, identifiability: "identified")
            #expect(try Fixtures.decide(document, identified) != .allow, "\(rule.scope)")
        }
    }

    /// "We may send cookies to your web browser": where a cookie goes is the reader's device as a place, no device data.
    @Test func whereACookieGoesIsNoDeviceData() throws {
        let document = try Fixtures.extract("We may send cookies to your web browser to zorble your visits.")
        let rule = try document.rule(.allow, "use")
        #expect(rule.scope.data == ["user.device.cookie"], "\(rule.scope)")
    }

    /// "the other party in such a transaction": a transaction pointed back to from a sentence that names no sale is the
    /// one a sentence before named — no record of the reader's purchases, nor a purchase; "the details of this
    /// transaction" may well be the reader's.
    @Test func suchATransactionIsNoPurchase() throws {
        let document = try Fixtures.extract("We may disclose personal information to the other party in such a transaction.")
        let anyone = Operation(action: "disclose", data: ["user.behavior.purchase_history"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, anyone) != .allow, "\(document.rules.map(\.scope))")
        let own = try Fixtures.extract("We do not share the details of this transaction.")
        #expect(try own.rule(.deny, "share").scope.data == ["user.behavior.purchase_history"])
    }

    /// "IP (internet protocol) addresses": a gloss in brackets between the words of a phrase leaves the phrase whole;
    /// "addresses" alone would be a postal address the sentence does not name.
    @Test func aGlossInBracketsLeavesThePhraseWhole() throws {
        let document = try Fixtures.extract("We collect IP (internet protocol) addresses to help diagnose problems with our server.")
        #expect(try document.rule(.allow, "collect").scope.data == ["user.device.ip_address"])
    }

    /// "send your data to anybody else": what is sent is data and who receives it anyone at all — a disclosure, never
    /// an e-mail, so the ban is of every disclosure, not of e-mails alone.
    @Test(arguments: ["We don't send your data to anybody else.", "We do not send your information to anyone."])
    func sendingDataToAnyoneIsDisclosingIt(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(action: "email").isEmpty, "\(document.rules.map(\.id))")
        let disclosure = Operation(action: "disclose", data: ["user.contact.email"], recipient: "third_party")
        #expect(try Fixtures.decide(document, disclosure) == .deny)
    }

    /// "personalise your user experience": the experience is what is personalised, no purpose of improving it.
    @Test func theExperienceAVerbActsOnIsNoPurposeOfItsOwn() throws {
        let document = try Fixtures.extract("We use cookies to personalise your user experience.")
        #expect(try document.rule(.allow, "use").scope.purpose?.contains("functional.service.improve") == false)
        let enhanced = try Fixtures.extract("We use cookies to enhance your browsing experience.")
        #expect(try enhanced.rule(.allow, "use").scope.purpose == ["functional.service.improve"])
    }

    /// "in a manner different from that stated at the time of collection", "a contest winner named by a jury": a
    /// participle whose stem is a data word is a verb; the ban is of every use, not of a state or a name.
    @Test(arguments: [
        "We will not use your personal information in a manner different from that stated at the time of collection.",
        "We will not use the personal information of a contest winner named by the jury for marketing.",
    ])
    func aParticipleOfADataWordNamesNoData(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let deny = try document.rule(.deny, "use")
        #expect(!(deny.scope.data ?? []).contains { $0.hasPrefix("user.contact.address") || $0.hasPrefix("user.name") }, "\(deny.scope)")
        // The noun is still data.
        let state = try Fixtures.extract("We collect your city and state.")
        #expect(try state.rule(.allow, "collect").scope.data?.contains("user.contact.address.state") == true)
    }

    /// "Such addresses are not shared": the addresses named before (here e-mail addresses), not postal addresses.
    @Test func addressesPointedBackToAreTheOnesNamedBefore() throws {
        let document = try Fixtures.extract(
            "We use return e-mail addresses to answer the e-mail we receive. Such addresses are not shared with outside parties.")
        let deny = try document.rule(.deny, "share")
        #expect(deny.scope.data == ["user.contact.email"])
    }

    /// "The e-mail addresses and Facebook contacts will not be made available": "contacts" before "will" ends the
    /// subject; it is no verb, and the ban covers both kinds of data.
    @Test func aDataWordBeforeAnAuxiliaryIsNoVerb() throws {
        let document = try Fixtures.extract("The email addresses and Facebook contacts will not be made available to anyone else.")
        let deny = try document.rule(.deny, "disclose")
        #expect(Set(deny.scope.data ?? []) == ["user.contact.email", "user.social"])
    }

    /// "passwords and contact preferences": "contact" right before data names the kind of data; the
    /// sentence permits collecting, and contacting no one.
    @Test func aContactWordBeforeDataIsNoContact() throws {
        let document = try Fixtures.extract("We may also collect your name, passwords and contact preferences.")
        #expect(!document.rules.contains { ($0.scope.action ?? []).contains("contact") }, "\(document.rules.map(\.id))")
        #expect(try document.rule(.allow, "collect").scope.data?.contains("user.name") == true)
        // "contact you" is contacting.
        let contacting = try Fixtures.extract("We may collect your name and contact you about your order.")
        #expect(contacting.rules.contains { ($0.scope.action ?? []).contains("contact") }, "\(contacting.rules.map(\.id))")
    }

    /// "We never send advertisers any user information": the receiver named right after the verb is another party, so
    /// the act is a disclosure to it, not an e-mail to the reader.
    @Test func sendingDataToAPartyNamedFirstIsADisclosure() throws {
        let document = try Fixtures.extract("We never sell or send advertisers any user information.")
        let disclosed = Operation(action: "disclose", data: ["user.contact.email"], recipient: "advertiser")
        #expect(try Fixtures.decide(document, disclosed) == .deny, "\(document.rules.map(\.scope))")
    }

    /// "the type of browser you are using": a progressive of the reader's, no passive practice of the company's.
    @Test func aProgressiveIsNoPassive() throws {
        let document = try Fixtures.extract("We may collect your IP address, the type of browser you are using and the referring URL.")
        #expect(document.rules(action: "use").isEmpty, "\(document.rules.map(\.id))")
        #expect(try document.rule(.allow, "collect").scope.data == ["user.device.ip_address"])
    }

    /// "How we use (and do not use) your information:": a verb in brackets beside the verb of a heading's question is
    /// part of the question, no ban.
    @Test func anAsideInAQuestionIsNoBan() throws {
        let document = try Fixtures.extract("How we use (and do not use) personally identifiable information: This policy serves as notice that it is collected during registration.")
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }

    /// "With whom Acme, Inc. may share user information.": a heading that asks names no one the company shares with; as
    /// a statement it would allow sharing everything with anyone.
    @Test(arguments: ["With whom Zorbla, Inc. may share user information.", "To whom we may disclose your information."])
    func aQuestionOpenedByWhomIsNoPermission(_ heading: String) throws {
        let document = try Fixtures.extract(heading)
        #expect(document.rules.isEmpty, "\(document.rules.map(\.id))")
    }

    /// "we will give you notice that the information is collected on the sponsor's behalf": what a notice will say is
    /// no practice stated apart from it.
    @Test func whatANoticeSaysIsNoPracticeOfItsOwn() throws {
        let document = try Fixtures.extract(
            "In such a case, we will provide you notice at the time of collection that the information is being collected on the sponsor's behalf.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }

    /// "use your mailing address to send you catalogues": what is sent with a postal address alone goes by post; read
    /// as e-mail, the permission would cover messages the text never speaks of.
    @Test func whatIsSentToAPostalAddressGoesByPost() throws {
        let document = try Fixtures.extract("We may use your mailing address to send you marketing and promotional items.")
        let rule = try document.rule(.allow, "post")
        #expect(rule.scope.data == ["user.contact.address"])
        #expect(document.rules(action: "email").isEmpty, "\(document.rules.map(\.id))")
        let mailed = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: "marketing")
        #expect(try Fixtures.decide(document, mailed) == .notCovered)
    }

    /// "to notify winners" is a notice, not every use of the service.
    @Test func notifyingWinnersIsANoticeNotTheWholeService() throws {
        let document = try Fixtures.extract("We use your contact information to notify winners.")
        let rule = try document.rule(.allow, "use")
        #expect(rule.scope.purpose == ["essential.service.notifications"])
        let billing = Operation(action: "use", data: ["user.contact"], purpose: "essential.service.payment_processing")
        #expect(try Fixtures.decide(document, billing) == .notCovered)
    }

    /// "to others", as written, are other parties; "other technologies" names none.
    @Test func othersAreOtherParties() throws {
        let document = try Fixtures.extract("We do not sell your personal information to others.")
        #expect(try document.rule(.deny, "sell").scope.recipient == ["third_party"])
        let tools = try Fixtures.extract("We use cookies and other similar technologies.")
        #expect(tools.rules.allSatisfy { $0.scope.recipient == nil }, "\(tools.rules.map(\.scope))")
    }

    /// "submitted to the Pregnancy & Newborn Health Education Center": a data word inside a name of capitalized words
    /// that ends on no data word names no data; the ban keeps the data its own words name.
    @Test func aDataWordInsideANameNamesNoData() throws {
        let document = try Fixtures.extract("Personal information submitted to the Family Health Education Center is never sold.")
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party", identifiability: "identified")) == .deny,
                "\(document.rules.map(\.scope))")
    }

    /// "You might enter a credit card number to purchase a product": a word after "to" and before its object is a verb,
    /// no record of purchases; the permission keeps the reader's purchase as its purpose.
    @Test func aWordAfterToBeforeItsObjectIsAVerbNotData() throws {
        let document = try Fixtures.extract("You might enter a credit card number to purchase a product or service.")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.behavior.purchase_history"])) != .allow)
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.financial.credit_card"], purpose: "marketing")) != .allow)
    }

    /// "billing information" holds the card it is billed to: a ban on selling it covers the card number.
    @Test func billingInformationCoversTheCard() throws {
        let document = try Fixtures.extract("We will not sell or rent your billing information to anyone.")
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.financial.credit_card"], recipient: "third_party")) == .deny)
    }
}
