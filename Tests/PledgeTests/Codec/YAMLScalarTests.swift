import Testing
@testable import Pledge

@Suite struct YAMLScalarTests {
    @Test(arguments: [
        ("", YAMLScalar.Resolved.null), ("~", .null), ("null", .null), ("NULL", .null),
        ("true", .bool(true)), ("False", .bool(false)), ("12", .int(12)), ("-3", .int(-3)), ("0x1F", .int(31)),
        ("0o17", .int(15)), ("1.5", .float), ("1e3", .float), (".inf", .float), ("-.Inf", .float), ("-.NaN", .string("-.NaN")),
        ("yes", .string("yes")), ("2011-08-19", .string("2011-08-19")), ("1.2.3", .string("1.2.3")), ("0x", .string("0x")),
    ])
    func plainScalarsResolveByTheCoreSchema(_ text: String, _ expected: YAMLScalar.Resolved) {
        #expect(YAMLScalar(text, isQuoted: false).resolved == expected)
        #expect(YAMLScalar(text, isQuoted: true).resolved == .string(text))
    }

    @Test(arguments: [
        ("share", "share"), ("user.contact.email", "user.contact.email"), ("Confidentiality of Your Data", "Confidentiality of Your Data"),
        ("yes", "\"yes\""), ("Off", "\"Off\""), ("12", "\"12\""), ("2011-08-19", "\"2011-08-19\""), ("- x", "\"- x\""),
        ("#x", "\"#x\""), ("a: b", "\"a: b\""), ("trailing ", "\"trailing \""), ("", "\"\""),
        ("say \"hi\"\n\\", "\"say \\\"hi\\\"\\n\\\\\""), ("\u{0}\u{7}\u{85}\u{2028}\u{FEFF}", "\"\\0\\x07\\x85\\u2028\\uFEFF\""),
        ("日本", "\"日本\""), ("a, b", "a, b"),
    ])
    func encoderQuotesOnlyWhereNeeded(_ text: String, _ expected: String) {
        #expect(YAMLScalarText.render(text) == expected)
    }

    @Test func commasAreQuotedInFlowLists() {
        #expect(YAMLScalarText.render("a, b", inFlow: true) == "\"a, b\"")
    }
}
