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
}
