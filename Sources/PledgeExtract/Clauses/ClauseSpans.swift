import Pledge

/// The parts of a sentence that qualify its predicates rather than name their objects:
/// conditions ("unless you opt out"), purposes ("for the purpose of …", "to provide …"),
/// and examples ("such as …", parentheses). Data and recipients are read outside them.
struct ClauseSpans: Sendable {
    var conditions: [Condition] = []
    var purposes: [Range<Int>] = []
    /// "regarding …", "about …": purposes named there count, data too.
    var topics: [Range<Int>] = []
    var examples: [Range<Int>] = []
    /// "when you use our website": conditions that only restate what the policy governs, so they limit nothing.
    var restatements: [Range<Int>] = []
    /// "regardless of age": concessions, which name no data.
    var concessions: [Range<Int>] = []
    /// "persons under 13": ages, which say whose data and name neither an age range nor a period.
    var ages: [AgeBound] = []
    /// "In order to repair …, we may use …": the purpose that leads the sentence (``LeadingPurpose``).
    var leadingPurpose: Range<Int>? = nil
    /// "Apart from our contractors, …": the exception set before the clause (``LeadingException``).
    var leadingException: Range<Int>? = nil

    init(_ s: AnnotatedSentence, predicates: [Predicate], taxonomy: Taxonomy) {
        let n = s.tokens.count
        ages = AgeBound.find(in: s)
        for i in 0..<n {
            guard let opener = Grammar.concessiveOpeners.first(where: { s.has($0, at: i) }) else { continue }
            let end = (i + opener.count..<n).first { s.tokens[$0].isPunctuation } ?? n
            concessions.append(i..<end)
        }
        let purposeStarts = Set(s[.purpose].map(\.range.lowerBound))
        func opensPurpose(_ i: Int) -> Bool { Self.opensPurpose(i, n: n, purposeStarts) }

        // "Other than to our contractors, as described above, …": the exception set before the clause holds no condition.
        let leading = LeadingException.find(in: s)
        leadingException = leading?.range
        // "Except for information you provide when you register, …": the exception's occasion is no condition of the clause.
        let exceptionWords = LeadingException.words(in: s)
        var i = 0
        while i < n {
            if let words = leading?.range ?? exceptionWords, words.contains(i) { i = words.upperBound; continue }
            guard let marker = Grammar.conditionMarkers.first(where: { s.has($0.words, at: i) }) else { i += 1; continue }
            // "as part of our effort to combat spam": a purpose that opens with a condition's words is a purpose.
            if Grammar.purposeMarkers.contains(where: { $0.count > marker.words.count && s.has($0, at: i) }) { i += 1; continue }
            // "only when you give it to us (for example, when registering)": an example of the case before, no case of its own.
            if Self.inBracketedExample(i, s) { i += 1; continue }
            // "should you" opens a condition only at the start of a clause.
            let atClauseStart = i == 0 || [",", ";", ":", "(", "-"].contains(s.word(i - 1)) || s.tokens[i].isCapitalized
            if marker.words == ["should", "you"], !atClauseStart { i += 1; continue }
            // "with or without identifying information": either way, no condition.
            if marker.words == ["without"], s.has(["with", "or"], at: i - 2) { i += 1; continue }
            // "to determine if you are logged in": what is found out, not a condition.
            if marker.words == ["if"], Grammar.knowingVerbs.contains(s.word(i - 1)) { i += 1; continue }
            // "information about where you are": a place asked about, not a condition.
            if marker.words == ["where"], Grammar.prepositions.contains(s.word(i - 1)) || Grammar.topicMarkers.contains(s.word(i - 1)) { i += 1; continue }
            // "deleted after 30 days": a time, read as retention, not a condition.
            let next = s.word(i + marker.words.count)
            if marker.words == ["after"], Int(next) != nil || Grammar.numberWords[next] != nil { i += 1; continue }
            var end = n
            // "We will not, without your consent, share …": a condition set off inside the verb group ends at its comma.
            let insideVerbGroup = s.word(i - 1) == "," && (Grammar.auxiliaries.contains(s.word(i - 2)) || Grammar.negations.contains(s.word(i - 2)))
            if insideVerbGroup, let close = (i + 1..<n).first(where: { s.word($0) == "," }) {
                end = close
            } else if atClauseStart, !predicates.isEmpty {
                // A leading condition runs to the subject of the first predicate that follows a comma.
                if let p = predicates.first(where: { $0.subject.lowerBound > i && s.word($0.subject.lowerBound - 1) == "," }) {
                    end = p.subject.lowerBound
                } else if let p = predicates.first(where: { ($0.subject.lowerBound <= i || $0.subject.isEmpty && !Grammar.embedders.contains(s.word($0.groupStart - 1))) && $0.groupStart > i + marker.words.count + 1
                    && Grammar.companyPronouns.contains(s.word($0.groupStart)) }) {
                    end = p.groupStart   // "When you register we ask for …": with no comma, the condition ends at "we"
                } else if let p = predicates.first(where: { $0.passive && $0.subject.lowerBound > i }),
                          let comma = (i + marker.words.count..<p.subject.lowerBound).first(where: { c in
                              s.word(c) == "," && !(c + 1..<p.subject.lowerBound).contains { j in
                                  (s[.action].contains { $0.range.contains(j) } && !s[.data].contains { $0.range.contains(j) }) || Grammar.companyPronouns.contains(s.word(j))
                              }
                          }) {
                    end = comma + 1   // "If you close your account, your profile and posts are deleted": a listed subject
                } else if let comma = (i + marker.words.count..<n).first(where: { s.word($0) == "," && ["we", "i"].contains(s.word($0 + 1))
                    && Grammar.auxiliaries.contains(s.word($0 + 2)) }) {
                    // "If we receive your request after having disposed of your data, we may not be able to …": a main
                    // clause that states no practice still ends the condition, and what the condition names happened
                    // before; it is no practice of its own.
                    end = comma + 1
                }
            }
            // "In the event that we learn that we hold data of a child without parental consent, we will delete it": a
            // lifting condition inside a leading one is a condition of its own (here the duty's exception), never a
            // fact that enables the promise.
            if !marker.lifts, end < n, let inner = (i + marker.words.count..<end).first(where: { k in
                Grammar.conditionMarkers.contains { $0.lifts && s.has($0.words, at: k) }
            }) {
                end = inner
            } else if !atClauseStart || end == n {
                // A trailing condition stops at a clause end, a purpose, or the next predicate.
                var k = i + marker.words.count
                var enumerated = false
                while k < n {
                    let w = s.word(k)
                    // "unless we believe disclosure is necessary: (1) to conform to the law; (2) to enforce our terms; or
                    // (3) to protect the public": the cases enumerated after an exception's colon are all its cases.
                    if marker.lifts, w == ":", Self.enumerator(at: k + 1, s) { enumerated = true }
                    if enumerated {
                        if w == "(", Self.enumerator(at: k, s) { k += 3; continue }
                        let nextCase = Self.enumerator(at: k + 1, s) || Grammar.coordinators.contains(s.word(k + 1)) && Self.enumerator(at: k + 2, s)
                        if w == ";", !nextCase { break }
                        k += 1
                        continue
                    }
                    if [";", ")"].contains(w) || (w == "(" && Self.inBracketedExample(k + 1, s)) { break }
                    // "when you visit our site, such as your IP address": examples of data after the condition are the
                    // data's, named apart from the occasion.
                    if w == ",", let m = Grammar.exampleMarkers.first(where: { s.has($0, at: k + 1) }),
                       s[.data].contains(where: { (k + 1 + m.count..<k + 4 + m.count).contains($0.range.lowerBound) }) { break }
                    // "unless required for the operation of the service": a purpose inside a lifting condition is the
                    // exception's, never the limit of what it lifts.
                    if w == "for", opensPurpose(k + 1), !marker.lifts { break }
                    // "when you register or respond to a survey to improve our website": an infinitive of purpose ends the
                    // reader's occasion of a permission (read into it, the permission would hold for any purpose).
                    if w == "to", !marker.lifts, k > i + marker.words.count, Grammar.readerPronouns.contains(s.word(i + marker.words.count)), opensPurpose(k + 1), !Grammar.determiners.contains(s.word(k + 1)),
                       !s.tokens[k + 1].isPunctuation, !predicates.contains(where: { $0.negated && $0.verbs.upperBound <= i }) { break }
                    // "when you contact support in order to help you": a purpose after an enabling condition is the
                    // promise's, not part of the occasion (kept in it, the permission would hold for any purpose).
                    if !marker.lifts, k > i + marker.words.count, Grammar.reasonMarkers.contains(where: { s.has($0, at: k) }) { break }
                    // (", nor will we provide it": an inverted clause opens with its auxiliary, after "nor".)
                    if w == ",", !atClauseStart, predicates.contains(where: { $0.subject.lowerBound == k + 1 || s.word(k + 1) == "nor" && $0.groupStart <= k + 2 }) { break }
                    // "when you register and may send you e-mails": a modal after "and" opens the next practice.
                    if ["and", "or"].contains(w), Grammar.permissive.contains(s.word(k + 1)) || Grammar.obligating.contains(s.word(k + 1)),
                       predicates.contains(where: { $0.groupStart == k + 1 }) { break }
                    // "unless you provide it when registering": an occasion right after an exception's own words, with no
                    // comma or "or" between, says when that exception holds; it is no other case of it.
                    let nested = marker.lifts && !Grammar.coordinators.contains(s.word(k - 1))
                        && Grammar.conditionMarkers.contains { !$0.lifts && ["when", "while"].contains($0.words.first) && s.has($0.words, at: k) }
                    if k > i + marker.words.count, !nested, Grammar.conditionMarkers.contains(where: { s.has($0.words, at: k) && $0.words != ["as", "part", "of"] }) { break }
                    // "without your consent, other than to deliver your order": an exception of its own follows.
                    if k > i + marker.words.count, Grammar.exceptionPhrases.contains(where: { s.has($0, at: k) }) || ["except", "excepting"].contains(w) { break }
                    k += 1
                }
                end = k
            }
            let range = i..<end
            let facts = Self.facts(in: range, of: s, taxonomy: taxonomy)
            if facts.isEmpty, Self.restatesScope(range.dropFirst(marker.words.count), of: s) {
                restatements.append(range)
                i = max(end, i + 1)
                continue
            }
            // "If we do not receive parental consent within 14 days, …": a negated occasion names what must not hold; the
            // promise holds unless it does. The negation must govern each fact, with no "or", "and" or comma between ("when
            // you have not opted in or have opted out" names the opt-out as it is); a negation inside the fact's own words
            // ("do not wish to receive") is the fact.
            // (A consent read as a parent's stands for "parental_consent".)
            let factMatches = s[.context].filter { m in
                range.contains(m.range.lowerBound) && m.keys.contains { facts.contains($0) || $0 == "consent" && facts.contains("parental_consent") }
            }
            let negated = !marker.lifts && !factMatches.isEmpty && factMatches.allSatisfy { m in
                (min(range.lowerBound + marker.words.count, m.range.lowerBound)..<m.range.lowerBound).contains { j in
                    Grammar.negations.contains(s.word(j)) && !(s.word(j - 1) == "do" && s.word(j + 1) == "track")
                        && !(j..<m.range.lowerBound).contains { Grammar.coordinators.contains(s.word($0)) || s.word($0) == "," }
                }
            }
            conditions.append(Condition(range: range, lifts: marker.lifts || negated, facts: facts, marker: marker.words.joined(separator: " ")))
            i = max(end, i + 1)
        }

        // "We may be required to disclose it": the compulsion is the permission's condition (``Compulsion``).
        for p in predicates where !Grammar.readerPronouns.contains(s.word(p.groupStart - 1)) {
            guard let compelled = Compulsion.governing(to: p.verbs.lowerBound - 1, s), compelled.groupStart == p.groupStart,
                  !conditions.contains(where: { $0.range.overlaps(compelled.words) }) else { continue }
            conditions.append(Condition(range: compelled.words, lifts: false, facts: compelled.facts(s, taxonomy: taxonomy),
                                        marker: s.word(compelled.words.lowerBound)))
        }
        // "consistent with your choices", "subject to your settings": an opt-out bounds the promise (``ChoiceBound``), not a
        // condition in its own words.
        for range in ChoiceBound.find(in: s) {
            conditions.removeAll { $0.facts.isEmpty && $0.range.lowerBound == range.lowerBound }
            guard !conditions.contains(where: { $0.range.overlaps(range) }) else { continue }
            conditions.append(Condition(range: range, lifts: true, facts: ["opted_out"], marker: s.word(range.lowerBound), boundByChoice: true))
        }
        conditions.sort { $0.range.lowerBound < $1.range.lowerBound }

        // "except when you consent or in limited cases, such as when the law requires it": a condition that follows a
        // lifting one without a break is another case of the same exception; so is one after only a list mark ("except
        // when we respond to subpoenas; or when we must protect our property"; not after "without …", which may sit inside
        // the condition before it: "in the event that we collect it without consent, or if …").
        for k in conditions.indices.dropFirst() where conditions[k - 1].lifts && !conditions[k].lifts
            && conditions[k - 1].range.upperBound <= conditions[k].range.lowerBound
            && conditions[k - 1].marker != "without"
            && Self.onlyAlternativeMark(between: conditions[k - 1].range.upperBound..<conditions[k].range.lowerBound, s) {
            conditions[k].lifts = true
        }

        // "Your IP address (your network address), which is logged …": brackets before the verbs hold examples too; so
        // does an aside of examples set off by commas ("Personal information, such as your name, is not sold").
        var k = 0
        let firstVerbs = predicates.first?.verbs.lowerBound ?? 0
        while k < firstVerbs {
            if s.word(k) == "(", let close = (k..<n).first(where: { s.word($0) == ")" }), !Self.limits(k + 1..<close, s) {
                examples.append(k..<close)
                k = close
            } else if k > 0, s.word(k - 1) == ",", let m = Grammar.exampleMarkers.first(where: { s.has($0, at: k) }), !s.has(["including", "when"], at: k),
                      let close = (k + m.count..<firstVerbs).first(where: { s.word($0) == "," }) {
                examples.append(k..<close)
                k = close
            } else if let m = Grammar.exampleMarkers.first(where: { s.has($0, at: k) }), s[.data].contains(where: { $0.range.upperBound == k }),
                      let end = predicates.first?.groupStart, end > k + m.count {
                // "No personal information including e-mail addresses will ever be sold": examples right after the data the
                // subject names run to the verbs (or a comma).
                let close = (k + m.count..<end).first { s.word($0) == "," } ?? end
                examples.append(k..<close)
                k = close
            }
            k += 1
        }

        // "In order to repair …, we may use …": a purpose that leads the sentence.
        if let first = predicates.first, first.subject.lowerBound > 0,
           let start = purposeStart(s, at: 0, opensPurpose: opensPurpose), !s.has(["to"], at: 0) || s.tokens.count > 1 {
            purposes.append(start..<first.subject.lowerBound)
            leadingPurpose = start..<first.subject.lowerBound
        }
        for p in predicates {
            var k = p.verbs.upperBound
            while k < n {
                let w = s.word(k)
                if conditions.contains(where: { $0.range.contains(k) }) { k += 1; continue }
                if let start = purposeStart(s, at: k, opensPurpose: opensPurpose) {
                    // "… solely for calculating fees, not for marketing": a purpose the sentence rules out is none of its purposes.
                    // ("… as a record of the contact but at no time will we share it": "but" opens another promise.)
                    let stop = (start..<n).first { j in [";", "but"].contains(s.word(j)) || conditions.contains { $0.range.lowerBound == j }
                        || predicates.contains { $0.subject.lowerBound == j && j > start } || Self.rulesOutPurpose(at: j, s) } ?? n
                    purposes.append(start..<stop)
                    k = stop
                    continue
                }
                if Grammar.topicMarkers.contains(w) {
                    // "information about you such as your name": the examples after a topic are examples still.
                    let stop = (k..<n).first { j in
                        [";", ")"].contains(s.word(j)) || purposeStart(s, at: j, opensPurpose: opensPurpose) != nil
                            || (j > k && Grammar.exampleMarkers.contains { s.has($0, at: j) } && !s.has(["including", "when"], at: j))
                    } ?? n
                    topics.append(k..<max(stop, k + 1))
                    k = max(stop, k + 1)
                    continue
                }
                if w == "(" {
                    let close = (k..<n).first { s.word($0) == ")" } ?? n
                    // "(but not your password)", "(only with your consent)": a limit in brackets is no example; its
                    // words are read like any others.
                    if Self.limits(k + 1..<close, s) { k += 1; continue }
                    examples.append(k..<close)
                    k = close
                    continue
                }
                if let m = Grammar.exampleMarkers.first(where: { s.has($0, at: k) }), !s.has(["including", "when"], at: k) {
                    // A list of examples is a list of things: it ends where a phrase, a clause or a limit begins.
                    let stop = (k + m.count..<n).first { j in
                        [";", ")"].contains(s.word(j)) || purposeStart(s, at: j, opensPurpose: opensPurpose) != nil
                            || (Grammar.prepositions.contains(s.word(j)) && s.word(j) != "of") || Grammar.relativePronouns.contains(s.word(j))
                            || Grammar.exclusive.contains(s.word(j)) || Grammar.conditionMarkers.contains { s.has($0.words, at: j) }
                    } ?? n
                    examples.append(k..<stop)
                    k = stop
                    continue
                }
                k += 1
            }
        }
    }

