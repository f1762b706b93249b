import Pledge

/// The guarantee that a permission is never wider than its text: every word of the clause
/// a permission is read from must be accounted for — by a role the reading understood (the
/// actor and verb group, data, recipients, purposes, conditions, facts, identifiability,
/// retention), by an example of what it names, or by a reviewed word that changes nothing
/// (`neutral` in `grammar.yaml`). A word left over may narrow what the text allows ("only",
/// "third parties who help us", "information about orders", "in connection with a sale"),
/// so its permission is not written; the sentence is listed, naming the words.
///
/// Prohibitions and duties are not checked: a word they do not read leaves them broader,
/// which errs toward deny.
enum UnreadWords {
    /// The words of `clause` no role of `statement` read, in order, deduplicated.
    static func find(in clause: Range<Int>, _ s: AnnotatedSentence, predicate p: Predicate, spans: ClauseSpans,
                     statement: Statement, chainedPurposes: Set<Int>, companyNames: Set<String>) -> [String] {
        var unread: [String] = []
        let matched = Set(Dimension.allCases.flatMap { d in s[d].flatMap { Array($0.range) } })
        func inAny(_ ranges: [Range<Int>], _ i: Int) -> Bool { ranges.contains { $0.contains(i) } }
        let readConditions = spans.conditions.filter { !$0.facts.isEmpty }.map(\.range)
        let readPurposes = statement.purposes.isEmpty
            ? spans.purposes.filter { chainedPurposes.contains($0.lowerBound) }
            : spans.purposes + spans.topics
        for i in clause {
            let t = s.tokens[i]
            let w = t.lower
            if t.isPunctuation || matched.contains(i) || isNeutral(w) || companyNames.contains(w) { continue }
            if p.actor == .company, p.subject.contains(i) || (p.groupStart..<p.verbs.upperBound).contains(i) { continue }
            if inAny(spans.examples, i) || inAny(spans.restatements, i) || inAny(readConditions, i) || inAny(readPurposes, i) { continue }
            if statement.retention != nil, Int(w) != nil || Grammar.durationUnits[w] != nil || Grammar.numberWords[w] != nil { continue }
            if !unread.contains(w) { unread.append(w) }
        }
        return unread
    }

    static func isNeutral(_ w: String) -> Bool {
        Grammar.neutral.contains(w) || Grammar.companyPronouns.contains(w) || Grammar.auxiliaries.contains(w)
            || Grammar.coordinators.contains(w) || Grammar.serviceNouns.contains(w)
    }

    /// The words of a policy's title that name the company ("ClickAndChat.com Privacy Policy" → clickandchat.com, clickandchat).
    static func companyNames(inTitle title: String?) -> Set<String> {
        var names = Set<String>()
        for token in Tokenizer.tokens(title ?? "") where !token.isPunctuation && !Grammar.titleWords.contains(token.lower) {
            names.insert(token.lower)
            if let dot = token.lower.firstIndex(of: ".") { names.insert(String(token.lower[..<dot])) }
        }
        return names
    }
}
