import Pledge
@testable import PledgeExtract
import Testing

/// The company is named in the policy's own text: its title, a name it gives itself, or the name it most often makes the
/// subject of its sentences. A practice of that name is the company's own; any other name acts for itself.
struct CompanyNameTests {
    @Test(arguments: [
        // A title whose name is joined to its title words, or written in two words the text joins.
        "# Zorbla-Privacy Policy\n\nZorbla collects your email address to send you our newsletter.\n",
        "# Privacy Policy » Zorbla Review\n\nZorblareview collects your email address to send you our newsletter.\n",
        "# Privacy Statement - Zor-Bla on a Shoestring\n\nZorBlaonaShoestring.com collects your email address to send you our newsletter.\n",
        // A name the policy gives itself, and its web address as the subject.
        "# Privacy Policy\n\nZorbla Inc. (\"we\", \"us\") runs this site.\n\nZorbla collects your email address to send you our newsletter.\n",
        "# Privacy Policy\n\n**Privacy Policy for www.zorbla.com**\n\nwww.zorbla.com collects your email address to send you our newsletter.\n",
        "# Privacy Policy | Zorbla\n\nhttp://zorbla.com collects your email address to send you our newsletter.\n",
        // A short name given beside the company's pronouns, in a long bracket.
        "# Privacy Policy\n\nThe site is operated by Zorbla Media Holdings LLC, a company at 1 Main Street (“ZMH”, \"we\", \"our\", or \"us\").\n\n"
            + "ZMH collects your email address to send you our newsletter.\n",
        // A short name given in brackets to a company of a legal form, and the company's systems under that name.
        "# Privacy Statement\n\nZorbla Widgets Pty Ltd (\"Zorbla\") runs this site.\n\nZorbla collects your email address to send you our newsletter.\n",
        "# Privacy Statement\n\nZorbla Widgets Pty Ltd (\"Zorbla\") runs this site.\n\nZorbla's web server collects your email address to send you our newsletter.\n",
        // A name given as the one the text uses from here on, after the company's full name and its group.
        "# Gadgetworld Privacy Statement\n\n**ZORBLA DIGITAL INC.,** its subsidiaries or affiliates (hereafter “ZBX”) respects your privacy.\n\n"
            + "ZBX collects your email address to send you our newsletter.\n",
        // The company's name with a legal form whose full stop ends no clause, other words of the name between.
        "# Privacy Statement - Zorbla Conversion\n\nZorbla Marketing Inc. may collect your email address to send you our newsletter.\n",
        // The owner the policy names for its site, under another name in the title.
        "# Gadgetworld Privacy Policy\n\nThis website is owned and operated by Zorbla Media.\n\nZorbla Media collects your email address to send you our newsletter.\n",
    ])
    func aPracticeOfTheNamedCompanyIsItsOwn(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try document.rule(.allow, "collect", data: "user.contact.email")
        #expect(rule.scope.purpose == ["marketing.communications"])
    }

    /// A name's possessive owns what acts as "our" does, but only the company's own name makes it the company's.
    /// A short name given further on ('provided by Zorbla, Inc. ("Zorbla")') is as likely another company's.
    @Test(arguments: [
        "Gadgetworld Pty Ltd (\"Gadgetworld\") runs this site.\n\nZorbla's web server collects your email address.\n",
        "Gadgetworld Pty Ltd (\"Gadgetworld\") runs this site.\n\nWe like our readers.\n\nWe write about gadgets.\n\n"
            + "Our statistics come from Zorbla, Inc. (\"Zorbla\").\n\nZorbla's web server collects your email address.\n",
    ])
    func theSystemsOfANameNotTheCompanysAreNoPermissionOfIt(_ text: String) throws {
        let document = try Fixtures.extract("# Privacy Statement\n\n" + text)
        #expect(document.rules(effect: .allow, action: "collect").isEmpty, "\(document.rules.map(\.id))")
        #expect(!document.unmapped.isEmpty)
    }

    /// With no name in the title, the name that most often opens a sentence as its subject is the company's: it may
    /// stand anywhere in a clause without being a word left unread, and another name is no longer taken for it.
    /// A web page's title that names nothing ("Privacy Statement | Untitled Page") gives no name either.
    @Test(arguments: ["# Privacy Policy", "# Privacy Statement | Untitled Page", "# Home Page - Privacy Policy"])
    func theNameMostOftenTheSubjectIsTheCompany(_ title: String) throws {
        let document = try Fixtures.extract(title + """


            ZORBLA collects your email address when you register with ZORBLA.

            ZORBLA may use your email address to send you our newsletter.

            ZORBLA will not sell your email address.

            AdNet may collect your IP address.
            """)
        #expect(try document.rule(.allow, "collect", data: "user.contact.email").when == ["registration"])
        #expect(document.rules(effect: .allow, action: "collect", data: "user.device.ip_address").isEmpty)
        #expect(document.unmappedReason("AdNet")?.contains("not known to be the company") == true, "\(document.unmapped.map(\.reason))")
    }

    /// Another name acts for itself, with a modal or without ("AdNet collects …"); a name in brackets before the
    /// company's pronouns, not holding them ("Zorbla Analytics (“ZA”): we use …"), does not name the company.
    @Test(arguments: ["Zorbla collects your email address to send you our newsletter.", "AdNet collects your email address to send you our newsletter."])
    func anotherNameIsNotTheCompany(_ sentence: String) throws {
        let document = try Fixtures.extract("""
            # Acme Privacy Policy

            Zorbla Analytics ("ZA"): we use cookies to count visitors.

            \(sentence)
            """)
        #expect(document.rules(effect: .allow, action: "collect").isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmapped.contains { $0.reason.contains("is not known to be the company") }, "\(document.unmapped.map(\.reason))")
    }

    /// Named, the company is "us" too: "the information that you send to Zorbla" says which data, as "… send to us"
    /// does; a permission over all personal data would be wider.
    @Test func theReadersGivingToTheNamedCompanySaysWhichData() throws {
        let document = try Fixtures.extract("# Zorbla Privacy Policy\n\nZorbla may use any other information that you send to Zorbla.\n")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
    }

    /// A legal form after the name ("Zorbla, Inc.", "Zorbla Media, LLC") is part of it: the company acts; a capitalised
    /// practice word inside the name ("Zorbla Publishing") is a word of the name, no act of publishing.
    @Test(arguments: [
        "# Zorbla Privacy Policy\n\nZorbla, Inc. collects your email address to send you our newsletter.\n",
        "# Zorbla Media Privacy Policy\n\nZorbla Media, LLC collects your email address to send you our newsletter.\n",
        "# Zorbla Privacy Policy\n\nZorbla Publishing, Inc. collects your email address to send you our newsletter.\n",
    ])
    func aNameWithItsLegalFormIsTheCompany(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try document.rule(.allow, "collect", data: "user.contact.email")
        #expect(rule.scope.purpose == ["marketing.communications"])
        #expect(document.rules(action: "disclose").isEmpty, "\(document.rules.map(\.id))")
    }

    /// Another name with a legal form still acts for itself.
    @Test func anotherNameWithItsLegalFormIsNotTheCompany() throws {
        let document = try Fixtures.extract("# Acme Privacy Policy\n\nZorbla, Inc. collects your email address.\n")
        #expect(document.rules(effect: .allow).isEmpty, "\(document.rules.map(\.id))")
        #expect(document.unmappedReason("Zorbla")?.contains("not known to be the company") == true, "\(document.unmapped.map(\.reason))")
    }
}