    /// "not for marketing", "never to advertise": a negation right before a purpose marker rules the purpose out; its
    /// words are left unread, so a permission is not written with them, nor an exception made of them.
    static func rulesOutPurpose(at j: Int, _ s: AnnotatedSentence) -> Bool {
        ["not", "never"].contains(s.word(j)) && ["for", "to"].contains(s.word(j + 1))
    }

    /// Where a purpose first opens anywhere in the sentence, after a practice verb or not ("The log files include the
    /// pages visited to analyze trends"): for a sentence whose purposes qualify the practice of another.
    static func firstPurpose(in s: AnnotatedSentence, taxonomy: Taxonomy) -> Int? {
        let spans = ClauseSpans(s, predicates: [], taxonomy: taxonomy)
        return s.tokens.indices.first { spans.opensPurpose(at: $0, s) }
    }

    /// Whether a purpose opens at `k` ("for the express purpose of …", "to process your order"), wherever it stands.
    func opensPurpose(at k: Int, _ s: AnnotatedSentence) -> Bool {
        let starts = Set(s[.purpose].map(\.range.lowerBound))
        return purposeStart(s, at: k) { Self.opensPurpose($0, n: s.tokens.count, starts) } != nil
    }

    /// A purpose word of the vocabulary starts at `i` or within the four words after it.
    private static func opensPurpose(_ i: Int, n: Int, _ purposeStarts: Set<Int>) -> Bool {
        (i...min(n, i + 4)).contains { purposeStarts.contains($0) }
    }

