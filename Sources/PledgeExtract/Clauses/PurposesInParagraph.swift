import Pledge

/// "We use cookies on this site. Cookies are used to remember your login and to count visits." A practice stated
/// bare, with its purposes given by another sentence of the same paragraph (or the one before or after; with no
/// condition either, a sentence of its section that gives them for the same act on the same data), is limited by those
/// purposes: read alone it would permit the practice for any purpose. So the bare permission is not written; the
/// sentence that gives the purposes yields the rule, or is itself listed when its purposes are not understood. A
/// disclosure the law or a danger calls for (``CompelledException``) is whole: the occasion is its reason.
enum PurposesInParagraph {
    /// Drops each bare permission whose purposes another sentence nearby gives, and lists its sentence.
    static func limit(_ readings: inout [Int: SentenceReading], _ sentences: [AnnotatedSentence], taxonomy: Taxonomy) {
        var givers: [Int: [PurposedPractice]] = [:]
        func purposeGivers(_ j: Int) -> [PurposedPractice] {
            if let known = givers[j] { return known }
            let found = statingPurposes(sentences[j], taxonomy: taxonomy)
            givers[j] = found
            return found
        }
        for (i, reading) in readings.sorted(by: { $0.key < $1.key }) {
            var kept: [Statement] = []
            var limitedBy: Int? = nil
            for statement in reading.statements {
                guard statement.effect == .allow, statement.purposes.isEmpty, !CompelledException.answers(statement),
                      let j = neighbours(of: i, sentences).first(where: { j in
                          purposeGivers(j).contains { gives(purposesFor: statement, $0, sentences[j], taxonomy: taxonomy) }
                      }) ?? sectionOf(i, sentences, bare: statement).first(where: { j in
                          // "Our website uses cookies." opening a section whose later paragraphs say what the cookies
                          // are for: the same act, on the same data named, anywhere in the section.
                          purposeGivers(j).contains { gives(purposesFor: statement, $0, sentences[j], taxonomy: taxonomy, strictly: true) }
                      }) ?? [i + 1].first(where: { j in
                          // "We keep a record of your orders. This helps us fulfil them.": the next sentence of the
                          // paragraph, pointing back, says what the practice is for.
                          j < sentences.count && sentences[j].sentence.block == sentences[i].sentence.block && explainsPurpose(sentences[j])
                      }) ?? sentences.indices.first(where: { j in
                          // "… and the purposes for which they are used, are set out below": purposes stated elsewhere
                          // in the section, for this practice.
                          j != i && sentences[j].sentence.section == sentences[i].sentence.section
                              && announcesPurposes(for: statement, sentences[j], taxonomy: taxonomy)
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

    /// For a practice stated with no condition either, the other sentences under its heading; none without a heading.
    private static func sectionOf(_ i: Int, _ sentences: [AnnotatedSentence], bare statement: Statement) -> [Int] {
        guard statement.when.isEmpty, statement.alternatives.isEmpty, let section = sentences[i].sentence.section else { return [] }
        return sentences.indices.filter { $0 != i && sentences[$0].sentence.section == section }
    }

    /// The other sentences of a sentence's paragraph, and the sentences right before and after it in its section.
    private static func neighbours(of i: Int, _ sentences: [AnnotatedSentence]) -> [Int] {
        let block = sentences[i].sentence.block
        var result: [Int] = []
        var j = i - 1
        while j >= 0, sentences[j].sentence.block == block { result.append(j); j -= 1 }
        if j >= 0, sentences[j].sentence.section == sentences[i].sentence.section { result.append(j) }
        j = i + 1
        while j < sentences.count, sentences[j].sentence.block == block { result.append(j); j += 1 }
        if j < sentences.count, sentences[j].sentence.section == sentences[i].sentence.section { result.append(j) }
        return result
    }

    /// "This helps us keep track of problems", "All this is necessary for us to fulfil your orders": a sentence that
    /// opens by pointing back and says what that lets the company do, or what it is needed for. "This includes IP
    /// addresses … to analyze trends": one that says what the practice takes in, and what for.
    private static func explainsPurpose(_ s: AnnotatedSentence) -> Bool {
        var k = s.word(0) == "all" ? 1 : 0
        guard ["this", "these", "that", "it", "such"].contains(s.word(k)) else { return false }
        k += 1
        if s.word(k) == "information" || s.word(k) == "data" { k += 1 }
        if Grammar.enablingVerbs.contains(s.word(k)) { return true }
        if ["includes", "include", "contains", "contain"].contains(s.word(k)), !s[.purpose].isEmpty { return true }
        return Grammar.beForms.contains(s.word(k)) && ["necessary", "needed", "required", "essential"].contains(s.word(k + 1))
    }

    /// A practice a sentence states a purpose for: "… are used to …", "We use them for two purposes: …", "we may use
    /// your information to contact you for research" (the contact, through the infinitive). `object` holds the words
    /// that name what the practice is done to: a passive's subject, else what follows the verb up to the purpose.
    private struct PurposedPractice {
        var predicate: Predicate
        var actions: [String]
        var object: Range<Int>
    }

    private static func statingPurposes(_ s: AnnotatedSentence, taxonomy: Taxonomy) -> [PurposedPractice] {
        let (found, infinitives) = PredicateFinder(s: s).find()
        let spans = ClauseSpans(s, predicates: found, taxonomy: taxonomy)
        let n = s.tokens.count
        return found.compactMap { p in
            guard !p.negated, p.mood != .hypothetical else { return nil }
            let purpose = spans.purposes.first { $0.lowerBound >= p.verbs.upperBound }
                ?? (p.verbs.upperBound..<n).first { ["purpose", "purposes"].contains(s.word($0)) }.map { $0..<n }
            guard let purpose else { return nil }
            // "to contact you for research": what the purpose's own infinitive does is the practice it is given for.
            let chained = infinitives.filter { purpose.contains($0.index) && $0.index <= purpose.lowerBound + 2 }.flatMap(\.actions)
            // "We use cookies to collect information": what is collected through the means is the practice, no purpose.
            if !chained.isEmpty, chained.allSatisfy({ taxonomy[.action].covers("collect", $0) }),
               !s[.purpose].contains(where: { purpose.contains($0.range.lowerBound) }) { return nil }
            let object = p.passive ? p.subject : p.verbs.upperBound..<max(p.verbs.upperBound, purpose.lowerBound)
            return PurposedPractice(predicate: p, actions: p.actions + chained, object: object)
        }
    }

    /// Whether a sentence says the purposes of the practice `statement` permits are stated elsewhere ("the cookies we
    /// use, and the purposes for which they are used, are set out below"): it names purposes as pointing elsewhere, the
    /// same act (or a kind of it) and the same data (or data covering it), with no negation.
    private static func announcesPurposes(for statement: Statement, _ s: AnnotatedSentence, taxonomy: Taxonomy) -> Bool {
        let n = s.tokens.count
        guard (0..<n).contains(where: { ["purpose", "purposes"].contains(s.word($0)) }),
              (0..<n).contains(where: { ["below", "following", "above"].contains(s.word($0)) }),
              !(0..<n).contains(where: { Grammar.negations.contains(s.word($0)) }) else { return false }
        let acts = taxonomy[.action], tree = taxonomy[.data]
        let sameAct = s[.action].contains { m in m.keys.contains { a in statement.actions.contains { $0 == a || acts.covers(a, $0) } } }
        let sameData = s[.data].contains { m in m.keys.contains { k in statement.data.contains { $0 == k || tree.covers(k, $0) } } }
        return sameAct && sameData
    }

    /// Whether `practice` states a purpose for the practice `statement` permits: the same act (or a kind of it), on the
    /// same data or a kind of data covering it (or on data named by a pronoun, "they are used to …"). Purposes given
    /// for narrower data ("your e-mail address is used to …"), or for data named only in general ("the information
    /// necessary to …"), do not limit a practice over other data.
    /// `strictly`: the same act, on data the sentence names (not a pronoun), as for a sentence further away.
    private static func gives(purposesFor statement: Statement, _ practice: PurposedPractice, _ s: AnnotatedSentence, taxonomy: Taxonomy,
                              strictly: Bool = false) -> Bool {
        let acts = taxonomy[.action]
        guard practice.actions.contains(where: { a in statement.actions.contains { $0 == a || !strictly && acts.covers(a, $0) } }),
              !strictly || practice.predicate.actor == .company && s.word(practice.predicate.groupStart) != "they" else { return false }
        let tree = taxonomy[.data]
        let sameData = s[.data].contains { m in
            // A general word ("the information necessary to complete the order") speaks of no one kind of data.
            practice.object.contains(m.range.lowerBound)
                && m.keys.contains { k in statement.data.contains { d in k == d || (tree.covers(k, d) && tree.node(k)?.parent != nil) } }
        }
        // "We may contact you for research. We may contact you by e-mail.": a contact's object is the reader, in both.
        let contactsReader = statement.actions.allSatisfy { acts.covers("contact", $0) }
            && practice.actions.contains { acts.covers("contact", $0) }
        let p = practice.predicate
        let pronoun = (Array(practice.object) + [p.groupStart]).contains { ["they", "them", "these", "it", "this", "you"].contains(s.word($0)) }
        return sameData || !strictly && (pronoun || contactsReader)
    }
}
