import Testing
import Pledge
@testable import PledgeExtract

@Suite struct PredicateFinderTests {
    private func predicates(_ text: String) -> [Predicate] {
        let s = AnnotatedSentence(Sentence(text: text, line: 1, section: nil, block: 0), lexicon: Lexicon(taxonomy: .standard))
        return PredicateFinder(s: s).find().main
    }

    @Test func readsMoodAndNegation() {
        let cases: [(String, Predicate.Mood, Bool)] = [
            ("Acme will never rent your phone number.", .obligating, true),
            ("We may disclose your name.", .permissive, false),
            ("Globex reserves the right to store your address.", .permissive, false),
            ("Under no circumstances will we trade your records.", .obligating, true),
            ("We collect your location.", .factual, false),
            ("It is our policy not to sell your email address.", .obligating, true),
            ("Your photo is not shared.", .factual, true),
            ("None of the logs are sold.", .factual, true),
        ]
        for (text, mood, negated) in cases {
            let found = predicates(text)
            #expect(found.count == 1, "\(text)")
            #expect(found.first?.mood == mood, "\(text)")
            #expect(found.first?.negated == negated, "\(text)")
        }
    }

    @Test func coordinatesVerbsIntoOneGroup() {
        let found = predicates("Initech will not sell, rent, swap, or otherwise disclose your data.")
        #expect(found.map(\.actions) == [["sell", "rent", "trade", "disclose"]])
    }

    @Test func nounsAndEmbeddedClausesAreNotPredicates() {
        #expect(predicates("This notice explains how we use the data and the collection and use of cookies.").isEmpty)
        #expect(predicates("The services we provide are great.").isEmpty)
        #expect(predicates("By using the site you agree.").isEmpty)
    }

    @Test func readsWhoActs() {
        #expect(predicates("You may delete your account data.").first?.actor == .reader)
        #expect(predicates("Advertisers may collect your device ID.").first?.actor == .thirdParty)
        #expect(predicates("Your card number will be stored.").first?.passive == true)
        #expect(predicates("Your IP address, which is logged by our servers.").first?.antecedent != nil)
    }
}