    /// Whether a purpose opens at `k`: "for the purpose of", "in order to", "so that",
    /// "for" + a purpose phrase, "to" + a verb (not "to any third party", "to you").
    private func purposeStart(_ s: AnnotatedSentence, at k: Int, opensPurpose: (Int) -> Bool) -> Int? {
        if Self.rulesOutPurpose(at: k - 1, s) { return nil }
        for phrase in Grammar.purposeMarkers where s.has(phrase, at: k) {
            switch phrase {
            case ["for"]:
                // "for any reason": every purpose, so no limit.
                if Grammar.universalPurposes.contains(where: { s.has($0, at: k + 1) }) { return nil }
                let next = s.word(k + 1)
                if Int(next) != nil || Grammar.numberWords[next] != nil { return nil }   // "for 30 days" is retention
                if opensPurpose(k + 1) || (k + 1...k + 4).contains(where: { s.word($0).hasPrefix("purpose") }) { return k }
                return namesUnknownPurpose(s, after: k) ? k : nil
            case ["to"]:
                let next = k + 1
                guard next < s.tokens.count, !Grammar.prepositionalToHeads.contains(s.word(k - 1)) else { return nil }
                let w = s.word(next)
                // "to sponsors": a plural noun (no verb's base form ends in a lone "s") names someone, not a purpose.
                let plural = w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
                // "to children", "to minors": a noun naming people whose data it is, not a verb.
                let person = s[.data].contains { $0.range.lowerBound == next } && !s[.action].contains { $0.range.lowerBound == next }
                // "sites to which you link": a preposition before a relative pronoun opens a relative clause, no purpose.
                // "to and from any country": a preposition joined to another, no verb.
                // "your visit to acme", "to acme.com": a place visited, named by one word or its address, no verb.
                let placeVisited = CompanyNames.isDomain(s.tokens[next])
                    || (["visit", "visits"].contains(s.word(k - 1)) && (next + 1 == s.tokens.count || s.tokens[next + 1].isPunctuation))
                // "to website users", "to site visitors": the reader named with the service, no verb.
                let readers = Grammar.serviceNouns.contains(w) && Grammar.readerPronouns.contains(s.word(next + 1)) && !s[.action].contains { $0.range.lowerBound == next }
                if placeVisited || readers || Grammar.storageMedia.contains(w) || Grammar.determiners.contains(w) || Grammar.relativePronouns.contains(w) || Grammar.coordinators.contains(w) || s.tokens[next].isCapitalized
                    || s.tokens[next].isPunctuation || plural || person
                    || w == "be" || (w == "do" && s.word(next + 1) == "so") || Int(w) != nil || Grammar.numberWords[w] != nil || s[.recipient].contains(where: { $0.range.lowerBound == next }) { return nil }
                // "to reputable third-party vendors": a party after its modifiers, no verb or purpose word between.
                if let party = s[.recipient].first(where: { r in
                       (next + 1...next + 2).contains(r.range.lowerBound) && !r.keys.contains("first_party") && !r.keys.contains("data_subject")
                   }),
                   !(next..<party.range.lowerBound).contains(where: { j in s[.action].contains { $0.range.contains(j) } || s[.purpose].contains { $0.range.contains(j) } || s.word(j) == "with" }) {
                    return nil
                }
                // "provided to spam monitoring, compliance, government and non-government organizations": a list of
                // parties ending the clause, opened by no verb, is who receives the data.
                let end = (next..<s.tokens.count).first { [".", ";", ":"].contains(s.word($0)) } ?? s.tokens.count
                if end > next, Grammar.partyNouns.contains(s.word(end - 1)), !s[.action].contains(where: { $0.range.lowerBound == next }),
                   (next..<end).contains(where: { [",", "and", "or"].contains(s.word($0)) }),
                   !(next..<end).contains(where: { Grammar.auxiliaries.contains(s.word($0)) || Grammar.companyPronouns.contains(s.word($0))
                       || Grammar.prepositions.contains(s.word($0)) }) { return nil }
                return k
            default:
                return k
            }
        }
        return nil
    }

