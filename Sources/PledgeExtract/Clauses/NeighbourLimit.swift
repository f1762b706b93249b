import Pledge

/// "We may share your name with our partners. This information is only shared if you agree." A sentence that points
/// back to what the sentence before it permits ("it", "they", "this information", "such data", "this is …") and
/// limits it — an exclusive word, a negation, a condition, an opt-out, an identifiability, a purpose ("This is to …") —
/// belongs to that permission. When the limit is not read (the sentence gave no rule of its own and qualified nothing), the
/// permission before it is not written: alone, it could allow what the two sentences together rule out. Both
/// sentences are listed, each saying why.
enum NeighbourLimit {
    /// Drops each permission whose next sentence in its paragraph limits it in words not read, and lists both. A next
    /// sentence that only says the data identifies no one ("They are not linked to anyone's identity") is read: the
    /// permissions before it are for unidentified data only.
    static func apply(_ readings: inout [Int: SentenceReading], _ sentences: [AnnotatedSentence], taxonomy: Taxonomy) {
        for (i, reading) in readings.sorted(by: { $0.key < $1.key }) where reading.statements.contains(where: { $0.effect == .allow }) {
            let j = i + 1
            guard j < sentences.count, sentences[j].sentence.block == sentences[i].sentence.block,
                  var next = readings[j], next.statements.isEmpty,
                  pointsBack(sentences[j]) || namesAgain(reading.statements, in: sentences[j]) else { continue }
            let s = sentences[j]
            var limited = reading
            let levels = IdentifiabilityReader.levels(in: s.tokens.indices, s, verbGroup: 0..<0, effect: .allow) { _ in true }
            if !levels.isEmpty, !levels.contains("identified") {
                for k in limited.statements.indices where limited.statements[k].effect == .allow && limited.statements[k].identifiability.isEmpty {
                    limited.statements[k].identifiability = levels
                }
                // A permission that names identified data against the sentence after it is dropped below.
                if !limited.statements.contains(where: { $0.effect == .allow && $0.identifiability.contains("identified") }) {
                    readings[i] = limited
                    readings[j] = nil
                    continue
                }
            }
            // A purpose limits only the permissions that give none of their own.
            let worded = limitWords(s)
            let bare = reading.statements.filter { $0.effect == .allow && $0.purposes.isEmpty }
            guard let limit = worded ?? purposeWords(s, of: bare, taxonomy: taxonomy) else { continue }
            limited.statements.removeAll { $0.effect == .allow && (worded != nil || $0.purposes.isEmpty) }
            guard limited.statements.count < reading.statements.count else { continue }
            let problem = "the next sentence limits this permission (\(limit) …) in words not read; alone, it would be wider than the text"
            if limited.statements.isEmpty { limited.gap = problem } else { limited.loss = limited.loss ?? problem }
            readings[i] = limited
            next.gap = next.gap ?? "a limit (\(limit) …) on what the sentence before permits is not read"
            readings[j] = next
        }
    }

    /// The sentence opens by pointing back: a pronoun ("It is …", "They are …"), a pointing word before its data or its
    /// verb ("This information is …", "Such data will …", "This is done …"), or data named by the act just stated ("the
    /// shared information"), after an opening connective ("however", "In these circumstances,").
    static func pointsBack(_ s: AnnotatedSentence) -> Bool {
        let i = afterConnectives(s)
        let first = s.word(i)
        if ["it", "they"].contains(first) { return true }
        // "the shared information": data named by the act just stated.
        if first == "the", s.word(i + 1).hasSuffix("ed"), Grammar.dataNouns.contains(s.word(i + 2)) { return true }
        guard Grammar.pointingWords.contains(first) || ["this", "that"].contains(first) else { return false }
        let after = s.word(i + 1)
        return Grammar.dataNouns.contains(after) || Grammar.auxiliaries.contains(after)
            || s[.data].contains { $0.range.lowerBound == i + 1 }
    }

    /// Where the sentence starts after its opening connectives ("However, …", "And also …").
    static func afterConnectives(_ s: AnnotatedSentence) -> Int {
        var i = 0
        while true {
            if ["however", "but", "and", "also", ","].contains(s.word(i)) { i += 1; continue }
            // "In these circumstances, however, …": the cases the sentence before named, pointed back to.
            if s.word(i) == "in", ["these", "such", "those", "this", "that", "each", "all"].contains(s.word(i + 1)),
               ["circumstances", "cases", "instances", "situations", "case", "instance", "situation", "events", "event"].contains(s.word(i + 2)) {
                i += 3
                continue
            }
            return i
        }
    }

    /// "We make use of log files. The information inside the log files includes …": a subject that opens with "the" and
    /// names again, before any verb, the very data a permission before it names.
    private static func namesAgain(_ statements: [Statement], in s: AnnotatedSentence) -> Bool {
        let i = afterConnectives(s)
        guard s.word(i) == "the" else { return false }
        let verb = s.tokens.indices.first { k in
            k > i && (Grammar.auxiliaries.contains(s.word(k))
                || s[.action].contains { $0.range.lowerBound == k } && !s[.data].contains { $0.range.contains(k) })
        }
        let named = s[.data].filter { $0.range.upperBound <= (verb ?? s.tokens.count) }.flatMap(\.keys)
        return statements.contains { $0.effect == .allow && !$0.data.isEmpty && $0.data.allSatisfy(named.contains) }
    }

    /// "The information inside the log files includes … to analyze trends": the purpose the sentence states for the
    /// practices of `permissions` — with no practice verb before it, or one of the same act ("This data is used to …"
    /// gives the purposes of a use, not of the collection before it).
    private static func purposeWords(_ s: AnnotatedSentence, of permissions: [Statement], taxonomy: Taxonomy) -> String? {
        guard !permissions.isEmpty, let start = ClauseSpans.firstPurpose(in: s, taxonomy: taxonomy) else { return nil }
        let acts = taxonomy[.action]
        let (found, _) = PredicateFinder(s: s).find()
        let otherAct = found.contains { p in
            p.verbs.lowerBound < start && !p.actions.contains { a in permissions.contains { $0.actions.contains { $0 == a || acts.covers($0, a) } } }
        }
        return otherAct ? nil : s.text(start..<min(s.tokens.count, start + 3))
    }

    /// The words by which the sentence first limits a practice, if any: an exclusive word, a negation, an exception, a
    /// condition that lifts ("unless") or one that enables ("if"), consent or an opt-out. Words of time and place that
    /// may open a condition ("when", "where") are left out: in a sentence that points back they mostly describe.
    private static func limitWords(_ s: AnnotatedSentence) -> String? {
        // "This is to recognize follow-up comments", "This is so we can …": the purpose of the practice before.
        if ListedStatement.givesPurposeOfSentenceBefore(s) { return s.text(0..<min(s.tokens.count, 4)) }
        let marked = s[.context].filter { $0.keys.contains("opted_out") || $0.keys.contains("consent") }.map(\.range.lowerBound)
        let worded = s.tokens.indices.first { i in
            let w = s.word(i)
            // "(if applicable)", "if any": an aside that limits nothing.
            let aside = ["applicable", "any"].contains(s.word(i + 1)) && s.tokens.indices.contains(i + 2) && s.tokens[i + 2].isPunctuation
            return Grammar.negations.contains(w) || w == "no" || w == "if" && !aside || Grammar.exclusive.contains(w) || Grammar.exceptionWords.contains(w)
                || Grammar.conditionMarkers.contains { $0.lifts && s.has($0.words, at: i) }
        }
        return (marked + [worded].compactMap { $0 }).min().map { s.text($0..<min(s.tokens.count, $0 + 3)) }
    }
}
