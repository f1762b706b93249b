import Pledge

/// A sentence cut into tokens, with every taxonomy phrase found in it, per dimension.
struct AnnotatedSentence: Sendable {
    let sentence: Sentence
    let tokens: [Token]
    private(set) var matches: [Dimension: [PhraseMatch]]

    init(_ sentence: Sentence, lexicon: Lexicon) {
        self.sentence = sentence
        // A sentence too long to read is not read in part either: it has no words to match.
        self.tokens = sentence.unreadLength == nil ? Tokenizer.tokens(sentence.text) : []
        var matches: [Dimension: [PhraseMatch]] = [:]
        for dimension in Dimension.allCases { matches[dimension] = lexicon.matches(dimension, in: tokens) }
        self.matches = matches
        bindPointedData()
    }

    /// "your return e-mail address; such addresses are never shared": a head noun after a pointing word names the data
    /// of the phrase before it that ends in the same noun, not the data the noun names alone (a postal address).
    private mutating func bindPointedData() {
        guard var data = matches[.data] else { return }
        for k in data.indices where data[k].range.count == 1 && Grammar.pointingWords.contains(word(data[k].range.lowerBound - 1)) {
            let head = tokens[data[k].range.lowerBound].stem
            if let antecedent = data[..<k].last(where: { $0.range.count > 1 && tokens[$0.range.upperBound - 1].stem == head }) {
                data[k].keys = antecedent.keys
            }
        }
        matches[.data] = data
    }

    subscript(dimension: Dimension) -> [PhraseMatch] { matches[dimension] ?? [] }

    /// Matches data again once the policy's defined terms are known (only data phrases name terms).
    mutating func rematchData(_ lexicon: Lexicon) {
        matches[.data] = lexicon.matches(.data, in: tokens)
        bindPointedData()
    }

    /// The lower-case word at `i`, or "" beyond the ends.
    func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }

    /// "may or may not", "will or will not" starting at `i`: a verb group that promises nothing either way.
    func opensEitherWay(at i: Int) -> Bool {
        Grammar.auxiliaries.contains(word(i)) && word(i + 1) == "or" && word(i + 2) == word(i) && word(i + 3) == "not"
    }

    /// Whether the words starting at `i` are `phrase`.
    func has(_ phrase: [String], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= tokens.count else { return false }
        for (k, w) in phrase.enumerated() where tokens[i + k].lower != w && tokens[i + k].stem != w { return false }
        return true
    }

    /// The head of a phrase, before a relative clause on it: "websites" of "websites that link to our services".
    func beforeRelativeClause(_ range: Range<Int>) -> Range<Int> {
        range.lowerBound..<(range.first { Grammar.relativePronouns.contains(word($0)) && $0 > range.lowerBound } ?? range.upperBound)
    }

    /// The text of a token range, as written.
    func text(_ range: Range<Int>) -> String {
        var out = ""
        for i in range where i >= 0 && i < tokens.count {
            let t = tokens[i]
            if !out.isEmpty, !(t.isPunctuation && ",.;:)!?/".contains(t.text)), out.last != "(", out.last != "/" { out += " " }
            out += t.text
        }
        return out
    }
}
