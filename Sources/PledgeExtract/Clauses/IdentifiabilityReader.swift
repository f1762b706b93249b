import Pledge

/// Reads the identifiability a promise names. A level named under a negation of its own
/// ("not linked to any personal identification information", "which cannot be used to
/// identify you", "with no personal identifiers") says what the data is NOT: it never adds
/// that level. A permission for data said not to identify anyone is a permission for
/// aggregated or anonymized data only; naming `identified` there would let the company share
/// exactly what the text rules out.
enum IdentifiabilityReader {
    /// What data said not to identify anyone may be, when nothing narrower is named.
    static let unidentified = ["aggregated", "anonymized"]

    /// - Parameters:
    ///   - scope: the tokens that qualify this promise.
    ///   - verbGroup: the promise's own verb group, whose negation is the promise's, not the qualifier's.
    ///   - keep: which match starts count (not those inside a condition).
    static func levels(in scope: Range<Int>, _ s: AnnotatedSentence, verbGroup: Range<Int>, effect: Effect,
                       keep: (Int) -> Bool) -> [String] {
        var levels: [String] = []
        var deniesIdentity = false
        var identifyingManner = false
        var anonymousManner = false
        let besides = otherDataNamedFirst(s)
        // "… your personal information, with or without personally identifying information": both levels are named, so
        // the promise holds for data of every level.
        if s[.identifiability].contains(where: { scope.contains($0.range.lowerBound) && s.has(["with", "or", "without"], at: $0.range.lowerBound - 3) }) { return [] }
        for m in s[.identifiability] where scope.contains(m.range.lowerBound) && keep(m.range.lowerBound) && !besides.contains(m.range.lowerBound) {
            // "We delete or anonymise your data": a verb joined to the promise's own is another way of keeping it, not
            // a level of the data (read as one, the duty would bind only data already anonymised).
            if ["or", "and", "and/or"].contains(s.word(m.range.lowerBound - 1)), verbGroup.upperBound == m.range.lowerBound - 1 { continue }
            // ("This cookie contains no personal data and is deleted when …": a duty holds for the data whatever it
            // is said to be; the level denied would narrow it.)
            if effect != .deny, negated(m.range.lowerBound, s, verbGroup: verbGroup) {
                if effect == .allow, m.keys.contains("identified") { deniesIdentity = true }
                continue
            }
            for k in m.keys where !levels.contains(k) { levels.append(k) }
            // "The personal information of our users will be used anonymously", "… used in aggregate form", "… shared on
            // an aggregated basis": the manner the verb is done in.
            if !m.keys.contains("identified"),
               m.range.lowerBound == verbGroup.upperBound && s.word(m.range.upperBound - 1).hasSuffix("ly") || inForm(m.range, s) {
                anonymousManner = true
            }
            if m.keys.contains("identified"), (max(0, m.range.lowerBound - 4)..<m.range.lowerBound).contains(where: { ["manner", "way", "form", "fashion"].contains(s.word($0)) }) {
                identifyingManner = true
            }
        }
        // "never disclose aggregate information in a manner that would identify you": what is forbidden is the
        // identifying form; the data's own level says what it is made from, not what the ban spares.
        if effect != .allow, identifyingManner { return ["identified"] }
        // A prohibition's own negation often stands in its subject ("No personal data is sold"):
        // there the level is kept as written. Only a permission is narrowed.
        // A permission done in a manner that identifies no one ("used anonymously") holds for that manner only, whatever
        // the data is made from.
        if effect == .allow, anonymousManner, levels.contains(where: { $0 != "identified" }) { levels.removeAll { $0 == "identified" } }
        guard deniesIdentity else { return levels }
        levels.removeAll { $0 == "identified" }
        return levels.isEmpty ? unidentified : levels
    }

    /// "in aggregate form", "on an anonymous basis", "in aggregate": a level named as the form a practice takes.
    private static func inForm(_ level: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        var j = level.lowerBound - 1
        while ["a", "an"].contains(s.word(j)) { j -= 1 }
        guard ["in", "on"].contains(s.word(j)) else { return false }
        let forms: Set<String> = ["form", "forms", "basis", "fashion", "manner"]
        return forms.contains(s.word(level.upperBound)) || forms.contains(s.word(level.upperBound - 1)) || s.word(level.upperBound - 1) == "aggregate"
    }

    /// "In addition to personal information, we may collect aggregate information": the data named first, up to the
    /// comma, is other data than the promise's, and its level is not the promise's.
    private static func otherDataNamedFirst(_ s: AnnotatedSentence) -> Range<Int> {
        guard s.has(["in", "addition", "to"], at: 0) || ["besides", "beyond"].contains(s.word(0)),
              let comma = s.tokens.indices.first(where: { s.word($0) == "," }) else { return 0..<0 }
        return 0..<comma
    }

    /// Whether a negation of the qualifier's own stands just before it, in the same phrase and
    /// outside the promise's verb group ("not linked to any personal …", "cannot be used to identify").
    private static func negated(_ start: Int, _ s: AnnotatedSentence, verbGroup: Range<Int>) -> Bool {
        var j = start - 1
        while j >= 0, j >= start - 6 {
            let w = s.word(j)
            if s.tokens[j].isPunctuation || verbGroup.contains(j) { return false }
            if negations.contains(w) { return true }
            j -= 1
        }
        return false
    }

    /// "not", "no", "without", "non" (written apart): words that deny what follows them.
    private static let negations: Set<String> = ["not", "no", "never", "without", "non", "nor", "neither", "none"]

    /// A negated relative clause on `p`'s object naming identity ("which cannot be used to identify
    /// you"): where it ends, and whether words the analysis does not read follow the identity phrase there.
    static func describingClause(_ q: Predicate, after p: Predicate, _ s: AnnotatedSentence) -> (end: Int, trailing: Bool)? {
        guard q.negated, let antecedent = q.antecedent, antecedent.upperBound > p.verbs.upperBound,
              let identity = s[.identifiability].first(where: { $0.range.lowerBound >= q.verbs.upperBound && $0.keys.contains("identified") })
        else { return nil }
        let clauseEnd = (identity.range.upperBound..<s.tokens.count).first { [",", ";", "."].contains(s.word($0)) } ?? s.tokens.count
        let end = max(identity.range.upperBound, clauseEnd)
        return (end, (identity.range.upperBound..<end).contains { !s.tokens[$0].isPunctuation })
    }
}
