import Foundation
import Testing
import Pledge
@testable import PledgeExtract

@Suite struct InflectionTests {
    @Test(arguments: [("shares", "share"), ("shared", "share"), ("sharing", "share"), ("cookies", "cookie"),
                      ("parties", "party"), ("addresses", "address"), ("logged", "log"), ("processes", "process")])
    func foldsInflectionsOntoOneStem(_ inflected: String, _ base: String) {
        #expect(Inflection.stem(inflected) == Inflection.stem(base))
    }

    @Test func keepsShortWordsApart() {
        #expect(Inflection.stem("uses") != Inflection.stem("us"))
        #expect(Inflection.stem("used") != "us")
    }

    /// "accounting" is a trade, not the act of accounting for something: its stem is not that of "account".
    @Test func keepsNounsInIngApartFromTheirVerb() {
        #expect(Inflection.stem("accounting") != Inflection.stem("account"))
        #expect(Inflection.stem("buildings") == Inflection.stem("building"))
        #expect(Inflection.stem("logging") == Inflection.stem("log"))
    }
}

@Suite struct TokenizerTests {
    @Test func keepsHyphenatedWordsAndDomainsWhole() {
        let words = Tokenizer.tokens("Non-personal e-mail at Acme.com, please.").map(\.text)
        #expect(words == ["Non-personal", "e-mail", "at", "Acme.com", ",", "please", "."])
    }

    /// "Do Not Track" is the name of a browser signal: no negation, no act of tracking. Written in lower case it is a name
    /// only before the word for what it is; "we do not track you" stays a negated act.
    @Test func readsTheNameOfABrowserSignalAsOneWord() {
        #expect(Tokenizer.tokens("We honor Do Not Track settings").map(\.lower) == ["we", "honor", "do-not-track", "settings"])
        #expect(Tokenizer.tokens("a do not track signal").map(\.lower) == ["a", "do-not-track", "signal"])
        #expect(Tokenizer.tokens("We do not track you").map(\.lower) == ["we", "do", "not", "track", "you"])
        #expect(Tokenizer.tokens("WE DO NOT TRACK YOU").map(\.lower) == ["we", "do", "not", "track", "you"])
    }

    @Test func expandsContractionsSoNegationIsSeen() {
        #expect(Tokenizer.tokens("We won’t sell and don't rent").map(\.lower) == ["we", "will", "not", "sell", "and", "do", "not", "rent"])
    }
}

@Suite struct LexiconTests {
    let lexicon = Lexicon(taxonomy: .standard)

    private func keys(_ dimension: Dimension, _ text: String) -> [[String]] {
        lexicon.matches(dimension, in: Tokenizer.tokens(text)).map(\.keys)
    }

    @Test func prefersTheLongestPhrase() {
        #expect(keys(.data, "your IP addresses and e-mail address") == [["user.device.ip_address"], ["user.contact.email"]])
        #expect(keys(.recipient, "to our Third Parties") == [["third_party"]])
        // A longer phrase that starts inside a shorter one and ends after it is what the words say: signing up to
        // receive something is a subscription, not the registration "you sign up" alone would name.
        #expect(keys(.context, "if you sign up to receive our newsletter") == [["subscription"]])
        #expect(keys(.context, "when you sign up") == [["registration"]])
    }

    /// Ways of saying "disclose" that inflection alone does not reach ("made" is no form of "make" to the stemmer).
    @Test(arguments: ["may be made available to", "will be passed onto", "is made publicly available", "is never passed to"])
    func namesDisclosureInItsEverydayForms(_ words: String) {
        #expect(keys(.action, words).contains(["disclose"]), "\(keys(.action, words))")
    }

    /// Words of everyday mail and location that a shorter phrase would misname.
    @Test func namesElectronicMailAndPositioningForWhatTheyAre() {
        #expect(keys(.data, "electronic mail addresses") == [["user.contact.email"]])
        #expect(keys(.data, "the Global Positioning System") == [["user.location.precise"]])
        #expect(keys(.recipient, "our delivery partners and couriers") == [["service_provider"], ["service_provider"]])
        // A contact form holds what its sender writes: it is no list of the reader's social connections; "your
        // contacts", as written, are.
        #expect(!keys(.data, "contact form submissions").contains { $0.contains("user.social") })
        #expect(keys(.data, "your contacts") == [["user.social"]])
    }

