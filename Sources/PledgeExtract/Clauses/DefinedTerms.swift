import Pledge

/// Finds the terms a policy defines for itself — `identifying information (the “Registration
/// Data”)`, `“Technical Information” refers to …` — and the data categories each stands for:
/// those named in the defining phrase or, when it is generic, those its own sentence goes on to
/// list ("(“PII”), including your name and address") or else the next sentence of the block
/// lists ("This information may include your legal name, address, …").
enum DefinedTerms {
    struct Definition: Sendable, Hashable {
        var key: String
        var phrase: String
        var data: [String]
        /// The levels of identifiability the definition names ("Aggregate and anonymous data … (“AA Data”)").
        var levels: [String] = []
    }

    static func find(in sentences: [AnnotatedSentence], taxonomy: Taxonomy) -> [Definition] {
        var result: [Definition] = []
        var defined = Set<String>()   // a set, so that many definitions cost linear time
        let tree = taxonomy[.data]
        func specific(_ keys: [String]) -> [String] { keys.filter { tree.node($0)?.parent != nil } }
        for (index, s) in sentences.enumerated() {
            for (name, range, parenthetical, after) in quotedNames(s) {
                let words = name.split(separator: " ")
                guard words.count >= 2, words.count <= 5 else { continue }   // "Site", "Information" are too generic to hijack
                // "“Business Associates” means third party service providers which … contract with … for transactions": a
                // term for parties, whatever data its definition mentions.
                if !parenthetical, let party = s[.recipient].first(where: { range.contains($0.range.lowerBound) })?.range.lowerBound,
                   party <= range.lowerBound + 4, !Grammar.readerPronouns.contains(s.word(party)), !s[.data].contains(where: { range.contains($0.range.lowerBound) && $0.range.lowerBound < party }) { continue }
                let named = dataKeys(s, in: range)
                // The name may itself say what it is ("Usage Information"); otherwise the definition does.
                let own = specific(Array(Set(s[.data].filter { s.text($0.range).lowercased() == name.lowercased() }.flatMap(\.keys))).sorted())
                var keys = own.isEmpty ? specific(named) : own
                // "“Personal Data” means data that identifies you, including, for example, your name …": a term defined by
                // examples stands for the narrowest kind they all belong to; read as the examples, a ban on it would leave
                // the rest of the kind free. (When that kind is all of the user's data, the term's words say so.)
                if own.isEmpty, !parenthetical, definesByExamples(range, s, tree: tree) { keys = commonKind(of: keys, tree: tree) }
                // "“Personal Information” means information that may identify you and includes Financial Information": what
                // the term includes is added to a definition already whole, which names all of the user's data; the term
                // keeps its own words' meaning (read as what it includes, a ban on it would leave the rest free).
                if own.isEmpty, !parenthetical, addsToWholeData(range, s, tree: tree) { keys = [] }
                // "Personally Identifiable Information (“Personal Data”) consists of information that identifies you, such as
                // your name …": the sentence goes on to define the term itself, as "“X” means …" does; no sentence after it.
                let definedHere = parenthetical && ["means", "consists", "refers", "includes", "comprises", "is", "are"].contains(s.word(after))
                if keys.isEmpty, definedHere {
                    let rest = after..<s.tokens.count
                    keys = specific(dataKeys(s, in: rest))
                    if definesByExamples(rest, s, tree: tree) { keys = commonKind(of: keys, tree: tree) }
                }
                // "personal information (“PII”), including your name, postal address and email address": the sentence lists them.
                if keys.isEmpty, parenthetical, !definedHere, !named.isEmpty, let listed = listedAfter(after, s) {
                    keys = specific(dataKeys(s, in: listed))
                }
                // A generic defining phrase ("identifying information"): the categories come from the list that follows.
                var k = index + 1
                // ("Personal Information is used to provide … and personalize the service" lists purposes, not the data.)
                while keys.isEmpty, parenthetical, !definedHere, !named.isEmpty, k < sentences.count, k <= index + 2, sentences[k].sentence.block == s.sentence.block,
                      sentences[k].tokens.contains(where: { ["include", "includes", "including", "such", "consists", "namely", "e.g"].contains($0.lower) }) {
                    keys = specific(dataKeys(sentences[k], in: 0..<sentences[k].tokens.count))
                    k += 1
                }
                let reduced = keys.filter { key in !keys.contains { $0 != key && tree.covers($0, key) } }
                let key = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }.reduce(into: "") { $0.append($1) }
                guard !reduced.isEmpty, !defined.contains(key), !tree.contains(key) else { continue }
                defined.insert(key)
                let stated = IdentifiabilityReader.levels(in: 0..<(parenthetical ? after : s.tokens.count), s, verbGroup: 0..<0, effect: .allow) { _ in true }
                result.append(Definition(key: key, phrase: name, data: reduced, levels: stated))
            }
        }
        return result
    }

    /// "Aggregate and anonymous data … (“AA Data”)": a term defined as data of a level is data of that level; a permission
    /// over it holds for that level only (read without it, it would allow identified data).
    static func applyLevels(_ definitions: [Definition], to statements: inout [Statement]) {
        for d in definitions where !d.levels.isEmpty {
            for i in statements.indices where statements[i].effect == .allow && statements[i].identifiability.isEmpty && statements[i].data.contains(d.key) {
                statements[i].identifiability = d.levels
            }
        }
    }

    /// Quoted names that are being defined, with the token range of the words that define them, whether they stand in
    /// brackets, and the index after the closing quote or bracket.
    private static func quotedNames(_ s: AnnotatedSentence) -> [(String, Range<Int>, Bool, Int)] {
        var result: [(String, Range<Int>, Bool, Int)] = []
        let t = s.tokens
        for i in t.indices where ["“", "\""].contains(t[i].text) {
            guard let close = (i + 1..<min(t.count, i + 8)).first(where: { ["”", "\""].contains(t[$0].text) }), close > i + 1 else { continue }
            let words = t[(i + 1)..<close].filter { !$0.isPunctuation }
            guard words.count == close - i - 1, words.allSatisfy({ $0.isCapitalized }) else { continue }
            let name = words.map(\.text).joined(separator: " ")
            // "(the “X”)" / "(collectively, “X”)": defined by what precedes the bracket.
            if let open = (max(0, i - 4)..<i).last(where: { t[$0].text == "(" }), close + 1 < t.count, t[close + 1].text == ")" {
                // "any information you volunteer, such as your e-mail address and name (“Personal Information”)": the list
                // gives examples of the information before it, which the name stands for whole; it is no definition by data.
                let start = listStart(before: open, s)
                if examplesOpen(before: start, s) { continue }
                result.append((name, min(max(0, open - 10), start) ..< open, true, close + 2))
            } else if close + 1 < t.count, ["refers", "means", "includes"].contains(t[close + 1].lower) {
                // "“X” refers to …": defined by what follows.
                result.append((name, (close + 1)..<t.count, false, close + 1))
            }
        }
        return result
    }

    /// Whether the first specific data a definition names comes after an example marker ("including, for example",
    /// "such as") or an open limit ("includes, but is not limited to").
    private static func definesByExamples(_ range: Range<Int>, _ s: AnnotatedSentence, tree: TaxonomyTree) -> Bool {
        guard let first = s[.data].filter({ m in range.contains(m.range.lowerBound) && m.keys.contains { tree.node($0)?.parent != nil } })
            .map(\.range.lowerBound).min() else { return false }
        return (range.lowerBound..<first).contains { i in
            Grammar.exampleMarkers.contains { s.has($0, at: i) } || (s.word(i) == "not" && s.word(i + 1) == "limited")
                || (s.word(i) == "without" && s.word(i + 1) == "limitation")
        }
    }

    /// Whether the definition names data by no kind ("information that identifies you") and then, after "and", what it
    /// includes besides ("and includes Financial Information").
    private static func addsToWholeData(_ range: Range<Int>, _ s: AnnotatedSentence, tree: TaxonomyTree) -> Bool {
        let matches = s[.data].filter { range.contains($0.range.lowerBound) }
        guard let general = matches.filter({ m in m.keys.allSatisfy { tree.node($0)?.parent == nil } }).map(\.range.upperBound).min(),
              let first = matches.filter({ m in m.keys.contains { tree.node($0)?.parent != nil } }).map(\.range.lowerBound).min(), general <= first
        else { return false }
        return (general..<first).contains { i in ["and", ","].contains(s.word(i)) && ["includes", "include", "including"].contains(s.word(i + 1)) }
    }

    /// The narrowest kind below the root that covers every key, or none.
    private static func commonKind(of keys: [String], tree: TaxonomyTree) -> [String] {
        guard let first = keys.first else { return [] }
        let kind = ([first] + tree.ancestors(of: first)).first { k in keys.allSatisfy { tree.covers(k, $0) } }
        return kind.flatMap { tree.node($0)?.parent == nil ? nil : [$0] } ?? []
    }

    /// "your name, billing address, phone number, credit card number, email address or other personally identifiable
    /// information (“Personal Information”)": where the list of data before the bracket opens, however long — back over
    /// data, commas, "and", "or", "other" and determiners, to the first other word.
    private static func listStart(before open: Int, _ s: AnnotatedSentence) -> Int {
        var k = open
        while k > 0, s[.data].contains(where: { $0.range.contains(k - 1) }) || s[.identifiability].contains(where: { $0.range.contains(k - 1) })
                || [",", "and", "or", "other", "and/or"].contains(s.word(k - 1)) || Grammar.determiners.contains(s.word(k - 1)) {
            k -= 1
        }
        return k
    }

    /// Whether an example marker ("such as", "including") opens the list that ends at `start`, within its clause.
    private static func examplesOpen(before start: Int, _ s: AnnotatedSentence) -> Bool {
        var k = start
        while k > max(0, start - 12), ![";", ":", "(", ")", "."].contains(s.word(k - 1)) {
            k -= 1
            if Grammar.exampleMarkers.contains(where: { s.has($0, at: k) }) { return true }
        }
        return false
    }

    /// The words of a list that goes on after the definition ("…), including …", "…) from you on the Site, such as …"),
    /// to the clause's end; a phrase may stand between, but no verb or clause mark.
    private static func listedAfter(_ after: Int, _ s: AnnotatedSentence) -> Range<Int>? {
        guard let k = (after..<min(s.tokens.count, after + 9)).first(where: { ["including", "such", "like", "namely", "e.g"].contains(s.word($0)) }),
              !(after..<k).contains(where: { i in [";", ":", ".", "(", "which", "that"].contains(s.word(i)) || s[.action].contains { $0.range.contains(i) } })
        else { return nil }
        let end = (k..<s.tokens.count).first { [";", ".", ":"].contains(s.word($0)) && $0 > k + 1 } ?? s.tokens.count
        return k..<end
    }

    private static func dataKeys(_ s: AnnotatedSentence, in range: Range<Int>) -> [String] {
        var keys: [String] = []
        for m in s[.data] where range.contains(m.range.lowerBound) && !m.isDefinedTerm {
            for k in m.keys where !keys.contains(k) { keys.append(k) }
        }
        return keys
    }
}
