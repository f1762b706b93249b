import Testing
@testable import Pledge

@Suite struct PlainWordsTests {
    typealias E = LintExample
    let words = PlainWords(taxonomy: .standard)

    @Test func aPermissionWithAnOptOutReadsAsASentence() {
        let rule = E.rule("ads", .allow, Scope(action: ["share"], data: ["user.contact.email"], purpose: ["marketing"], recipient: ["advertiser"]),
                          unless: [Exception(when: ["opted_out"])])
        #expect(words.rules([rule], .adds) == "may now share your e-mail address with advertisers for marketing, unless you opt out")
        #expect(words.rules([rule], .states) == "may share your e-mail address with advertisers for marketing, unless you opt out")
        #expect(words.rules([rule], .drops) == "no longer says it may share your e-mail address with advertisers for marketing, unless you opt out")
    }

    @Test func prohibitionsAndDutiesSayWhatBindsTheCompany() {
        let deny = E.rule("no-sale", .deny, Scope(action: ["sell"], data: ["user"], recipient: ["third_party"]))
        #expect(words.rules([deny], .adds) == "may no longer sell your personal information to third parties")
        #expect(words.rules([deny], .drops) == "no longer promises not to sell your personal information to third parties")
        let duty = E.rule("notify", .require, Scope(action: ["email"], data: ["user.contact.email"], recipient: ["data_subject"]), when: ["policy_change"])
        #expect(words.rules([duty], .states) == "must e-mail you using your e-mail address when the policy changes")
    }

    @Test func rulesOfOneClauseThatDifferOnlyInTheirConditionsAreSaidOnce() {
        let scope = Scope(action: ["share"], data: ["user"], recipient: ["third_party"])
        let rules = [E.rule("a", .allow, scope, when: ["legal_process"]), E.rule("b", .allow, scope, when: ["fraud"]), E.rule("c", .allow, scope, when: ["fraud"])]
        #expect(words.rules(rules, .states) == "may share your personal information with third parties when the law or a court requires it or fraud is suspected")
        // An unconditional rule covers its conditional twins.
        #expect(words.rules(rules + [E.rule("d", .allow, scope)], .states) == "may share your personal information with third parties")
    }

    @Test func anOperationNamesItsRecipientPurposeAndFacts() {
        let op = Operation(action: "retain", data: ["user.device.ip_address"], recipient: "service_provider", identifiability: "aggregated",
                           context: ["account_cancelled"])
        #expect(words.operation(op) == "keep your IP address through service providers (aggregated) for any purpose, indefinitely when you close your account")
    }

    @Test func aTermWithoutALabelIsSaidByItsName() {
        let rule = E.rule("t", .allow, Scope(action: ["collect"], data: ["registration_data"]))
        #expect(words.rules([rule], .states) == "may collect registration data")
    }
}
