import Pledge

/// "to show you advertisements that are relevant to your interests", "to provide customer service": one purpose
/// phrase that names a purpose and, in the same breath, the kind of it meant. A permission names the kind only: the
/// covering purpose would allow every kind. Purposes listed apart ("to process your inquiries and improve our
/// services") are each their own and all kept; a prohibition keeps every purpose it names, which is broader. A purpose
/// named in the complement of another ("the safety of users of our services") is none of a permission's, nor is one
/// reached by a means that names a purpose of its own ("to better serve you by providing a customized experience").
enum PurposeKinds {
    /// `purposes` without each one named only beside a kind of itself, in the same member of a list.
    static func narrowest(_ purposes: [String], in scope: Range<Int>, _ s: AnnotatedSentence, taxonomy: Taxonomy,
                          where isPurpose: (Int) -> Bool) -> [String] {
        let tree = taxonomy[.purpose]
        let found = s[.purpose].filter { scope.contains($0.range.lowerBound) && isPurpose($0.range.lowerBound) }
        /// No list mark between the two phrases.
        func together(_ a: PhraseMatch, _ b: PhraseMatch) -> Bool {
            let between = a.range.upperBound <= b.range.lowerBound ? a.range.upperBound..<b.range.lowerBound : b.range.upperBound..<a.range.lowerBound
            return !between.contains { [",", ";", "and", "or", "and/or", "/"].contains(s.word($0)) }
        }
        /// "to protect the safety of users of our site and our services": a noun phrase in the "of" (or "about", "related
        /// to") complement of the purpose phrase before it says whose, of what or about what, and is no purpose of its own.
        func complement(_ m: PhraseMatch) -> Bool {
            guard Grammar.determiners.contains(s.word(m.range.lowerBound)) else { return false }
            return found.contains { o in
                let between = o.range.upperBound..<max(o.range.upperBound, m.range.lowerBound)
                // ("promotional materials related to our Services", "information about our services": what it is about.)
                return o != m && o.range.upperBound <= m.range.lowerBound
                    && between.contains { ["of", "about", "regarding", "concerning", "with"].contains(s.word($0)) || ["related", "relating"].contains(s.word($0)) && s.word($0 + 1) == "to" }
                    && !between.contains { [";", ":", "for"].contains(s.word($0)) || s.word($0) == "to" && !["related", "relating"].contains(s.word($0 - 1)) }
            }
        }
        return purposes.filter { k in
            // Kept if some phrase naming it stands with no kind of it beside it.
            found.contains { m in
                m.keys.contains(k) && !complement(m) && !reachedByMeans(m, s) && listHead(of: m, found, s) == nil
                    && !found.contains { o in o != m && together(m, o) && o.keys.contains { $0 != k && tree.covers(k, $0) } }
            }
        }
    }

    /// "to administer a contest, promotion, survey or other site feature": a bare noun listed right after an infinitive
    /// and its object is another object of that verb (a promotion administered), not a purpose of its own (marketing).
    /// The phrase of the infinitive it is listed under, if so.
    static func listHead(of m: PhraseMatch, _ found: [PhraseMatch], _ s: AnnotatedSentence) -> PhraseMatch? {
        let start = m.range.lowerBound
        // One word, ending its member of the list: "personalize your experience" is another infinitive, not a noun.
        guard m.range.count == 1, Grammar.coordinators.contains(s.word(start - 1)), !Grammar.determiners.contains(s.word(start)),
              m.range.upperBound == s.tokens.count || Grammar.coordinators.contains(s.word(m.range.upperBound)) || s.tokens[m.range.upperBound].isPunctuation
        else { return nil }
        return found.first { o in
            // The infinitive's verb, then the determiner of its object: "to administer a contest".
            o.range.upperBound <= start && s.word(o.range.lowerBound - 1) == "to" && Grammar.determiners.contains(s.word(o.range.lowerBound + 1))
                // Only list marks and other objects of the verb between: "to administer a contest, promotion, survey".
                && (o.range.upperBound..<start).allSatisfy { i in Grammar.coordinators.contains(s.word(i)) || found.contains { $0.range.contains(i) } }
        }
    }

    /// "We do not use your data for targeted advertising": the words of an advertising purpose seldom say whose ads they
    /// are, and the vocabulary files each phrase under one owner. A prohibition of one owner's kind bans the same kind of
    /// every owner (the same leaf under `first_party` and `third_party`), which is broader; read for one owner only,
    /// the ban would leave the other's targeted ads allowed.
    static func everyOwner(_ purposes: [String], taxonomy: Taxonomy) -> [String] {
        let owners = ["marketing.advertising.first_party.", "marketing.advertising.third_party."]
        var result = purposes
        for k in purposes {
            guard let owner = owners.first(where: k.hasPrefix) else { continue }
            let leaf = k.dropFirst(owner.count)
            for other in owners where other != owner {
                let sibling = other + leaf
                if taxonomy[.purpose].contains(sibling), !result.contains(sibling) { result.append(sibling) }
            }
        }
        return result
    }

    /// "to better serve you by providing a customized shopping experience": a purpose reached by a means named after
    /// "by …-ing" that names a purpose of its own is that purpose; the one before says why, and is read as such.
    static func reachedByMeans(_ m: PhraseMatch, _ s: AnnotatedSentence) -> Bool {
        guard let by = (m.range.upperBound..<min(s.tokens.count, m.range.upperBound + 4)).first(where: { s.word($0) == "by" }),
              s.word(by + 1).hasSuffix("ing") else { return false }
        return s[.purpose].contains { $0.range.lowerBound > by }
    }
}