    /// "for research", "for product development": a purpose in words the taxonomy does not
    /// know, which must still limit the rule. Not a purpose: "for 30 days", "for as long as",
    /// "for example", "for our partners" (a recipient), "for all such communications" (data).
    private func namesUnknownPurpose(_ s: AnnotatedSentence, after k: Int) -> Bool {
        var j = k + 1
        while Grammar.determiners.contains(s.word(j)) { j += 1 }
        guard j < s.tokens.count, !s.tokens[j].isPunctuation, !Grammar.notPurposesAfterFor.contains(s.word(j)) else { return false }
        if (j...j + 3).contains(where: { Int(s.word($0)) != nil || Grammar.durationUnits[s.word($0)] != nil }) { return false }
        return !s[.data].contains { $0.range.contains(j) } && !s[.recipient].contains { $0.range.contains(j) }
            && !s[.identifiability].contains { $0.range.contains(j) }
    }

    /// Whether words in brackets state a limit — a negation, an exclusive word, an exception or a condition — rather
    /// than examples.
    /// A negation that says the data identifies no one ("(data that cannot identify you)") describes the data.
    static func limits(_ words: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        let describesIdentity = s[.identifiability].contains { words.contains($0.range.lowerBound) }
        // "(with your consent)", "(if you subscribe)": a bracket that names an occasion or a choice limits too.
        if s[.context].contains(where: { words.contains($0.range.lowerBound) }) { return true }
        return words.contains { j in
            (Grammar.negations.contains(s.word(j)) && !describesIdentity) || Grammar.exclusive.contains(s.word(j))
                || Grammar.exceptionWords.contains(s.word(j)) || Grammar.conditionMarkers.contains { s.has($0.words, at: j) }
        }
    }

