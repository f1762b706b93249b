import Foundation
import Testing
import Pledge
@testable import PledgeExtract

@Suite struct InflectionTests {
    @Test(arguments: [("shares", "share"), ("shared", "share"), ("sharing", "share"), ("cookies", "cookie"),
                      ("parties", "party"), ("addresses", "address"), ("logged", "log"), ("processes", "process")])
    func foldsInflectionsOntoOneStem(_ inflected: String, _ base: String) {
        #expect(Inflection.stem(inflected) == Inflection.stem(base))
    }

    @Test func keepsShortWordsApart() {
        #expect(Inflection.stem("uses") != Inflection.stem("us"))
        #expect(Inflection.stem("used") != "us")
    }
}

@Suite struct TokenizerTests {
    @Test func keepsHyphenatedWordsAndDomainsWhole() {
        let words = Tokenizer.tokens("Non-personal e-mail at Acme.com, please.").map(\.text)
        #expect(words == ["Non-personal", "e-mail", "at", "Acme.com", ",", "please", "."])
    }

    @Test func expandsContractionsSoNegationIsSeen() {
        #expect(Tokenizer.tokens("We won’t sell and don't rent").map(\.lower) == ["we", "will", "not", "sell", "and", "do", "not", "rent"])
    }
}

@Suite struct LexiconTests {
    let lexicon = Lexicon(taxonomy: .standard)

    private func keys(_ dimension: Dimension, _ text: String) -> [[String]] {
        lexicon.matches(dimension, in: Tokenizer.tokens(text)).map(\.keys)
    }

    @Test func prefersTheLongestPhrase() {
        #expect(keys(.data, "your IP addresses and e-mail address") == [["user.device.ip_address"], ["user.contact.email"]])
        #expect(keys(.recipient, "to our Third Parties") == [["third_party"]])
    }

    @Test func matchesCaseAndInflectionInsensitively() {
        #expect(keys(.action, "Acme SELLS and Shared") == [["sell"], ["share"]])
        #expect(keys(.data, "Phone Numbers") == [["user.contact.phone_number"]])
    }

    @Test func definedTermsWinOverTaxonomyPhrases() {
        var withTerm = lexicon
        withTerm.define(term: "Member Data", key: "member_data")
        let matches = withTerm.matches(.data, in: Tokenizer.tokens("all Member Data and your name"))
        #expect(matches.map(\.keys) == [["member_data"], ["user.name"]])
        #expect(matches.first?.isDefinedTerm == true)
    }

    @Test func aPhraseAddedToTheTaxonomyIsMatchedWithoutCodeChanges() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pledge-extra-\(UUID().uuidString).yaml").path
        try "pledge-taxonomy: 1\ndata:\n  user.biometric:\n    phrases: [\"faceprint\"]\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let custom = Lexicon(taxonomy: try Taxonomy.standard(extendedWith: path))
        #expect(custom.matches(.data, in: Tokenizer.tokens("your faceprints")).map(\.keys) == [["user.biometric"]])
        #expect(lexicon.matches(.data, in: Tokenizer.tokens("your faceprints")).isEmpty)
    }
}
