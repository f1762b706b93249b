import Pledge

/// A purpose or a condition read in the policy's own words because the taxonomy has no key
/// for it ("to measure site traffic", "if you enter a contest"): the rule names it, the rule
/// file defines it (`purposes:`, `facts:`), and the permission keeps the limit the text states
/// instead of being dropped. Its words are the rule's own, so they count as read.
struct StatedPhrase: Sendable, Hashable {
    /// The key rules name: the words, lower case, joined by `_` (`to_measure_site_traffic`).
    let name: String
    /// `.purpose` or `.context`.
    let dimension: Dimension
    let term: StatedTerm
    /// The words it was read from, in its sentence.
    let range: Range<Int>

    /// Names longer than this are cut at a word and given a digest of the whole, so that two
    /// long phrases with the same start stay apart.
    private static let longestName = 48
    /// The words a purpose named by reference is made of ("for the purposes described below").
    private static let referringWords = Grammar.listReferences.union(Grammar.purposeNouns).union(Grammar.determiners)
        .union(Grammar.prepositions).union(Grammar.referenceVerbs).union(Grammar.referencePlaces).union(Grammar.quantityWords)
        .union(["out", "in", "of", "this", "that"])
    private static let modals = Grammar.permissive.union(Grammar.obligating).union(Grammar.hypothetical)

    /// The phrase of `range`, without the punctuation and joining words at its ends; nil when
    /// no word is left or a name of the taxonomy would be shadowed.
    static func read(_ range: Range<Int>, _ s: AnnotatedSentence, as dimension: Dimension, within: String? = nil,
                     taxonomy: Taxonomy) -> StatedPhrase? {
        // "to identify its visitors, however, and …": an aside of one word at an edge is no part of the phrase.
        func isEdge(_ i: Int) -> Bool {
            s.tokens[i].isPunctuation || Grammar.coordinators.contains(s.word(i)) || Grammar.asides.contains([s.word(i)])
        }
        var lower = range.lowerBound, upper = range.upperBound
        // "for the following purposes: To contact you …" (a list item read with its lead-in): the purpose is the item's.
        if let reference = (lower..<min(upper, lower + 5)).first(where: { Grammar.listReferences.contains(s.word($0)) }),
           let noun = (reference + 1..<min(upper, reference + 3)).first(where: { Grammar.purposeNouns.contains(s.word($0)) }) {
            lower = noun + 1
        }
        // "when you visit the site, including the type of browser …": examples after a condition belong to what the
        // sentence names, not to the condition (a purpose keeps its examples: they say what it is).
        if dimension == .context, lower < upper, let example = (lower + 1..<upper).first(where: { i in s.word(i - 1) == "," && Grammar.exampleMarkers.contains { s.has($0, at: i) } }) {
            upper = example
        }
        while lower < upper, isEdge(lower) { lower += 1 }
        // ("to discuss your membership and, naturally, …": an adverb set off by a comma at the end is the next clause's.)
        while upper > lower, isEdge(upper - 1) || Grammar.adverbs.contains(s.word(upper - 1)) && s.word(upper - 2) == "," { upper -= 1 }
        guard lower < upper else { return nil }
        // "to write you or your family about" (its topics in the list below): a phrase left open on a preposition says
        // only part of the limit, which is no limit a rule can hold.
        // ("the service which you have subscribed to" ends on its relative clause's preposition, and is whole.)
        if dimension == .purpose, ["about", "regarding", "concerning", "with", "of", "for", "from", "to"].contains(s.word(upper - 1)),
           (upper..<range.upperBound).allSatisfy({ s.tokens[$0].isPunctuation }),
           !(lower..<upper).contains(where: { Grammar.relativePronouns.contains(s.word($0)) }) { return nil }
        let words = (lower..<upper).compactMap { i -> String? in
            let word = String(s.word(i).unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
            return word.isEmpty ? nil : word
        }
        // "for the purposes described below": a purpose named by reference says nothing of its own.
        guard !words.isEmpty, !(lower..<upper).allSatisfy({ referringWords.contains(s.word($0)) || s.tokens[$0].isPunctuation }) else { return nil }
        // "the purposes for which it was collected" names a purpose by reference too; a modal makes a clause of its own
        // ("In such a case, you will be offered …"), no purpose.
        // So does "the purposes specified in this policy".
        let byReference = (lower..<upper).contains { i in
            Grammar.purposeNouns.contains(s.word(i))
                && ((i + 1...i + 2).contains { ["which", "whom"].contains(s.word($0)) } || Grammar.referenceVerbs.contains(s.word(i + 1)))
        }
        guard !byReference, !(lower..<upper).contains(where: { modals.contains(s.word($0)) }) else { return nil }
        // "in order to gather this information": a purpose whose object is data pointed back to names what it does
        // only with the sentence before, which it is not read with.
        let pointing = Grammar.pointingWords.union(["this", "that"])
        if dimension == .purpose, (lower..<upper).contains(where: { i in pointing.contains(s.word(i)) && Grammar.dataNouns.contains(s.word(i + 1)) }) {
            return nil
        }
        // "To learn more about how they use it, please visit …": a request to the reader, no purpose of the company.
        guard !(lower..<upper).contains(where: { s.word($0) == "please" }) else { return nil }
        // "for a reasonable period of time": a time is no purpose or fact; the rule would lose it.
        guard !(lower..<upper).contains(where: { Grammar.durationUnits[s.word($0)] != nil || Grammar.timeWords.contains(s.word($0)) })
        else { return nil }
        // A purpose opened by a bare "for" may be the complement of another verb ("registering for classes"); only
        // "for" with an -ing form ("for processing your order") or "for the purpose(s) of" states one.
        // ("for their own purposes" too: whose purposes they are.)
        let reach = s.word(lower + 2) == "own" ? 4 : 3
        if dimension == .purpose, s.word(lower) == "for",
           !s.word(lower + 1).hasSuffix("ing"), !(lower + 1..<min(upper, lower + reach)).contains(where: { Grammar.purposeNouns.contains(s.word($0)) }) {
            return nil
        }
        // A name starts with a letter or "_" ("_30_days_after_you_cancel").
        var name = (words[0].first?.isNumber == true ? "_" : "") + words.joined(separator: "_")
        if name.count > longestName {
            var cut = ""
            for word in words {
                guard cut.count + word.count + 1 <= longestName - 8 else { break }
                cut += cut.isEmpty ? word : "_" + word
            }
            name = cut + "_" + String(SourceDigest.hex(Array(name.utf8)).prefix(6))
        }
        guard !taxonomy[dimension].contains(name) else { return nil }
        return StatedPhrase(name: name, dimension: dimension, term: StatedTerm(says: s.text(lower..<upper), within: within),
                            range: lower..<upper)
    }

    /// Whether a purpose phrase holds the practice it would limit ("may use various methods to collect information"):
    /// then it is the practice's object, not its purpose.
    static func restatesPractice(_ span: Range<Int>, _ s: AnnotatedSentence, actions: [String], taxonomy: Taxonomy) -> Bool {
        let tree = taxonomy[.action]
        return s[.action].contains { m in
            // "to keep in contact with you": after a preposition or a determiner the word is a noun, no practice.
            let before = s.word(m.range.lowerBound - 1)
            let noun = before != "to" && (Grammar.prepositions.contains(before) || Grammar.determiners.contains(before))
            return span.contains(m.range.lowerBound) && !noun && m.keys.contains { k in actions.contains { tree.covers($0, k) || tree.covers(k, $0) } }
        }
    }
}
