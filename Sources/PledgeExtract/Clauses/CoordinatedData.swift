import Pledge

/// Lists of data nouns the analysis reads beyond one head noun, and the listed nouns it cannot name.
extension ClauseAnalyzer {
    /// "your profile, contacts and backups are removed": a passive subject is the whole list of
    /// nouns, not only the last one; it ends at a leading condition ("If you close your account, …").
    func coordinatedSubject(_ subject: Range<Int>, from start: Int, _ s: AnnotatedSentence, _ spans: ClauseSpans) -> Range<Int> {
        var k = subject.lowerBound
        while k - 2 >= start, Grammar.coordinators.contains(s.word(k - 1)), s.word(k - 1) != "/" {
            var j = k - 2
            while j >= start, Grammar.coordinators.contains(s.word(j)) { j -= 1 }
            let end = j
            while j >= start, !s.tokens[j].isPunctuation, !Grammar.coordinators.contains(s.word(j)), !spans.inCondition(j),
                  !(isVerb(j, s)), !Grammar.clauseOpeners.contains(s.word(j)) { j -= 1 }
            guard j < end else { break }
            k = j + 1
        }
        return k..<subject.upperBound
    }

    /// The members of a listed subject that name no data: "backups" in "your profile, contacts and backups".
    /// A member is one only after a member that ends in data ("passwords, server names"): not a word opening the
    /// sentence ("Again, your e-mail address …"), nor what goes on after words that qualify data ("addresses of brides
    /// and couples"); quotation marks inside a member do not end it ("in the "Email" share feature").
    func unreadMembers(of subject: Range<Int>, _ s: AnnotatedSentence) -> [String] {
        var members: [[Int]] = [[]]
        for j in subject {
            if Grammar.coordinators.contains(s.word(j)) || [";", "(", ")"].contains(s.word(j)) { members.append([]); continue }
            if !s.tokens[j].isPunctuation, !Grammar.determiners.contains(s.word(j)), !Grammar.adverbs.contains(s.word(j)) { members[members.count - 1].append(j) }
        }
        let listed = members.filter { !$0.isEmpty }
        guard listed.count > 1 else { return [] }
        let isData = { (j: Int) in s[.data].contains { $0.range.contains(j) } }
        return listed.indices.filter { k in
            k > 0 && !listed[k].contains(where: isData) && listed[k - 1].last.map(isData) == true
        }.map { k in listed[k].map { s.word($0) }.joined(separator: " ") }
    }

    /// Whether an object speaks of data, named or not ("pseudonymous identifiers", "usage events").
    func namesData(_ object: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        object.contains { j in Grammar.dataNouns.contains(s.word(j)) || s[.data].contains { $0.range.contains(j) } }
    }

    /// "We will notify affected users …": the company promising a notice the rules do not model.
    func promisedNotice(_ s: AnnotatedSentence) -> String? {
        for j in s.tokens.indices where Grammar.companyPronouns.contains(s.word(j)) && s.word(j) != "it" {
            var k = j + 1
            guard Grammar.obligating.contains(s.word(k)) else { continue }
            k += 1
            while Grammar.adverbs.contains(s.word(k)) { k += 1 }
            if Grammar.noticeWords.contains(s.word(k)) { return s.text(j..<(k + 1)) }
        }
        return nil
    }

    /// "solicit data from, or market to, children", "We do not share with others, or sell or rent to others, any personal
    /// information": when `object` names only to or from whom (it ends on a preposition left open, or holds only a party),
    /// and "or" joins the next verb, that verb's object is this one's too: the words after its verbs to the end of the
    /// sentence or a ";".
    func sharedObject(after object: Range<Int>, next: Predicate, _ s: AnnotatedSentence) -> Range<Int>? {
        let words = object.filter { !s.tokens[$0].isPunctuation && !Grammar.coordinators.contains(s.word($0)) }
        guard let last = words.last, (last + 1..<next.groupStart).contains(where: { ["or", "and", "nor"].contains(s.word($0)) }) else { return nil }
        let open = Grammar.prepositions.contains(s.word(last))
        let partyOnly = Grammar.prepositions.contains(s.word(words[0])) && words.dropFirst().allSatisfy { j in
            s[.recipient].contains { $0.range.contains(j) } || Grammar.determiners.contains(s.word(j))
        }
        guard open || partyOnly else { return nil }
        var start = next.verbs.upperBound
        while Grammar.prepositions.contains(s.word(start)) || s.word(start) == "," { start += 1 }
        let end = (start..<s.tokens.count).first { [";", "."].contains(s.word($0)) } ?? s.tokens.count
        return start < end ? start..<end : nil
    }

    /// "personal information, IP addresses and usage information": device or usage data listed as a member of its own
    /// beside personal data in general, with only list words, levels and other data between them (not an example:
    /// "such as" is no list word).
    func listsTraceableData(beside ranges: [Range<Int>], _ s: AnnotatedSentence) -> Bool {
        let named = s[.data].filter { m in ranges.contains { $0.contains(m.range.lowerBound) } }
        let general = named.filter { $0.keys == ["user"] }
        func listWord(_ j: Int) -> Bool {
            s.tokens[j].isPunctuation || Grammar.coordinators.contains(s.word(j)) || Grammar.determiners.contains(s.word(j))
                || ["other", "any", "your", "our"].contains(s.word(j)) || [Dimension.data, .identifiability].contains { d in s[d].contains { $0.range.contains(j) } }
        }
        return named.contains { m in
            m.keys.contains { k in ["user.device", "user.behavior"].contains { taxonomy[.data].covers($0, k) } } && general.contains { g in
                (min(g.range.upperBound, m.range.upperBound)..<max(g.range.lowerBound, m.range.lowerBound)).allSatisfy(listWord)
            }
        }
    }

    /// An action word read as a verb: "contacts" that names data is a noun.
    private func isVerb(_ j: Int, _ s: AnnotatedSentence) -> Bool {
        s[.action].contains { $0.range.contains(j) } && !s[.data].contains { $0.range.contains(j) }
    }
}
