import Testing
import Pledge
@testable import PledgeExtract

@Suite struct MarkdownReaderTests {
    @Test func readsHeadingsBoldLinesItemsAndParagraphsWithTheirLines() {
        let text = """
            # Acme Privacy

              **Sharing**  
            We never sell data. We keep it
            safe.

            1\\. What we collect
                 We may collect:  
            a. Your name.  
            ii. Your [email](mailto:x@y.z) address.
            2.b. *Logs* are kept.
            """
        let blocks = MarkdownReader.blocks(text)
        #expect(blocks.map(\.kind) == [.heading(level: 1), .heading(level: 4), .paragraph, .heading(level: 2), .paragraph,
                                       .listItem(marker: "a."), .listItem(marker: "ii."), .listItem(marker: "2.b.")])
        #expect(blocks.map(\.line) == [1, 3, 4, 7, 8, 9, 10, 11])
        #expect(blocks[1].text == "Sharing")
        #expect(blocks[2].text == "We never sell data. We keep it\nsafe.")
        #expect(blocks[3].text == "1. What we collect")
        #expect(blocks[6].text == "Your email address.")
        #expect(blocks[7].text == "Logs are kept.")
    }

    /// "1. **When you ask about an item** , we collect …": bold the sentence goes on from after a comma is emphasis, and
    /// the item one sentence; "2. **Service Providers** : We share …" is a title, and its colon no word of the sentence.
    @Test func aBoldLeadTheSentenceGoesOnFromIsNoTitle() {
        let blocks = MarkdownReader.blocks("1. **When you ask about an item** , we collect your email address.\n2. **Service Providers** : We share data with them.")
        #expect(blocks.map(\.kind) == [.listItem(marker: "1."), .heading(level: 3), .paragraph])
        #expect(blocks[0].text == "When you ask about an item , we collect your email address.")
        #expect(blocks[2].text == "We share data with them.")
    }

    /// A hard break (two trailing spaces) ends a line of type; where the next line goes on in lower case after no mark
    /// that ends a sentence, the sentence goes on too — and its exception with it. A line after a full stop, or opening
    /// in capitals, is a block of its own.
    @Test func aHardBreakInsideASentenceDoesNotEndIt() throws {
        let blocks = MarkdownReader.blocks("We will not sell your data without your consent, other  \nthan to deliver your order.  \nWe keep logs.  \nand more.")
        #expect(blocks.map(\.text) == ["We will not sell your data without your consent, other\nthan to deliver your order.", "We keep logs.", "and more."])
        let document = try Fixtures.extract("We will not sell your e-mail address to third parties, other  \nthan to deliver your order.")
        #expect(document.rules.allSatisfy { $0.source.text.hasSuffix("deliver your order.") }, "\(document.rules.map(\.source.text))")
    }

    /// Text set line by line with no blank lines (as a PDF's comes out): a short title-case line after a finished
    /// sentence, before a line that opens one, is a section's title, not the subject of the sentence after it. A
    /// line a sentence runs on from, or one in capitals with a negation, stays in the text.
    @Test func aTitleOnALineOfItsOwnInsideAParagraphIsAHeading() throws {
        let text = """
            Acme Widgets Pty Ltd ("Acme") has adopted this statement.
            Visiting the Site
            Acme collects information on the pages you visit. We keep your
            Personal Information
            safe.
            WE DO NOT SELL YOUR DATA
            Other words follow.
            """
        let blocks = MarkdownReader.blocks(text)
        #expect(blocks.map(\.kind) == [.paragraph, .heading(level: 4), .paragraph])
        #expect(blocks[1].text == "Visiting the Site")
        #expect(blocks[2].text.hasPrefix("Acme collects information"))
        #expect(blocks[2].text.contains("We keep your\nPersonal Information\nsafe.\nWE DO NOT SELL YOUR DATA"))
        // The title no longer reads as the subject: the company collects, and the rule sits under that section.
        let document = try Fixtures.extract("Acme Widgets Pty Ltd (\"Acme\") has adopted this statement.\nIP Addresses\nAcme collects your IP address.\n")
        let rule = try document.rule(.allow, "collect", data: "user.device.ip_address")
        #expect(rule.source.section == "IP Addresses")
        #expect(rule.source.text == "Acme collects your IP address.")
    }

    /// A whole sentence set in bold is emphasis, not a title: it is read as a paragraph, so its promise is kept.
    @Test func aSentenceInBoldIsAParagraphAndATitleInBoldAHeading() throws {
        let blocks = MarkdownReader.blocks("**Use of Aggregated Information.**\n\n**We do not sell or rent your personal information to anyone.**\n")
        #expect(blocks.map(\.kind) == [.heading(level: 4), .paragraph])
        let document = try Fixtures.extract("# Acme\n\n**We do not sell or rent your personal information to anyone.**\n")
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party")) == .deny)
    }

    /// A whole paragraph set in a heading's type is no title: its promises are read, and it heads nothing.
    @Test func aParagraphInAHeadingsTypeIsAParagraph() throws {
        let blocks = MarkdownReader.blocks("###### **Personal Data**\n\n###### We collect your name and e-mail address when you register for our newsletter on the site.\n")
        #expect(blocks.map(\.kind) == [.heading(level: 6), .paragraph])
        let document = try Fixtures.extract("# Acme\n\n###### We do not sell or rent your personal information to anyone under any circumstances.\n")
        #expect(try Fixtures.decide(document, Operation(action: "sell", data: ["user.contact.email"], recipient: "third_party")) == .deny)
        // A heading that asks a question stays a heading, however long.
        #expect(MarkdownReader.blocks("## What information do we collect about you and how do we use it once we have it?\n").map(\.kind) == [.heading(level: 2)])
    }

    /// A short numbered line is a title ("2. Information We Collect"), but not an infinitive, which states a purpose.
    @Test func aNumberedPurposeIsAnItemNotATitle() {
        let blocks = MarkdownReader.blocks("2. Information We Collect\n\n3. To administer the website\n")
        #expect(blocks.map(\.kind) == [.heading(level: 2), .listItem(marker: "3.")])
    }

    /// Items that continue a list's sentence ("2. as required by law; and") are items: a title neither opens in
    /// lower case nor breaks at a semicolon nor ends in "and". Read as items, their practice is read with the lead-in.
    @Test func anItemThatContinuesTheListsSentenceIsNoTitle() throws {
        let blocks = MarkdownReader.blocks("1. Contact Us\n\n2. as required by law; and\n\n3. Aggregate Reports or\n\n4. Data We Hold; Why\n")
        #expect(blocks.map(\.kind) == [.heading(level: 2), .listItem(marker: "2."), .listItem(marker: "3."), .listItem(marker: "4.")])
        let document = try Fixtures.extract("# Acme\n\nWe may disclose your email address:\n\n1. if you consent; or\n\n2. as required by law; and\n")
        let sections = document.rules.compactMap(\.source.section) + document.unmapped.compactMap(\.section)
        #expect(!sections.contains { $0.hasPrefix("2.") }, "\(sections)")
        #expect(document.rules.contains { $0.source.text.contains("required by law") }, "\(document.unmapped.map(\.reason))")
    }

    @Test func aBoldLeadOfAnItemIsItsSectionsHeading() {
        let blocks = MarkdownReader.blocks("  1. **What do we share?** We share nothing.")
        #expect(blocks.map(\.kind) == [.heading(level: 3), .paragraph])
        #expect(blocks[0].text == "1. What do we share?")
        #expect(blocks[1].text == "We share nothing.")
    }
}

