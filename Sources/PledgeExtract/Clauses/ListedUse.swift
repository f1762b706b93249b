/// "We will not transmit, store, or access the content of your conversations": a verb that is no practice word on its
/// own ("access your account", "view our pages" are most often the reader's acts) is a use of the data when it is a
/// member of one list with practice verbs, joined to one of them by a comma, "and" or "or".
enum ListedUse {
    /// The sentence's action matches with every such listed verb read as use.
    static func actions(_ s: AnnotatedSentence) -> [PhraseMatch] {
        var actions = s[.action]
        for i in s.tokens.indices where Grammar.listedUseVerbs.contains(s.word(i)) && !actions.contains(where: { $0.range.contains(i) }) {
            // The practice verb just before it ("store, or access") or just after it ("access, sell or share").
            var before = i - 1
            while [",", "and", "or"].contains(s.word(before)) { before -= 1 }
            var after = i + 1
            while [",", "and", "or"].contains(s.word(after)) { after += 1 }
            let joined = { (k: Int, gap: Int) in gap > 0 && actions.contains { $0.range.contains(k) } }
            // ("in order to access and use our services": the reader's act, which the company's purpose names; "how the
            // Service is accessed and used": a passive that describes, whose participles are no list of practices.)
            let first = joined(before, i - 1 - before) ? (actions.last { $0.range.contains(before) }?.range.lowerBound ?? i) : i
            if joined(before, i - 1 - before) || joined(after, after - i - 1), s.word(first - 1) != "to", !Grammar.beForms.contains(s.word(first - 1)) {
                actions.append(PhraseMatch(range: i..<(i + 1), keys: ["use"], isDefinedTerm: false))
            }
        }
        return actions.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
