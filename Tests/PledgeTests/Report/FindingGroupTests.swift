import Testing
@testable import Pledge

@Suite struct FindingGroupTests {
    func finding(_ check: String, _ severity: Finding.Severity, clause: String, line: Int, rule: String? = nil, other: String? = nil) -> Finding {
        let at = SourceLocation(file: "p.md", line: line)
        var clauses = [QuotedClause(ruleID: rule, location: at, section: nil, text: clause)]
        if let other { clauses.append(QuotedClause(ruleID: other, location: SourceLocation(file: "p.md", line: 99), section: nil, text: "Other \(other).")) }
        return Finding(severity: severity, check: check, message: "\(check) on \(rule ?? clause)", ruleIDs: [rule, other].compactMap { $0 }, clauses: clauses, location: at)
    }

    @Test func oneDutyContradictingManyPermissionsIsOneGroup() {
        let findings = (1...13).map { finding("duty-contradicts-permission", .error, clause: "We delete it.", line: 8, rule: "delete", other: "allow-\($0)") }
            + [finding("vague-wording", .info, clause: "Such as.", line: 2), finding("vague-wording", .info, clause: "Such as.", line: 2)]
        let groups = FindingGroup.groups(findings)
        #expect(groups.count == 2)
        #expect(groups[0].findings.count == 13 && groups[0].check == "duty-contradicts-permission")
        #expect(groups[1].findings.count == 2)
        #expect(groups.flatMap(\.findings) == findings)
    }

    @Test func errorsComeFirstThenTheLargestGroups() {
        let findings = [finding("vague-wording", .info, clause: "A.", line: 1), finding("shadowed-rule", .warning, clause: "B.", line: 2, rule: "b"),
                        finding("overridden-allow", .error, clause: "C.", line: 3, rule: "c"), finding("shadowed-rule", .warning, clause: "D.", line: 4, rule: "d"),
                        finding("shadowed-rule", .warning, clause: "D.", line: 4, rule: "d")]
        let groups = FindingGroup.groups(findings)
        #expect(groups.map(\.severity) == [.error, .warning, .warning, .info])
        #expect(groups.map(\.location.line) == [3, 4, 2, 1])
    }
}