    /// "information gathered during your use of the site", "during your visit": the phrases after "during" in `range`
    /// that restate what the policy governs, with the word "during"; the longest one, up to a punctuation mark or a
    /// word that opens another phrase ("during your visit with third parties").
    static func scopeRestatements(in range: Range<Int>, of s: AnnotatedSentence) -> [Range<Int>] {
        range.filter { s.word($0) == "during" }.compactMap { i in
            let end = (i + 1..<s.tokens.count).first { s.tokens[$0].isPunctuation } ?? s.tokens.count
            let ends = [end] + (i + 2..<max(i + 2, end)).filter { ["with", "to", "for", "by", "and", "or"].contains(s.word($0)) }.reversed()
            return ends.first { restatesScope(i + 1..<$0, of: s) }.map { i..<$0 }
        }
    }

    /// "(when) you use our app", "(when) visiting the website", "(when) you visit", "(when) you visit our web pages or
    /// use our applications": the reader using the service the policy is about, a condition every operation it
    /// governs meets. Every word must say so — a use of the service, the service's name or nouns, the reader, a
    /// determiner or a coordinator: "when you use our app to apply for a loan" is a narrower occasion.
    /// `othersToo`: the users named by "they" ("when they use the Internet"), which only a prohibition may take as the
    /// readers (a permission would hold on an occasion of someone else's).
    static func restatesScope(_ words: Range<Int>, of s: AnnotatedSentence, othersToo: Bool = false) -> Bool {
        var k = words.lowerBound
        if s.word(k) == "you" || s.word(k) == "your" || othersToo && ["they", "their"].contains(s.word(k)) { k += 1 }
        guard words.filter({ !s.tokens[$0].isPunctuation }).count <= 14, Grammar.serviceUseVerbs.contains(s.word(k)) else { return false }
        // A visit with nothing after it is a visit to the service ("we receive your IP address when you visit").
        let bare = words.upperBound == k + 1 || (k + 1..<words.upperBound).allSatisfy { s.tokens[$0].isPunctuation || s.word($0) == "us" }
        let saysUse = (k + 1..<words.upperBound).allSatisfy { j in
            let w = s.word(j)
            return s.tokens[j].isPunctuation || s.tokens[j].isCapitalized || Grammar.serviceNouns.contains(w) || Grammar.serviceUseVerbs.contains(w)
                || Grammar.determiners.contains(w) || Grammar.coordinators.contains(w) || Grammar.readerPronouns.contains(w)
                || ["us", "to", "on", "with", "of", "mobile", "any"].contains(w)
        }
        // "during your visit": the visit itself is no data of the promise, though the word can name browsing data.
        return (bare || (saysUse && words.contains { Grammar.serviceNouns.contains(s.word($0)) }))
            && (bare || !words.contains { j in s[.data].contains { $0.range.contains(j) } })
    }

