import Testing
import Pledge
@testable import PledgeExtract

/// Metamorphic tests over the real sentences of the bundled policies: every sentence that
/// yields a permission on its own is changed in a way whose effect on the meaning is known,
/// and the rules must follow. An unknown limit added to a permission never leaves the same
/// or a wider permission (compared exactly, with ``VersionDiff``: it may stay, kept in the
/// sentence's own words, only narrower); the sentence wrapped as a statement about the policy, a definition
/// or another party's act grants no permission at all.
@Suite struct MetamorphicTests {
    /// What a rule promises, without its id and source.
    struct Promise: Hashable {
        var effect: Effect, scope: Scope, when: [String], unless: [Exception]
        init(_ r: Rule) { effect = r.effect; scope = r.scope; when = r.when; unless = r.unless }
    }

    static let policies = ["clickandchat/2010-09-14", "clickandchat/2011-12-01", "clicktale/2006-12-30",
                           "clicktale/2007-12-28", "clicktale/2010-04-26", "clicktale/2018-04-07"]

    /// The bundled sentences that yield a permission when read alone, with those permissions (read once per run).
    static func permissiveSentences() throws -> [(text: String, allows: Set<Promise>)] { try cached.get() }

    private static let cached = Result { try readPermissiveSentences() }

    private static func readPermissiveSentences() throws -> [(text: String, allows: Set<Promise>)] {
        try sentences(yielding: .allow).map { (text: $0.text, allows: $0.promises) }
    }

    /// The bundled sentences that yield promises of `effect` when read alone, with those promises.
    static func sentences(yielding effect: Effect) throws -> [(text: String, promises: Set<Promise>)] {
        var seen = Set<String>()
        var result: [(String, Set<Promise>)] = []
        for name in policies {
            for rule in try Fixtures.policy(name).rules where rule.effect == effect {
                let text = rule.source.text
                guard seen.insert(text).inserted else { continue }
                let promises = Set(try Fixtures.extract(text).rules.filter { $0.effect == effect }.map(Promise.init))
                if !promises.isEmpty { result.append((text, promises)) }
            }
        }
        return result
    }

    static func allows(_ text: String) throws -> Set<Promise> {
        Set(try Fixtures.extract(text).rules.filter { $0.effect == .allow }.map(Promise.init))
    }

    /// The sentence with `phrase` put before its final stop.
    static func appending(_ phrase: String, to text: String) -> String {
        var body = text
        while let last = body.last, ".;:!".contains(last) { body.removeLast() }
        return body + " " + phrase + "."
    }

    @Test func thereAreSentencesToVary() throws {
        #expect(try Self.permissiveSentences().count >= 10)
    }

    @Test(arguments: [
        "in connection with the zorblax scheme",                     // a condition in unknown words
        "only on the zorblax terms",                                 // an exclusive limit not understood
        "for the purpose of zorbling",                               // a purpose not understood
        "when the zorblax ends",                                     // a condition with no known fact
        "to partners who zorble",                                    // a recipient narrowed by a relative clause
    ])
    func anUnknownLimitNeverLeavesTheSameOrAWiderPermission(_ limit: String) throws {
        for (text, _) in try Self.permissiveSentences() {
            // The permissions alone, before and after, compared exactly region by region (a purpose or a condition
            // kept in the sentence's own words is a node of its own, known to both sides).
            let before = try Self.permissions(text)
            var after = try Self.permissions(Self.appending(limit, to: text))
            // A purpose the sentence states in its own words, with the limit's words added, is a kind of the purpose it
            // stated before: the words say more, so they cover less.
            for (name, term) in after.purposes where before.purposes[name] == nil {
                if let (kind, stated) = before.purposes.first(where: { term.says.hasPrefix($0.value.says) }) {
                    after.purposes[kind] = stated
                    after.purposes[name]?.within = kind
                }
            }
            // A condition the sentence states in its own words, with the limit's words added, holds only where the
            // condition it stated before holds: the permission needs both.
            for (name, term) in after.facts where before.facts[name] == nil {
                guard let (kind, stated) = before.facts.first(where: { term.says.hasPrefix($0.value.says) }) else { continue }
                after.facts[kind] = stated
                for r in after.rules.indices where after.rules[r].when.contains(name) { after.rules[r].when.append(kind) }
            }
            let diff = try VersionDiff(old: before, new: after)
            // Nothing is newly allowed, and something the sentence allowed is no longer allowed without the limit.
            let wider = diff.changes.filter { $0.new.outcome == .allow && $0.old.outcome != .allow }
            #expect(wider.isEmpty, "\(text) + \(limit): newly allows \(wider.map { String(describing: $0.witness) })")
            #expect(diff.changes.contains { $0.old.outcome == .allow && $0.new.outcome != .allow }, "\(text) + \(limit) kept every permission")
        }
    }

    @Test(arguments: [
        "This is only done on the zorblax terms.",                   // an exclusive limit, pointing back
        "It is never done unless the zorblax ends.",                 // an exception not understood
        "They are only used if you zorble.",                         // a condition not understood
        "Such information is not zorbled without your zorblax.",     // a negated limit
    ])
    func aLimitInTheNextSentenceNeverLeavesTheSameOrAWiderPermission(_ limit: String) throws {
        for (text, _) in try Self.permissiveSentences() {
            let before = try Self.permissions(text)
            let after = try Self.permissions(text + " " + limit)
            let diff = try VersionDiff(old: before, new: after)
            let wider = diff.changes.filter { $0.new.outcome == .allow && $0.old.outcome != .allow }
            #expect(wider.isEmpty, "\(text) \(limit): newly allows \(wider.map { String(describing: $0.witness) })")
            #expect(diff.changes.contains { $0.old.outcome == .allow && $0.new.outcome != .allow }, "\(text) \(limit) kept every permission")
        }
    }

    /// The permissions a text yields, as a document of its own (with the purposes and facts it states).
    static func permissions(_ text: String) throws -> PolicyDocument {
        var document = try Fixtures.extract(text)
        document.rules.removeAll { $0.effect != .allow }
        return document
    }

    @Test(arguments: [
        "This policy explains that ",
        "This notice describes how ",
        "“Practice” means that ",
    ])
    func aSentenceWrappedAsAboutThePolicyOrADefinitionGrantsNothing(_ wrapper: String) throws {
        for (text, _) in try Self.permissiveSentences() {
            let wrapped = wrapper + text.prefix(1).lowercased() + text.dropFirst()
            #expect(try Self.allows(wrapped).isEmpty, "\(wrapped)")
        }
    }

    @Test(arguments: [", in order to zorble", ", so that zorbles stay safe", ", so as to zorble the zorblax"])
    func aReasonForRefrainingNeverNarrowsAProhibition(_ reason: String) throws {
        let sentences = try Self.sentences(yielding: .deny)
        #expect(sentences.count >= 5)
        for (text, before) in sentences {
            var body = text
            while let last = body.last, ".;:!".contains(last) { body.removeLast() }
            let after = Set(try Fixtures.extract(body + reason + ".").rules.filter { $0.effect == .deny }.map(Promise.init))
            #expect(after == before, "\(text) + \(reason): lost \(before.subtracting(after)), gained \(after.subtracting(before))")
        }
    }

    @Test func anotherPartysActGrantsTheCompanyNothing() throws {
        for (text, _) in try Self.permissiveSentences() where text.hasPrefix("We ") {
            let theirs = "Advertisers " + text.dropFirst(3)
            #expect(try Self.allows(theirs).isEmpty, "\(theirs)")
        }
    }
}
