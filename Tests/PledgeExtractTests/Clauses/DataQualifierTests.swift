import Testing
import Pledge
@testable import PledgeExtract

/// "Information collected through surveys is used only to …": a participle clause on the data says which of it a
/// promise is about. It is kept in the policy's words as a fact of the rule, so a prohibition forbids the act on that
/// data only, not on all data of its kind. Sentences written for the test.
@Suite struct DataQualifierTests {
    @Test func aProhibitionOnQualifiedDataBindsWhereTheQualifierIsClaimed() throws {
        let document = try Fixtures.extract("Information collected through zorblax surveys is used only to improve our services.")
        let deny = try document.rule(.deny, "use")
        let fact = try #require(deny.when.first)
        #expect(document.facts[fact]?.says == "collected through zorblax surveys")
        var use = Operation(action: "use", data: ["user.contact.email"], purpose: "marketing.advertising")
        // Data collected otherwise is outside the promise.
        #expect(try Fixtures.decide(document, use) == .notCovered)
        use.context = [fact]
        #expect(try Fixtures.decide(document, use) == .deny)
        use.purpose = "essential.service.operations.improve"
        #expect(try Fixtures.decide(document, use) != .deny)
    }

    @Test func aPermissionOnQualifiedDataIsForThatDataOnly() throws {
        let document = try Fixtures.extract("We use the information gathered during the zorblax process to fulfil your order.")
        let allow = try document.rule(.allow, "use")
        #expect(allow.when.count == 1)
        #expect(try Fixtures.decide(document, Operation(action: "use", data: ["user.contact.email"], purpose: "essential.service")) == .notCovered)
    }

    /// "gathered during your use of the site" is every operation the policy governs: no qualifier.
    @Test func aClauseThatRestatesThePolicysScopeQualifiesNothing() throws {
        let document = try Fixtures.extract("We do not sell information gathered during your use of the site.")
        #expect(try document.rule(.deny, "sell").when.isEmpty)
    }

    /// "gathered during your visit with third parties": the visit restates the scope too, up to the recipient; it is
    /// neither a condition nor the data (browsing) of the ban, which is on all the personal information.
    @Test func aVisitBeforeTheRecipientRestatesTheScope() throws {
        let document = try Fixtures.extract("We will not share any personal information gathered during your visit with third parties.")
        let ban = try document.rule(.deny, "share")
        #expect(ban.when.isEmpty, "\(ban.when)")
        let shared = Operation(action: "share", data: ["user.contact.phone_number"], recipient: "third_party", identifiability: "identified")
        #expect(try Fixtures.decide(document, shared) == .deny, "\(ban.scope)")
    }

    /// "No information of this type will be collected unless …": the kind the sentence before named, not all personal
    /// data — a ban of every collection would forbid what the policy allows elsewhere.
    @Test func dataOfThisTypeIsTheKindNamedBefore() throws {
        let document = try Fixtures.extract("When you order, we ask for your billing address and credit card number. "
            + "No information of this type will be collected unless you have registered for services that require it.")
        let ban = try document.rule(.deny, "collect")
        #expect(Set(ban.scope.data ?? []) == ["user.contact.address", "user.financial.credit_card"], "\(ban.scope)")
        #expect(try Fixtures.decide(document, Operation(action: "collect", data: ["user.device.ip_address"])) != .deny)
    }

    /// "your friend's name and email address": the friend's data — the reader's social connections — not the reader's
    /// own name or address; a permission to collect it is no permission to collect the reader's.
    @Test func dataAfterAFriendsPossessiveIsTheFriends() throws {
        let document = try Fixtures.extract("If you choose to tell a friend, we will ask you for your friend's name and email address.")
        let rule = try document.rule(.allow, "collect")
        #expect(rule.scope.data == ["user.social"], "\(rule.scope.data ?? [])")
        let own = try Fixtures.extract("We collect your name and your friend's email address.")
        #expect(Set(try own.rule(.allow, "collect").scope.data ?? []) == ["user.name", "user.social"])
    }

    /// "we may collect certain information in server logs": a permission for some data it does not name names none of
    /// it (all personal data would be more than the text says); a ban of "certain information" keeps all of it; a MAC
    /// address is a device identifier.
    @Test func certainInformationIsNoDataAPermissionCanName() throws {
        let logs = try Fixtures.extract("We may automatically collect and store certain information in server logs.")
        #expect(try Fixtures.decide(logs, Operation(action: "collect", data: ["user.financial.credit_card"])) != .allow, "\(logs.rules.map(\.scope))")
        let ban = try Fixtures.extract("We do not share certain information.")
        #expect(try Fixtures.decide(ban, Operation(action: "share", data: ["user.contact.email"], recipient: "third_party")) == .deny)
        let mac = try Fixtures.extract("We collect your MAC address.")
        #expect(try mac.rule(.allow, "collect").scope.data == ["user.device.device_id"])
        // "your Media Access Control (MAC) address" is no postal address.
        let spelled = try Fixtures.extract("We collect your Media Access Control (MAC) address and device type.")
        #expect(spelled.rules.allSatisfy { !($0.scope.data ?? []).contains("user.contact.address") }, "\(spelled.rules.map(\.scope))")
    }
}