    /// "Because we don't track individual users, an advertiser will never know …": a practice in a subordinate clause
    /// that leads the sentence; its words end at the comma before the main clause, whose words are not its own.
    static func subordinateClauseEnd(of p: Predicate, _ s: AnnotatedSentence) -> Int? {
        var i = 0
        while ["and", "but", ","].contains(s.word(i)) { i += 1 }
        guard Grammar.subordinators.contains(s.word(i)), !(i..<p.groupStart).contains(where: { s.word($0) == "," }) else { return nil }
        return (p.verbs.upperBound..<s.tokens.count).first { s.word($0) == "," }
    }

    /// "in order to …", "so that …", or a purpose set off by a comma: a reason given for what the clause says.
    static func isReason(_ span: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        s.word(span.lowerBound - 1) == "," || Grammar.reasonMarkers.contains { s.has($0, at: span.lowerBound) }
    }

    /// "to protect your privacy", "to reduce our liability": a purpose of keeping something safe or small, which after
    /// a negated verb says why the company refrains ("we do not log it to mitigate our liability"); so does one that
    /// calls itself a reason ("For reasons of security, we do not store …", "for privacy reasons").
    static func isRefrainingReason(_ span: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        Grammar.refrainingReasons.contains { s.has($0, at: span.lowerBound) }
            || s.word(span.lowerBound) == "for" && span.prefix(4).contains { ["reason", "reasons"].contains(s.word($0)) }
    }

