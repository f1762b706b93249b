import Testing
import Pledge
@testable import PledgeExtract

/// Limits a paragraph states outside the sentence they limit: the purposes of a practice stated bare, and a choice the
/// reader is refused. Paragraphs written for the test.
@Suite struct ParagraphLimitTests {
    @Test(arguments: [
        "We use cookies on this site. Cookies are used to remember your login and to zorble visits.",
        "We use cookies on this site. They are used to remember your login and to zorble visits.",
        "We use cookies. We use cookies for two purposes: to keep you signed in and to zorble traffic.",
        "We collect your postal address. We collect it to zorble your parcels.",
        "From time to time, we may use your information to contact you for zorblax studies. We may contact you by e-mail or phone.",
        // The next sentence points back and says what the practice lets the company do, or is needed for.
        "We keep a record of your postal address. This helps us zorble your parcels.",
        "We keep a record of your postal address. All this is necessary for us to zorble your parcels.",
        // Or says what the practice takes in, and what for.
        "Like most websites, we use log files. This includes IP addresses and browser types to analyze trends and zorble the site.",
    ])
    func aBarePracticeWhosePurposesTheParagraphGivesIsNoPermissionForAnyPurpose(_ paragraph: String) throws {
        let document = try Fixtures.extract(paragraph)
        // The purposes are not understood here: what is permitted is for the purposes in the text's own words at most,
        // never the practice for any purpose.
        #expect(document.rules.filter { $0.effect == .allow && $0.scope.purpose == nil }.isEmpty, "\(document.rules.map(\.id))")
        for rule in document.rules where rule.effect == .allow {
            let advertising = Operation(action: try #require(rule.scope.action?.first), data: rule.scope.data ?? ["user"], purpose: "marketing.advertising")
            #expect(try Fixtures.decide(document, advertising) != .allow, "\(rule.id)")
        }
        #expect(document.unmapped.contains { $0.reason.hasPrefix("the purposes of this practice are given by another sentence") },
                "\(document.unmapped.map(\.reason))")
    }

    /// "We may share your information:" followed by the cases, as items or as paragraphs: the lead-in alone is no
    /// permission; the cases are read apart (or listed).
    @Test(arguments: ["\n\n", "\n\n- "])
    func aLeadInEndingInAColonIsNoPermissionOfItsOwn(_ separator: String) throws {
        let document = try Fixtures.extract("# Acme\n\nWe may share your information:" + separator + "If Acme is zorbled by another company.\n")
        let sharing = Operation(action: "share", data: ["user.contact.email"], recipient: "service_provider")
        #expect(try Fixtures.decide(document, sharing) != .allow, "\(document.rules.map(\.id))")
        // Read with its item, the permission holds under the item's condition only; read apart, the lead-in is listed.
        #expect(document.rules.allSatisfy { $0.effect != .allow || !$0.when.isEmpty })
        #expect(document.unmapped.contains { $0.text.hasPrefix("We may share") } || !document.rules.isEmpty)
    }

    /// "For example, you may need to provide the following information:" gives an example of what the reader does in the
    /// sentence before (when, and to whom): its items are no permission of their own; the same items after a plain
    /// lead-in are.
    @Test func itemsOfAnExampleOfTheSentenceBeforeAreNoPermission() throws {
        let example = try Fixtures.extract("# Acme\n\nIf you buy from our partners, you may need to give personal information. "
            + "For example, you may need to provide the following information:\n\n- Name\n- Credit card number\n")
        let card = Operation(action: "collect", data: ["user.financial.credit_card"])
        #expect(try Fixtures.decide(example, card) != .allow, "\(example.rules.map(\.id))")
        #expect(example.unmapped.contains { $0.reason.hasPrefix("an example of the sentence before") }, "\(example.unmapped.map(\.reason))")
        let plain = try Fixtures.extract("# Acme\n\nWe collect the following information:\n\n- Name\n- Credit card number\n")
        #expect(try Fixtures.decide(plain, card) == .allow, "\(plain.rules.map(\.id))")
    }

