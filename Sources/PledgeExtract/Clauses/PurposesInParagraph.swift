import Pledge

/// "We use cookies on this site. Cookies are used to remember your login and to count visits." A practice stated
/// bare, with its purposes given by another sentence of the same paragraph (or the next one), is limited by those
/// purposes: read alone it would permit the practice for any purpose. So the bare permission is not written; the
/// sentence that gives the purposes yields the rule, or is itself listed when its purposes are not understood.
enum PurposesInParagraph {
    /// Drops each bare permission whose purposes another sentence nearby gives, and lists its sentence.
    static func limit(_ readings: inout [Int: SentenceReading], _ sentences: [AnnotatedSentence], taxonomy: Taxonomy) {
        var givers: [Int: [Predicate]] = [:]
        func purposeGivers(_ j: Int) -> [Predicate] {
            if let known = givers[j] { return known }
            let found = statingPurposes(sentences[j], taxonomy: taxonomy)
            givers[j] = found
            return found
        }
        for (i, reading) in readings.sorted(by: { $0.key < $1.key }) {
            var kept: [Statement] = []
            var limitedBy: Int? = nil
            for statement in reading.statements {
                guard statement.effect == .allow, statement.purposes.isEmpty,
                      let j = neighbours(of: i, sentences).first(where: { j in
                          purposeGivers(j).contains { gives(purposesFor: statement, $0, sentences[j], taxonomy: taxonomy) }
                      })
                else { kept.append(statement); continue }
                limitedBy = limitedBy ?? j
            }
            guard let j = limitedBy else { continue }
            var limited = reading
            limited.statements = kept
            let giver = sentences[j]
            let opening = giver.text(0..<min(giver.tokens.count, 6)) + (giver.tokens.count > 6 ? " …" : "")
            let problem = "the purposes of this practice are given by another sentence of its paragraph (\(opening)); alone, the permission would be wider than the text"
            if kept.isEmpty { limited.gap = problem } else { limited.loss = limited.loss ?? problem }
            readings[i] = limited
        }
    }

    /// The other sentences of a sentence's paragraph, and the sentence right after it in its section.
    private static func neighbours(of i: Int, _ sentences: [AnnotatedSentence]) -> [Int] {
        let block = sentences[i].sentence.block
        var result: [Int] = []
        var j = i - 1
        while j >= 0, sentences[j].sentence.block == block { result.append(j); j -= 1 }
        j = i + 1
        while j < sentences.count, sentences[j].sentence.block == block { result.append(j); j += 1 }
        if i + 1 < sentences.count, sentences[i + 1].sentence.block != block, sentences[i + 1].sentence.section == sentences[i].sentence.section {
            result.append(i + 1)
        }
        return result
    }

    /// The predicates of a sentence that state a purpose for what they do: "… are used to …", "We use them for two
    /// purposes: …".
    private static func statingPurposes(_ s: AnnotatedSentence, taxonomy: Taxonomy) -> [Predicate] {
        let found = PredicateFinder(s: s).find().main
        let spans = ClauseSpans(s, predicates: found, taxonomy: taxonomy)
        return found.filter { p in
            !p.negated && p.mood != .hypothetical
                && (spans.purposes.contains { $0.lowerBound >= p.verbs.upperBound }
                    || (p.verbs.upperBound..<s.tokens.count).contains { ["purpose", "purposes"].contains(s.word($0)) })
        }
    }

    /// Whether `p` states a purpose for the practice `statement` permits: the same act, on the same data (or on data
    /// named by a pronoun, "they are used to …"). Purposes given for narrower data ("your e-mail address is used to …")
    /// do not limit a practice over broader data.
    private static func gives(purposesFor statement: Statement, _ p: Predicate, _ s: AnnotatedSentence, taxonomy: Taxonomy) -> Bool {
        guard p.actions.contains(where: statement.actions.contains) else { return false }
        let tree = taxonomy[.data]
        let sameData = s[.data].contains { m in
            m.keys.contains { k in statement.data.contains { d in tree.covers(k, d) } }
        }
        let pronoun = (Array(p.subject) + [p.groupStart, p.verbs.upperBound]).contains { ["they", "them", "these", "it", "this"].contains(s.word($0)) }
        return sameData || pronoun
    }
}
