import Testing
@testable import Pledge

@Suite struct TextEscapingTests {
    @Test func htmlEscapesMarkupAndQuotes() {
        #expect(TextEscaping.html(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(TextEscaping.html("plain text") == "plain text")
    }

    /// "\r\n" is one Character: escaping by Character let it through and broke the table row.
    @Test func markdownCellTurnsEveryLineBreakIntoASpace() {
        #expect(TextEscaping.markdownCell("one\r\ntwo\nthree\rfour") == "one  two three four")
        #expect(TextEscaping.markdownCell("a|b *c* [d](e) #f \\g") == "a\\|b \\*c\\* \\[d\\](e) \\#f \\\\g")
    }

    @Test func markdownCodeSpanCannotBeClosedOrSplitTheTable() {
        #expect(TextEscaping.markdownCode("a`b|c\r\nd") == #"a'b\|c  d"#)
    }

    @Test func workflowCommandEscaping() {
        #expect(TextEscaping.workflowMessage("50% done\r\nnext") == "50%25 done%0D%0Anext")
        #expect(TextEscaping.workflowProperty("ops/a.yaml: line 3, col 1") == "ops/a.yaml%3A line 3%2C col 1")
    }

    @Test func terminalTextShowsControlCharactersButKeepsLines() {
        #expect(TextEscaping.terminal("deny\r\u{1B}[32mallow\n\tok\u{7F}\u{85}\u{2028}é") == "deny\\u{D}\\u{1B}[32mallow\n\tok\\u{7F}\\u{85}\\u{2028}é")
        #expect(TextEscaping.terminalField("id\nx.yaml:1:1: allow: fake") == "id\\u{A}x.yaml:1:1: allow: fake")
        #expect(TextEscaping.terminalField("plain text, tab\tkept") == "plain text, tab\tkept")
    }

    @Test func diagnosticsStayOnOneLine() {
        let diagnostic = Diagnostic("unknown key 'a\nb\u{1B}'", at: SourceLocation(file: "ops.json", line: 1, column: 2))
        #expect(diagnostic.description == "ops.json:1:2: error: unknown key 'a\\u{A}b\\u{1B}'")
    }
}

