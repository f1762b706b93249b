import Pledge

/// "We may send you promotional e-mails. If you are an existing customer, we will only contact you by e-mail about
/// similar goods.": a sentence soon after a permission, in its paragraph, in which the company makes "only" of the same
/// act on the same data, and which gave no rule, limits the permission in words not read. The permission is not
/// written; the sentence is listed, saying why.
enum LaterExclusiveLimit {
    static func apply(_ readings: inout [Int: SentenceReading], _ sentences: [AnnotatedSentence], taxonomy: Taxonomy) {
        let acts = taxonomy[.action]
        for (i, reading) in readings.sorted(by: { $0.key < $1.key }) where reading.statements.contains(where: { $0.effect == .allow }) {
            var found: (j: Int, acts: [String])? = nil
            for j in i + 1...i + 2 where found == nil && j < sentences.count
                && sentences[j].sentence.block == sentences[i].sentence.block && readings[j]?.statements.isEmpty ?? false {
                let acts = limitedActs(in: sentences[j], of: reading.statements, taxonomy: taxonomy)
                if !acts.isEmpty { found = (j, acts) }
            }
            guard let (j, limited) = found else { continue }
            var kept = reading
            kept.statements.removeAll { st in st.effect == .allow && st.actions.contains { a in limited.contains { related(acts, a, $0) } } }
            let problem = "a sentence after it limits the same practice to what it names (\(sentences[j].text(0..<min(sentences[j].tokens.count, 6))) …) in words not read; alone, this permission would be wider than the text"
            if kept.statements.isEmpty { kept.gap = problem } else { kept.loss = kept.loss ?? problem }
            readings[i] = kept
        }
    }

    /// The acts of the company's own that `s` limits by an exclusive word ("we will only contact you …", "it is used
    /// solely for …") and that a permission of `statements` names, on the same data when `s` names any ("We keep your
    /// account for two years. We keep your passport only as long as needed." limits the passport only). A negated
    /// sentence is a ban, read apart.
    private static func limitedActs(in s: AnnotatedSentence, of statements: [Statement], taxonomy: Taxonomy) -> [String] {
        guard let only = s.tokens.indices.first(where: { Grammar.exclusive.contains(s.word($0)) }),
              !s.tokens.indices.contains(where: { Grammar.negations.contains(s.word($0)) }) else { return [] }
        let acts = taxonomy[.action], kinds = taxonomy[.data]
        let named = s[.data].flatMap(\.keys).filter { $0 != "user" }
        let (found, _) = PredicateFinder(s: s).find()
        return found.filter { p in
            p.actor == .company && !p.negated && abs(p.verbs.lowerBound - only) <= 4
                && statements.contains { st in
                    st.effect == .allow && st.actions.contains { a in p.actions.contains { related(acts, a, $0) } }
                        && (named.isEmpty || st.data.contains { d in named.contains { related(kinds, d, $0) } })
                }
        }.flatMap(\.actions)
    }

    private static func related(_ tree: TaxonomyTree, _ a: String, _ b: String) -> Bool { a == b || tree.covers(a, b) || tree.covers(b, a) }
}
