import Testing
import Pledge
@testable import PledgeExtract

/// Purposes listed under a lead-in ("We use your information in the following ways:" and its items): each item is a
/// purpose of the lead-in's practice. Sentences written for the test.
@Suite struct ListedPurposeTests {
    /// "in the following ways:" points to the items; read with an item, it limits nothing beyond the item's purpose.
    @Test func itemsUnderWaysArePurposes() throws {
        let document = try Fixtures.extract("""
            # Privacy Policy

            We may use the information we collect from you in the following ways:

            - To send you our newsletter
            - To improve our website
            """)
        let purposes = Set(document.rules(effect: .allow, action: "use").flatMap { $0.scope.purpose ?? [] })
        #expect(purposes == ["marketing.communications", "essential.service.operations.improve"], "\(document.unmapped.map(\.reason))")
        // Alone, the lead-in names no purpose: no permission for every purpose.
        let any = Operation(action: "use", data: ["user.contact.email"], purpose: "analytics")
        #expect(try Fixtures.decide(document, any) != .allow)
    }

    /// "We use your personal information to:" and "1. Personalize your experience.": the item's capital opens no name.
    /// "* Outstanding Zorblax Service": an item in title case that ends with no mark is an item, not a title among the
    /// items; "to attain the following" points to what the items name.
    @Test func aTitleCaseItemIsAnItemOfItsLeadIn() throws {
        let document = try Fixtures.extract("""
            # Privacy Policy

            We use your information for the following purposes:

            * Outstanding Zorblax Service
            * Personalized advertisement
            """)
        let said = document.purposes.values.map(\.says)
        #expect(said.contains("Outstanding Zorblax Service"), "\(said) \(document.unmapped.map(\.reason))")
        let attained = try Fixtures.extract("We use your information to attain the following:\n\n* Personalized advertisement\n")
        #expect(try attained.rule(.allow, "use").scope.purpose == ["marketing.advertising.first_party.targeted"])
    }

    /// An item its lead-in reads into no rule ("We use your information to attain the following: * Zorblax updates")
    /// is listed itself, not only its lead-in: no practice is missed silently.
    @Test func anItemReadIntoNoRuleIsListed() throws {
        let document = try Fixtures.extract("We use your information to attain the following:\n\n* Zorblax updates\n* Personalized advertisement\n")
        #expect(document.unmapped.contains { $0.text == "Zorblax updates" }, "\(document.unmapped.map(\.text))")
    }

    @Test func aCapitalizedItemContinuesItsLeadIn() throws {
        let document = try Fixtures.extract("""
            # Privacy Policy

            We use your personal information to:

            1. Personalize your experience.
            2. Respond to your questions.
            """)
        let purposes = Set(document.rules(effect: .allow, action: "use").flatMap { $0.scope.purpose ?? [] })
        #expect(purposes == ["personalize", "essential.service.operations.support"], "\(document.unmapped.map(\.reason))")
    }

    /// "for all the purposes for which we use and disclose personal information": the relative clause names a purpose by
    /// reference; it is no practice of its own, and the permission it limits is listed.
    @Test func aPurposeNamedByAnotherPracticeGrantsNothing() throws {
        let document = try Fixtures.extract("We may use and disclose IP addresses for all the purposes for which we use and disclose personal information.")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.scope))")
        #expect(!document.unmapped.isEmpty)
    }

    /// "to improve the content and functionality of the Services": what is improved is no purpose of its own.
    @Test func whatIsImprovedIsNoPurpose() throws {
        let document = try Fixtures.extract("We use your personal data to help us improve the content and functionality of our services.")
        let rule = try document.rule(.allow, "use")
        #expect(rule.scope.purpose == ["essential.service.operations.improve"], "\(rule.scope)")
        let both = try Fixtures.extract("We use cookies to improve our services and for your convenience.")
        #expect(try both.rule(.allow, "use").scope.purpose?.contains("functional") == true)
    }

    /// "We use this information to" and "We collect this information when you" with items and no colon: the items
    /// complete the sentence, and "this information" after a list of data items means all of them.
    @Test func aSentenceLeftOpenIsCompletedByItsItems() throws {
        let document = try Fixtures.extract("""
            We collect the following personal information from you.

            * Contact information such as name and phone number
            * Billing information such as credit card number

            We collect this information when you

            * Set up an account

            We use this information to

            * Fulfill your order
            """)
        let card = Operation(action: "collect", data: ["user.financial.credit_card"], context: ["registration"])
        #expect(try Fixtures.decide(document, card) == .allow, "\(document.rules.map(\.scope)) \(document.unmapped.map(\.reason))")
        let fulfilling = Operation(action: "use", data: ["user.contact.phone_number"], purpose: "essential.service.fulfillment")
        #expect(try Fixtures.decide(document, fulfilling) == .allow, "\(document.rules.map(\.scope))")
        let marketing = Operation(action: "use", data: ["user.contact.phone_number"], purpose: "marketing")
        #expect(try Fixtures.decide(document, marketing) != .allow)
    }

    /// "To do so, you must provide …": a purpose that points back to the sentence before limits the collection, and is
    /// not read with it; no permission for any purpose is written.
    @Test func aPurposePointingBackGrantsNothing() throws {
        let document = try Fixtures.extract("You can donate online. To do so, you must provide your name, postal address, and credit card information.")
        let marketing = Operation(action: "collect", data: ["user.financial.credit_card"], purpose: "marketing")
        #expect(try Fixtures.decide(document, marketing) != .allow, "\(document.rules.map(\.scope))")
        #expect(document.unmapped.contains { $0.reason.contains("points back") })
    }

    /// "keep your message as a record of the contact but at no time will we share …": "as a record of" opens the
    /// purpose of the keeping, which ends at "but"; the keeping is allowed for that purpose only.
    @Test func aRecordKeptIsThePurposeOfTheKeeping() throws {
        let document = try Fixtures.extract("We may keep your message as a record of the contact but at no time will we share e-mail information with outside companies.")
        let keep = try document.rule(.allow, "retain")
        #expect(keep.scope.purpose?.count == 1 && keep.scope.purpose?.first?.hasPrefix("as_a_record_of_the_contact") == true, "\(keep.scope.purpose ?? [])")
        #expect(keep.scope.purpose?.first?.contains("but") == false)
        #expect(try Fixtures.decide(document, Operation(action: "retain", data: ["user.content"], purpose: "marketing")) != .allow)
    }

    /// "to write you or your family about" (its topics in a list below): a purpose left open on a preposition is only
    /// part of the limit — no permission; "the service which you have subscribed to" ends on its relative clause and is
    /// whole.
    @Test func aPurposeLeftOpenOnAPrepositionLimitsNothingItCanHold() throws {
        let open = try Fixtures.extract("# Zorbla privacy\n\nSometimes Zorbla may use your information to write you or your family about\n\n  * completing a survey or\n  * giving money\n")
        #expect(open.rules(effect: .allow, action: "use").isEmpty, "\(open.rules.map(\.id))")
        let whole = try Fixtures.extract("We use your information in the following ways to provide you with the service which you have subscribed to;")
        #expect(!whole.rules(effect: .allow, action: "use").isEmpty, "\(whole.unmapped.map(\.reason))")
    }
}
