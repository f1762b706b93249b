import Testing
@testable import Pledge

@Suite struct DiffPromisesTests {
    typealias E = LintExample

    /// Old: no sharing, no selling, a duty to e-mail about changes. New: sharing with
    /// advertisers allowed (the prohibition dropped), the selling clause reworded and
    /// widened to renting, the duty dropped, a new prohibition on collecting location.
    func diff() throws -> VersionDiff {
        let old = E.document([
            E.rule("no-share", .deny, Scope(action: ["share"], data: ["user"], recipient: ["third_party"]), line: 3, text: "We do not share your information with third parties."),
            E.rule("no-sale", .deny, Scope(action: ["sell"], data: ["user.contact"]), line: 5, text: "We will not sell your contact details to anyone."),
            E.rule("notify", .require, Scope(action: ["email"], data: ["user.contact.email"], recipient: ["data_subject"]), when: ["policy_change"], line: 7,
                   text: "We will e-mail you about changes to this policy."),
        ])
        let new = E.document([
            E.rule("ads", .allow, Scope(action: ["share"], data: ["user"], recipient: ["advertiser"]), line: 4, text: "We may share your information with advertisers."),
            E.rule("no-sale-or-rent", .deny, Scope(action: ["sell", "rent"], data: ["user.contact"]), line: 6, text: "We will not sell or rent your contact details to anyone."),
            E.rule("no-location", .deny, Scope(action: ["collect"], data: ["user.location"]), line: 9, text: "We never collect your location."),
        ])
        return try VersionDiff(old: old, new: new)
    }

    @Test func aRewordedClauseIsOnePromiseNotADropAndAnAdd() throws {
        let promises = DiffPromises(try diff()).promises
        let reworded = promises.filter { $0.form == .reworded }
        #expect(reworded.count == 1)
        #expect(reworded.first?.old?.rules.map(\.id) == ["no-sale"] && reworded.first?.new?.rules.map(\.id) == ["no-sale-or-rent"])
        #expect(Set(promises.filter { $0.form == .dropped }.compactMap { $0.old?.rules.first?.id }) == ["no-share", "notify"])
        #expect(Set(promises.filter { $0.form == .added }.compactMap { $0.new?.rules.first?.id }) == ["ads", "no-location"])
    }

    @Test func everyChangedRegionBelongsToExactlyOnePromise() throws {
        let diff = try diff()
        let promises = DiffPromises(diff).promises
        let placed = promises.flatMap { $0.pairs.flatMap(\.changes) }
        #expect(placed.count == diff.changes.count)
        #expect(Set(placed.map(\.witness)).count == Set(diff.changes.map(\.witness)).count)
    }

    @Test func whatTheCompanyMayNewlyDoComesFirstThenWhatItMayNoLongerDoThenDuties() throws {
        let promises = DiffPromises(try diff()).promises
        let weights = promises.map(\.weight)
        #expect(weights == weights.sorted())
        #expect(promises.first?.weight == .freer)
        // Dropping "we do not share" is why sharing with advertisers became allowed: the
        // prohibition's removal carries those regions, the new permission none of its own.
        #expect(promises.first?.form == .dropped && promises.first?.old?.rules.first?.id == "no-share")
        #expect(promises.contains { $0.new?.rules.first?.id == "no-location" && $0.weight == .stricter })
        #expect(promises.contains { $0.old?.rules.first?.id == "notify" && $0.weight == .obligations })
        for (a, b) in zip(promises, promises.dropFirst()) where a.weight == b.weight {
            #expect(a.regionCount >= b.regionCount)
        }
    }

    @Test func aClauseThatTakesPartInRegionsListedElsewhereCountsThem() throws {
        let promises = DiffPromises(try diff())
        let ads = try #require(promises.promises.first { $0.new?.rules.first?.id == "ads" })
        // Sharing with advertisers is listed under the dropped "we do not share" (promise 1),
        // yet the new permission decides it too: it is not a clause that changes nothing.
        #expect(ads.pairs.isEmpty && ads.regionCount > 0 && ads.weight == .freer)
        #expect(ads.shared.allSatisfy { promises.number($0.listedUnder) == 1 })
        #expect(ads.regionCount == promises.promises[0].pairs.filter { $0.new?.ruleID == "ads" }.reduce(0) { $0 + $1.changes.count })
    }

    @Test func clausesThatDecideButDidNotChangeAreCitedOnce() throws {
        let old = E.document([E.rule("share", .allow, Scope(action: ["share"], recipient: ["third_party"]), line: 2),
                              E.rule("no-ads", .deny, Scope(action: ["share"], recipient: ["advertiser"]), line: 3)])
        let new = E.document([E.rule("share", .allow, Scope(action: ["share"], recipient: ["third_party"]), line: 2)])
        let promises = DiffPromises(try VersionDiff(old: old, new: new))
        #expect(promises.promises.count == 1)
        #expect(promises.citedNew.map(\.ruleID) == ["share"])
        #expect(promises.citedOld.isEmpty)
    }
}