@Suite struct HTMLReaderTests {
    @Test func keepsStructureAndDecodesEntities() {
        let html = """
            <html><head><title>x</title><style>p { color: red }</style></head><body>
            <h1>Acme &amp; Co</h1>
            <p><strong>Cookies</strong></p>
            <p>We don&rsquo;t sell
            your data.<br>We may share it.</p>
            <ol><li>If subpoenaed.</li><li>If required by law.</li></ol>
            </body></html>
            """
        let blocks = HTMLReader.blocks(html)
        #expect(blocks.map(\.kind) == [.heading(level: 1), .heading(level: 4), .paragraph, .paragraph, .listItem(marker: "1."), .listItem(marker: "2.")])
        #expect(blocks.map(\.text) == ["Acme & Co", "Cookies", "We don’t sell your data.", "We may share it.", "If subpoenaed.", "If required by law."])
        #expect(blocks.map(\.line) == [2, 3, 4, 5, 6, 6])
    }

    @Test func anUnclosedTagIsTextNotAHang() {
        let blocks = HTMLReader.blocks("<p>" + String(repeating: "<a", count: 20_000))
        #expect(!blocks.isEmpty)
    }
}

@Suite struct PolicyOutlineTests {
    @Test func readsTitleDatesAndSections() {
        let outline = PolicyOutline(text: """
            > archived on 2011-12-01, a copy.

            # Acme: Privacy Policy

            **Last updated  March 2018**

            **Cookies**  
            We use cookies.

            Last Updated 08/19/2011
            """)
        #expect(outline.title == "Acme: Privacy Policy")
        #expect(outline.archived == "2011-12-01")
        #expect(outline.effective == "2018-03")
        #expect(outline.blocks.first?.section == "Cookies")
        #expect(outline.blocks.first?.block.text == "We use cookies.")
    }

