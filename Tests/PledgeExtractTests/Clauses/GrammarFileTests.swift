import Testing
import Pledge
@testable import PledgeExtract

/// The grammar the analysis reads structure from is data: the bundled file loads with every
/// class the analysis asks for, and a broken file is refused with its place.
@Suite struct GrammarFileTests {
    @Test func theBundledGrammarHasEveryClass() throws {
        let grammar = try GrammarFile.bundled()
        for name in Grammar.wordClasses { #expect(grammar.words[name]?.isEmpty == false, "\(name)") }
        for name in Grammar.phraseClasses { #expect(grammar.phrases[name]?.isEmpty == false, "\(name)") }
        #expect(grammar.durationUnits["days"] == "D")
        #expect(grammar.numberWords["thirty"] == 30)
    }

    /// The neutral words may not include a word that narrows a permission.
    @Test func noNarrowingWordIsNeutral() {
        for word in ["limited", "necessary", "specific", "selected", "authorized", "except", "unless", "if", "without", "not", "never"] {
            #expect(!Grammar.neutral.contains(word), "\(word)")
        }
    }

    @Test func aMissingClassIsNamed() {
        let text = "pledge-grammar: 1\nwords:\n  permissive: [may]\n"
        #expect {
            try GrammarFile.parse(bytes: Array(text.utf8), file: "g.yaml")
        } throws: { error in
            "\(error)".contains("g.yaml:1:1: error: the word class 'obligating' is missing")
        }
    }

    @Test func aWrongShapeIsPlaced() {
        let text = "pledge-grammar: 1\nwords:\n  permissive: may\n"
        #expect {
            try GrammarFile.parse(bytes: Array(text.utf8), file: "g.yaml")
        } throws: { error in
            "\(error)".contains("g.yaml:3:15: error: 'permissive' is a list of words")
        }
    }
}