    @Test func theSentenceThatGivesUnderstoodPurposesYieldsTheRule() throws {
        let document = try Fixtures.extract("We use cookies on this site. Cookies are used for analytics.")
        let allows = document.rules.filter { $0.effect == .allow }
        #expect(allows.count == 1)
        #expect(allows.first?.scope.purpose == ["analytics"])
        // Cookies for advertising: the paragraph gives no such purpose.
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.device.cookie"], purpose: "marketing.advertising")) == .notCovered)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.device.cookie"], purpose: "analytics")) == .allow)
    }

    @Test(arguments: [
        "We collect your name. We may share your name with advertisers for marketing.",   // another act
        "We use your information. Your e-mail address is used to send receipts.",            // narrower data
    ])
    func aPurposeForAnotherPracticeLimitsNothing(_ paragraph: String) throws {
        let first = try #require(paragraph.split(separator: ".").first) + "."
        let alone = try Fixtures.extract(String(first)).rules.filter { $0.effect == .allow }
        let inParagraph = try Fixtures.extract(paragraph).rules.filter { $0.effect == .allow }
        #expect(!alone.isEmpty)
        #expect(alone.allSatisfy { r in inParagraph.contains { $0.scope == r.scope } }, "\(inParagraph.map(\.id))")
    }

    @Test(arguments: ["Subscribers may unsubscribe at any time.", "Users can opt out at any time."])
    func anOptOutOfferedToReadersNamedAsSuchQualifiesTheMarketingPermission(_ offer: String) throws {
        let document = try Fixtures.extract("We may send you newsletters and special offers. " + offer)
        let marketing = try #require(document.rules.first { $0.effect == .allow })
        #expect(marketing.unless.contains { $0.when == ["opted_out"] }, "\(marketing.unless)")
        let mailing = Operation(action: "email", data: ["user.contact.email"], recipient: "data_subject", purpose: try #require(marketing.scope.purpose?.first))
        #expect(try Fixtures.decide(document, mailing) == .allow)
        var optedOut = mailing
        optedOut.context = ["opted_out"]
        #expect(try Fixtures.decide(document, optedOut) != .allow)
    }

    @Test(arguments: [
        "You cannot opt out of service announcements.",
        "You will not be able to unsubscribe from order e-mails.",
    ])
    func aChoiceRefusedIsNoOptOutOffer(_ refusal: String) throws {
        let document = try Fixtures.extract("We may send you newsletters and special offers. " + refusal)
        let marketing = try #require(document.rules.first { $0.effect == .allow })
        #expect(marketing.unless.isEmpty, "\(marketing.unless)")
        #expect(marketing.obligations.isEmpty, "\(marketing.obligations)")
    }

    @Test func aChoiceOfferedStillQualifiesMarketing() throws {
        let document = try Fixtures.extract("We may send you newsletters and special offers. If you do not want them, you can unsubscribe at any time.")
        let marketing = try #require(document.rules.first { $0.effect == .allow })
        #expect(marketing.unless.map(\.when) == [["opted_out"]])
    }

    @Test func aListItemItsLeadInGivesNoRuleForIsListed() throws {
        let document = try Fixtures.extract("We may collect the following information:\n\n- your name\n- other zorblax information\n")
        #expect(document.rules.map { $0.scope.data ?? [] } == [["user.name"]])
        #expect(document.unmapped.contains { $0.text.contains("zorblax") }, "\(document.unmapped.map(\.text))")
    }

    /// "Our website uses cookies." opening a section whose later paragraph says what cookies are used for: the bare
    /// sentence permits no use for any purpose. Only the same act on the same data counts from further away.
    @Test func aBarePracticeOpeningASectionTakesItsPurposesFromTheSection() throws {
        let document = try Fixtures.extract("""
            # Acme Privacy Policy

            ## Cookies

            Our website uses cookies.

            We think you should know about them.

            Persistent cookies are used to remember your preferences.
            """)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.device.cookie"], purpose: "marketing.advertising")) != .allow)
        #expect(document.unmappedReason("Our website uses cookies")?.hasPrefix("the purposes of this practice are given by another sentence") == true,
                "\(document.unmapped.map(\.reason))")
        // Another act, on other data, far away in the section, limits nothing.
        let other = try Fixtures.extract("""
            # Acme Privacy Policy

            ## Your data

            We may share aggregated statistics with partners.

            We think you should know about them.

            We may use your email address to send you our newsletter.
            """)
        #expect(other.rules(effect: .allow, action: "share").count == 1, "\(other.unmapped.map(\.reason))")
    }

    /// "some information", "certain types of information": part of the data, which part unsaid — no permission over all
    /// personal data.
    @Test(arguments: ["We gather some information automatically.", "We obtain certain types of information when you visit our site."])
    func partOfTheDataUnsaidIsNoPermissionForAll(_ text: String) throws {
        let document = try Fixtures.extract(text)
        #expect(document.rules(effect: .allow, data: "user").isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.first?.reason.hasPrefix("words not read in this permission") == true, "\(document.unmapped.map(\.reason))")
    }
}
