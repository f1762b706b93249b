/// Verbs joined to others: a list of infinitives that gives the purposes of a practice, and verbs coordinated into one
/// verb group ("sell, rent, or otherwise disclose").
extension PredicateFinder {
    /// "is used to analyze trends, administer the site, and gather demographic information": a verb that closes a list of
    /// infinitive phrases set off by commas is one of them — a purpose of the practice before, not a practice of its own.
    func closesInfinitiveList(at j: Int, after start: Int) -> Bool {
        guard start < j, let to = (start..<j).first(where: { k in
            s.word(k) == "to" && k + 1 < j && !Grammar.determiners.contains(s.word(k + 1)) && !Grammar.readerPronouns.contains(s.word(k + 1))
                && !s.tokens[k + 1].isCapitalized && !s.tokens[k + 1].isPunctuation && !s[.recipient].contains { $0.range.lowerBound == k + 1 }
        }) else { return false }
        // A list needs a comma between its members: "to A, B and C", "to A, B, and C" — not "to A, and B", where the
        // comma before "and" opens a clause of its own ("… to design our site, and share the data with advertisers").
        let between = (to + 1)..<j
        return between.contains { $0 != j - 1 && s.word($0) == "," } && !between.contains { k in
            [";", ":", "(", ")"].contains(s.word(k)) || Grammar.companyPronouns.contains(s.word(k))
                || Grammar.auxiliaries.contains(s.word(k)) || Grammar.relativePronouns.contains(s.word(k))
        }
    }

    /// Where the "to" is that opens the list of bare verbs the coordinator at `j` continues ("to identify, monitor or …").
    func infinitiveOpener(at j: Int) -> Int? {
        var k = j - 1
        while k >= 1, !s.tokens[k].isPunctuation, !Grammar.determiners.contains(s.word(k)) {
            if s.word(k - 1) == "to" { return k - 1 }
            guard [",", "or", "and"].contains(s.word(k - 1)) else { return nil }
            k -= 2
        }
        return nil
    }

    /// Whether a verb just after `end` and one starting at `start` are coordinated ("sell, rent, or otherwise disclose";
    /// "or otherwise commercially or non-commercially exploit": manners after "otherwise", which names every other way).
    func coordinated(after end: Int, before start: Int) -> Bool {
        let otherwise = start > end && start - end <= 6 && (end..<start).contains { s.word($0) == "otherwise" }
        // "sell, rent, share or in any other way use": a manner that names every way stands where "otherwise" would.
        let anyWay = start > end ? (end..<start).first(where: { anyManner(at: $0) != nil }) : nil
        let manner = anyWay.map { $0..<(anyManner(at: $0)!) } ?? start..<start
        guard start > end, start - end - manner.count <= 3 || otherwise else { return false }
        // "sell (or trade or rent)": verbs added in brackets join the list.
        return (end..<start).allSatisfy { manner.contains($0) || Grammar.coordinators.contains(s.word($0)) || Grammar.adverbs.contains(s.word($0))
                || otherwise && s.word($0).hasSuffix("ly") || s.word($0) == "(" && $0 == end }
            && (end..<start).contains { Grammar.coordinators.contains(s.word($0)) }
    }

    /// Where "in any (other) way", "in any other manner" starting at `i` ends.
    private func anyManner(at i: Int) -> Int? {
        guard s.word(i) == "in", s.word(i + 1) == "any" else { return nil }
        let k = s.word(i + 2) == "other" ? i + 3 : i + 2
        return ["way", "manner", "form", "fashion"].contains(s.word(k)) ? k + 1 : nil
    }
}
