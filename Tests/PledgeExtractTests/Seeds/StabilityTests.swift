import Testing
import Pledge
@testable import PledgeExtract

/// Formatting-only edits must not change the rules (the diff relies on it), and the same
/// text must always give the same bytes.
@Suite struct StabilityTests {
    /// A rule without where it was read from: what must survive a reformatting.
    private func meaning(_ document: PolicyDocument) -> [String] {
        document.rules.map { r in
            "\(r.id) \(r.effect) \(r.scope) when:\(r.when) unless:\(r.unless.map { "\($0.scope) \($0.when)" }) obligations:\(r.obligations)"
        }
    }

    @Test(arguments: [("clickandchat/2010-09-14", "clickandchat/2011-12-01"), ("clicktale/2006-12-30", "clicktale/2007-12-28")])
    func formattingOnlyVersionsGiveTheSameRules(_ old: String, _ new: String) throws {
        let a = try Fixtures.policy(old), b = try Fixtures.policy(new)
        #expect(meaning(a) == meaning(b))
        #expect(a.terms == b.terms)
        #expect(a.policy.sourceSHA256 != b.policy.sourceSHA256)
    }

    @Test func theSameTextGivesByteIdenticalRuleFiles() throws {
        for name in ["clickandchat/2011-12-01", "clicktale/2018-04-07"] {
            #expect(RuleFile.encode(try Fixtures.policy(name)) == RuleFile.encode(try Fixtures.policy(name)))
        }
    }

    @Test func everyExtractedRuleFileLoadsBack() throws {
        for name in ["clickandchat/2010-09-14", "clickandchat/2011-12-01", "clicktale/2006-12-30",
                     "clicktale/2007-12-28", "clicktale/2010-04-26", "clicktale/2018-04-07"] {
            let document = try Fixtures.policy(name)
            #expect(try RuleFile.decode(RuleFile.encode(document), file: name) == document)
            _ = try Engine(document: document)
        }
    }
}