    /// Whether `i` stands in brackets that open with an example marker ("(for example, when registering)", "(e.g. …)").
    /// "(2)", "(b)", "(iv)": an enumerated case's label in brackets, opening at `k`.
    static func enumerator(at k: Int, _ s: AnnotatedSentence) -> Bool {
        s.word(k) == "(" && s.word(k + 2) == ")" && ListMarker.isLabel(s.word(k + 1))
    }

    static func inBracketedExample(_ i: Int, _ s: AnnotatedSentence) -> Bool {
        guard let open = (0..<i).last(where: { ["(", ")"].contains(s.word($0)) }), s.word(open) == "(" else { return false }
        return Grammar.exampleMarkers.contains { s.has($0, at: open + 1) }
    }

    /// The context facts named in a range, with any fact dropped whose ancestor is also named.
    static func facts(in range: Range<Int>, of s: AnnotatedSentence, taxonomy: Taxonomy) -> [String] {
        var keys: [String] = []
        for m in s[.context] where range.contains(m.range.lowerBound) {
            // "without giving you a chance to opt out", "without offering an opt-out": the offer of a choice is not the
            // choice made ("you have given consent" is the choice made: no article before it).
            let window = max(range.lowerBound, m.range.lowerBound - 4)..<m.range.lowerBound
            let offered = window.contains { Grammar.choiceWords.contains(s.word($0)) }
                || window.contains { Grammar.offeringVerbs.contains(s.word($0)) && ["a", "an", "the", "you"].contains(s.word($0 + 1)) }
            // "consent of an actual parent or guardian" is a parent's, whatever words stand between; "the consent of our
            // partners" is none the reader gives, and no fact a rule knows.
            var giver: [String]? = nil
            if m.keys == ["consent"], ["of", "from"].contains(s.word(m.range.upperBound)),
               let j = (m.range.upperBound + 1..<range.upperBound).first(where: { !Grammar.determiners.contains(s.word($0)) && !s.tokens[$0].isPunctuation }),
               !Grammar.readerPronouns.contains(s.word(j)), !Grammar.personNouns.contains(s.word(j)), s.word(j) != "yours" {
                giver = (j..<min(range.upperBound, j + 2)).contains { Grammar.guardianWords.contains(s.word($0)) } ? ["parental_consent"] : []
            }
            for k in giver ?? m.keys where !keys.contains(k) && !(offered && (k == "opted_out" || k == "consent")) { keys.append(k) }
        }
        // "where required to do so by law or subpoena": a duty the law imposes, in words apart.
        if !keys.contains("legal_process"), taxonomy[.context].contains("legal_process"),
           range.contains(where: { Grammar.compulsion.contains(s.word($0)) }), range.contains(where: { Grammar.lawWords.contains(s.word($0)) }) {
            keys.insert("legal_process", at: 0)
        }
        let tree = taxonomy[.context]
        return keys.filter { k in !keys.contains { $0 != k && tree.covers($0, k) } }
    }

    /// Nothing between two conditions, or only an "or" with its punctuation ("; or"): the second is an alternative.
    static func onlyAlternativeMark(between gap: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        gap.allSatisfy { [";", ",", "or", "and/or"].contains(s.word($0)) } && (gap.isEmpty || gap.contains { ["or", "and/or"].contains(s.word($0)) })
    }

    func isQualifier(_ i: Int) -> Bool {
        conditions.contains { $0.range.contains(i) } || purposes.contains { $0.contains(i) }
    }

    func inCondition(_ i: Int) -> Bool { conditions.contains { $0.range.contains(i) } }
    func inPurpose(_ i: Int) -> Bool { purposes.contains { $0.contains(i) } }
    func inExample(_ i: Int) -> Bool { examples.contains { $0.contains(i) } }
    func inConcession(_ i: Int) -> Bool { concessions.contains { $0.contains(i) } }
    func inAge(_ i: Int) -> Bool { ages.contains { $0.range.contains(i) } }
}