    @Test func plainTextTakesItsFirstShortLineAsTitle() {
        let outline = PolicyOutline(text: "Harbor Bikes Data Notice\n\nWe use cookies.\n")
        #expect(outline.title == "Harbor Bikes Data Notice")
        #expect(outline.blocks.map(\.block.text) == ["We use cookies."])
        // The title's own line only: the date on the next line is still read, and still a block.
        let wrapped = PolicyOutline(text: "HARBOR BIKES DATA NOTICE\nEffective date 2024-02-01\n\nWe use cookies.\n")
        #expect(wrapped.title == "HARBOR BIKES DATA NOTICE")
        #expect(wrapped.effective == "2024-02-01")
    }

    @Test(arguments: ["We use cookies to remember you.\n\nWe keep logs.", "# Real Title\n\nShort line\n\nWe use cookies."])
    func aSentenceOrAMarkedTitleIsNotTakenForAPlainTitle(_ text: String) {
        let outline = PolicyOutline(text: text)
        #expect(outline.title != "We use cookies to remember you.")
        #expect(outline.title != "Short line")
    }

    @Test(arguments: [("Last Updated 08/19/2011", "2011-08-19"), ("Last updated: March 3, 2018", "2018-03-03"),
                      ("Effective date 2020-01-31", "2020-01-31"), ("Last modified 3 April 2019", "2019-04-03")])
    func readsDates(_ line: String, _ iso: String) {
        #expect(PolicyOutline(text: "We use cookies.\n\n" + line).effective == iso)
    }
}

@Suite struct PolicyInputTests {
    @Test func refusesEmptyBinaryAndInvalidText() throws {
        #expect(throws: PledgeError.self) { try Fixtures.extract("  \n\n ") }
        #expect(throws: PledgeError.invalid([ExtractionProblem.binary.at("p.md", line: 2, column: 3)])) {
            try Extractor().extract(bytes: Array("ok\nab\0c".utf8), source: "p.md", id: "p")
        }
        #expect(throws: PledgeError.invalid([ExtractionProblem.invalidUTF8.at("p.md", line: 1, column: 3)])) {
            try Extractor().extract(bytes: [0x61, 0x62, 0xff, 0x63], source: "p.md", id: "p")
        }
    }

    @Test func refusesTextOverTheCap() {
        let bytes = [UInt8](repeating: 0x61, count: PolicyInput.maximumBytes + 1)
        #expect(throws: PledgeError.self) { try Extractor().extract(bytes: bytes, source: "big.md", id: "big") }
    }

    /// Not refused, and not read in parts either: one sentence too long to read is listed for review.
    @Test func oneHugeLineIsListedNotRefused() throws {
        let line = String(repeating: "We may share your email address with partners and ", count: 4_000)
        let document = try Fixtures.extract(line)
        #expect(document.rules.isEmpty)
        #expect(document.unmapped.map(\.line) == [1])
        #expect(document.unmapped.first?.reason.contains("characters long") == true)
    }
}

@Suite struct InlineMarkupTests {
    @Test func stripsEmphasisLinksAndEscapesButKeepsUnderscoresInsideWords() {
        #expect(InlineMarkup.strip("We **never** sell _your_ data.") == "We never sell your data.")
        #expect(InlineMarkup.strip("the field user_name and *em*") == "the field user_name and em")
        #expect(InlineMarkup.strip("See [our page](http://x.y/z) or <http://a.b>.") == "See our page or http://a.b.")
        #expect(InlineMarkup.strip("1\\. Item") == "1. Item")
    }
}
