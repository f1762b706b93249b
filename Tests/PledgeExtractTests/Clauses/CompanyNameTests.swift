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
        // A name the policy gives itself, and its web address as the subject.
        "# Privacy Policy\n\nZorbla Inc. (\"we\", \"us\") runs this site.\n\nZorbla collects your email address to send you our newsletter.\n",
        "# Privacy Policy\n\n**Privacy Policy for www.zorbla.com**\n\nwww.zorbla.com collects your email address to send you our newsletter.\n",
    ])
    func aPracticeOfTheNamedCompanyIsItsOwn(_ text: String) throws {
        let document = try Fixtures.extract(text)
        let rule = try document.rule(.allow, "collect", data: "user.contact.email")
        #expect(rule.scope.purpose == ["marketing.communications"])
    }

    /// With no name in the title, the name that most often opens a sentence as its subject is the company's: it may
    /// stand anywhere in a clause without being a word left unread, and another name is no longer taken for it.
    @Test func theNameMostOftenTheSubjectIsTheCompany() throws {
        let document = try Fixtures.extract("""
            # Privacy Policy

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
}