    /// "PII" is personal information that identifies, "non-PII" information that does not.
    @Test func namesPersonallyIdentifiableInformationByItsInitials() {
        #expect(keys(.data, "we collect PII") == [["user"]])
        #expect(keys(.identifiability, "we collect PII") == [["identified"]])
        #expect(keys(.identifiability, "we share non-PII") == [["anonymized"]])
    }

    @Test func namesHowTheSiteIsUsedAsUsage() {
        #expect(keys(.data, "we log how our site is used") == [["user.behavior"]])
        #expect(keys(.data, "general information related to your use of the website") == [["user.behavior"]])
    }

    /// The experience personalised is what is personalised, not a second purpose of improving the site.
    @Test func aPersonalisedExperienceIsPersonalisation() {
        #expect(keys(.purpose, "to help you personalize your online experience") == [["personalize"]])
    }

    /// A URL a visitor requests is where the visitor went; the reader's own web address is a contact detail only when it
    /// is said to be the reader's.
    @Test func aRequestedURLIsBrowsingAndTheReadersURLIsAContact() {
        #expect(keys(.data, "the URL that is being requested") == [["user.behavior.browsing_history"]])
        #expect(keys(.data, "your URL and biography") == [["user.contact.url"]])
    }

    /// Products and services named as what the reader asked for are no topic of marketing; messages about them are.
    @Test func productsAndServicesAreMarketingOnlyAsWhatAMessageIsAbout() {
        #expect(keys(.purpose, "to fulfill your requests for products and services").allSatisfy { !$0.contains("marketing.communications") })
        #expect(keys(.purpose, "to contact you about our products and services").contains(["marketing.communications"]))
    }

    /// The other users of a service are people the reader does not choose: shown to them, data is made public. ("Other
    /// people or companies" names everyone, and is no such phrase.)
    @Test func otherUsersAreThePublic() {
        #expect(keys(.recipient, "displayed to other users") == [["public"]])
        #expect(keys(.recipient, "shared with other members") == [["public"]])
        #expect(!keys(.recipient, "with other people or companies").contains(["public"]))
    }

    /// A payment transaction is payment data, not the history of what was bought.
    @Test func paymentTransactionsArePaymentData() {
        #expect(keys(.data, "all payment transactions are processed") == [["user.payment"]])
    }

    @Test func aNewsletterRegisteredForIsASubscription() {
        #expect(keys(.context, "when you register for our newsletter") == [["subscription"]])
    }

    @Test func matchesCaseAndInflectionInsensitively() {
        #expect(keys(.action, "Acme SELLS and Shared") == [["sell"], ["share"]])
        #expect(keys(.data, "Phone Numbers") == [["user.contact.phone_number"]])
    }

    @Test func definedTermsWinOverTaxonomyPhrases() {
        var withTerm = lexicon
        withTerm.define(term: "Member Data", key: "member_data")
        let matches = withTerm.matches(.data, in: Tokenizer.tokens("all Member Data and your name"))
        #expect(matches.map(\.keys) == [["member_data"], ["user.name"]])
        #expect(matches.first?.isDefinedTerm == true)
    }

    @Test func aPhraseAddedToTheTaxonomyIsMatchedWithoutCodeChanges() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-extra-\(UUID().uuidString).yaml").path
        try "pledge-taxonomy: 1\ndata:\n  user.biometric:\n    phrases: [\"faceprint\"]\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let custom = Lexicon(taxonomy: try Taxonomy.standard(extendedWith: path))
        #expect(custom.matches(.data, in: Tokenizer.tokens("your faceprints")).map(\.keys) == [["user.biometric"]])
        #expect(lexicon.matches(.data, in: Tokenizer.tokens("your faceprints")).isEmpty)
    }
}
