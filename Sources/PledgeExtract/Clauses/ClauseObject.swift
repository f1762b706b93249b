import Pledge

/// What a clause's object names — its data (with the references back, means, agents and destinations that are not
/// data) and its recipients — read for ``ClauseAnalyzer``.
extension ClauseAnalyzer {
    /// The keys of one dimension matched in a range, in order, deduplicated.
    func keys(_ dimension: Dimension, in range: Range<Int>, _ s: AnnotatedSentence, where keep: (Int) -> Bool) -> [String] {
        var result: [String] = []
        for m in s[dimension] where range.contains(m.range.lowerBound) && keep(m.range.lowerBound) {
            for k in m.keys where !result.contains(k) { result.append(k) }
        }
        return result
    }

    /// A fact named outside any condition qualifies the promise ("unsolicited", "at your request"), unless the word names
    /// data ("purchase history" is not a purchase). Not, for a prohibition, one in a clause of its own after it ("…, nor
    /// will we accept registration from them", "… and believe that children should get consent"), which would narrow it;
    /// nor one in a bracketed example ("(for example, when you order a gift)"), which names a case, not the only one.
    /// "to users who have not opted in": a fact under a negation of its own, in the same phrase, is one that must not
    /// hold — the promise holds unless it does (read as a plain fact, the promise would hold only when it does).
    func qualifyingFacts(in scope: Range<Int>, _ s: AnnotatedSentence, _ spans: ClauseSpans, predicate p: Predicate, deny: Bool) -> (when: [String], unless: [String]) {
        let ownClause = deny ? (p.verbs.upperBound..<scope.upperBound).first { i in
            s.word(i) == "nor" || ["and", "but"].contains(s.word(i))
                && [Grammar.companyPronouns, Grammar.auxiliaries, Grammar.opinionVerbs].contains { $0.contains(s.word(i + 1)) }
        } : nil
        func negated(_ i: Int) -> Bool {
            i > p.verbs.upperBound && (max(p.verbs.upperBound, i - 3)..<i).contains { j in
                Grammar.negations.contains(s.word(j)) && !(j..<i).contains { s.tokens[$0].isPunctuation || Grammar.coordinators.contains(s.word($0)) }
            }
        }
        func facts(negated wanted: Bool) -> [String] {
            keys(.context, in: scope, s) { i in
                !spans.isQualifier(i) && !s[.data].contains { $0.range.contains(i) } && i < (ownClause ?? scope.upperBound)
                    && !ClauseSpans.inBracketedExample(i, s) && !(deny && (namesData(i, s) || describesData(i, s))) && negated(i) == wanted
            }.filter { !Grammar.eventFacts.contains($0) }
        }
        return (facts(negated: false), facts(negated: true))
    }

    /// "registration information", "order details", "your registered name": an occasion right before a data noun or
    /// phrase says which data, not when a prohibition holds (the data stays forbidden on every later occasion).
    private func namesData(_ i: Int, _ s: AnnotatedSentence) -> Bool {
        guard let fact = s[.context].first(where: { $0.range.lowerBound == i }) else { return false }
        return Grammar.dataNouns.contains(s.word(fact.range.upperBound)) || s[.data].contains { $0.range.lowerBound == fact.range.upperBound }
    }

    /// "the data you send us", "information that you give us at registration": an occasion that opens a relative clause
    /// right after data says which data, not when a prohibition holds.
    private func describesData(_ i: Int, _ s: AnnotatedSentence) -> Bool {
        let k = Grammar.relativePronouns.contains(s.word(i - 1)) ? i - 1 : i
        return s.endsData(at: k)
    }

    /// "on behalf of Acme and/or third parties": a party named in the phrase, whose message or act it is.
    private func onBehalf(_ i: Int, _ s: AnnotatedSentence) -> Bool {
        guard let of = (max(0, i - 6)..<i).last(where: { s.has(["behalf", "of"], at: $0 - 1) }) else { return false }
        return !(of + 1..<i).contains { j in s.tokens[j].isPunctuation && s.word(j) != "/" || s[.action].contains { $0.range.contains(j) } }
    }

    /// The recipients named in a range. An agent ("cookies placed by third parties"), a source ("the information we get
    /// from Google Analytics") or a means ("collected through the use of Google Analytics") receives nothing, so a
    /// prohibition does not name it; a permission keeps it, since dropping a recipient would widen the permission.
    /// A message sent "on behalf of" a party is that party's, sent to the reader (`messages`).
    func recipients(in range: Range<Int>, _ s: AnnotatedSentence, _ spans: ClauseSpans, effect: Effect, messages: Bool = false) -> [String] {
        // "from anyone under 13": people an age qualifies are those the data is about, not a recipient.
        keys(.recipient, in: range, s) { i in
            !spans.isQualifier(i) && !spans.inExample(i) && !(messages && onBehalf(i, s))
                && !s[.recipient].contains { r in r.range.lowerBound == i && spans.ages.contains { $0.qualifiesPerson && $0.range.lowerBound == r.range.upperBound } }
                && !isAgent(i, s) && !isSourceOrMeans(i, s) && !isWhomDataIsAbout(i, s)
                // "third-party advertising partners": "third-party" says what the partners are; they are the recipient.
                && !s[.recipient].contains { r in r.range.lowerBound == i && r.keys == ["third_party"]
                    && s[.recipient].contains { $0.range.lowerBound == r.range.upperBound } }
        }
            .filter { $0 != "first_party" && $0 != "data_subject" }
    }

    /// "Personal information we collect, including e-mail addresses, will not be released": a passive's subject found
    /// after a clause on its head holds only the head's examples; it runs back to the head, which is what the promise
    /// is about (the examples alone would make a prohibition or a duty of them only; a permission reads the examples).
    func headedSubject(_ subject: Range<Int>, _ s: AnnotatedSentence, _ spans: ClauseSpans, effect: Effect) -> Range<Int> {
        let data = s[.data].filter { subject.contains($0.range.lowerBound) }
        guard effect != .allow, !data.isEmpty, data.allSatisfy({ spans.inExample($0.range.lowerBound) }),
              let head = s[.data].last(where: { $0.range.upperBound <= subject.lowerBound && $0.keys == ["user"] }),
              !(head.range.upperBound..<subject.lowerBound).contains(where: { [".", ";", ":"].contains(s.word($0)) })
        else { return subject }
        return head.range.lowerBound..<subject.upperBound
    }

    /// The data a predicate speaks of. A permission keeps the most specific categories it
    /// names (examples included), a prohibition the most general: each errs toward deny.
    func data(in ranges: [Range<Int>], _ s: AnnotatedSentence, _ spans: ClauseSpans, verbs: Range<Int>,
                      effect: Effect, anaphor: [String]?, disclosure: Bool = false) -> [String] {
        // "We do not store personal information in your cookies": what is kept in a cookie is the cookie's content; the
        // ban is of cookies that hold such data, not of keeping it anywhere else.
        if effect == .deny, let container = cookieHolding(in: ranges, s, verbs: verbs) { return container }
        var head: [String] = [], examples: [String] = []
        // Keys named by a thing of their own ("browser type" for device data), not by a category word ("device
        // information"): no kind named beside it stands for it.
        var things: Set<String> = []
        // Keys of a member of a list whose phrase opens with a word of its own ("… or browsing history", "… or email
        // address"), not with a category word that a qualifier narrows ("… or information from minors"), nor after a
        // preposition ("information from children").
        var ownWords: Set<String> = []
        // "e-mail addresses or registration information": data in general, narrowed by a word of its own to a set no
        // other member names, listed as a member of its own.
        var qualifiedGeneric = false
        // "your email address or contact information": a category named by words of its own as a member of the list.
        var namedCategories = Set<String>()
        let tree = taxonomy[.data]
        func generic(_ k: String) -> Bool { tree.node(k)?.parent == nil && tree.contains(k) }
        let apposition = appositionAfterGenericData(in: ranges, s)
        // "gathered during your visit": the visit restates what the policy governs; it is no data of the promise.
        let restatements = ranges.flatMap { ClauseSpans.scopeRestatements(in: $0, of: s) }
        for m in s[.data] where ranges.contains(where: { $0.contains(m.range.lowerBound) }) {
            let i = m.range.lowerBound
            if restatements.contains(where: { $0.contains(i) }) { continue }
            if spans.isQualifier(i) || verbs.overlaps(m.range) || modifiesRecipient(m, s) || spans.inConcession(i) || m.range.contains(where: spans.inAge) { continue }
            // "any third party outside of our organization": a data word inside a longer recipient phrase names the recipient.
            if s[.recipient].contains(where: { $0.range.count > m.range.count && $0.range.clamped(to: m.range) == m.range }) { continue }
            // "We may collect certain information": a permission for some data it does not name names none (all personal
            // data would be more than the text says); a prohibition of "certain information" keeps all of it.
            if effect == .allow, m.keys == ["user"], s.word(i - 1) == "certain" { continue }
            // "use your personal data for activities that …": a data word after "for", behind the data of the act, says
            // what the act is for; read as the data, it would narrow a prohibition to it (or a permission to it).
            if s.word(i - 1) == "for", s[.data].contains(where: { o in o.range.upperBound < i && ranges.contains { $0.contains(o.range.lowerBound) } }) { continue }
            // "the first initial of your last name", "the last four digits of your card number": a part of the data is not
            // the data; a permission for the part names no key (a prohibition of it keeps the whole).
            if effect == .allow, namesPart(before: i, s) { continue }
            if disclosure, namesDestination(m, s) { continue }
            if effect != .allow, DataSource.describesPeople(m, s) { continue }
            // "We never ask for your password by e-mail": in a prohibition, data named as the means of the act is not
            // what is forbidden, when the clause names other data; without it the prohibition is the broader one.
            if effect == .deny, isMeans(m, s), s[.data].contains(where: { o in o.range != m.range && !isMeans(o, s)
                && ranges.contains { $0.contains(o.range.lowerBound) } && !spans.isQualifier(o.range.lowerBound) }) { continue }
            var keys = m.keys
            // "we collect subscribers' e-mail addresses. We do not share addresses with other companies": a bare "addresses",
            // no list's member, after e-mail addresses were named (and no postal one) are those.
            if m.range.count == 1, ["address", "addresses"].contains(s.word(i)), keys == ["user.contact.address"], !isListMember(m, s),
               !Grammar.coordinators.contains(s.word(m.range.upperBound)), !["your", "their", "his", "her", "mailing", "postal", "home"].contains(s.word(i - 1)),
               let anaphor, anaphor.contains("user.contact.email"), !anaphor.contains("user.contact.address") {
                keys = ["user.contact.email"]
            }
            // "If you send us an e-mail request, we may store that information", "If we learn that we hold data of a
            // child, we will delete that information": a reference back past a thing the sentence's own condition
            // introduces may mean that thing; it is not taken from the sentence before.
            // A prohibition or a duty takes the data that condition names ("information from a child"), if any.
            // "we do not share the information submitted on a form": for a prohibition, a participle and its phrase after
            // "the information" describe it in their own words; the sentence before may have named less than it.
            let described = effect != .allow && s.word(i - 1) == "the" && s.word(m.range.upperBound).hasSuffix("ed")
                && ["on", "through", "via", "in", "by", "from", "with", "at", "using"].contains(s.word(m.range.upperBound + 1))
            if !m.isDefinedTerm, keys == ["user"], !described, isAnaphoric(m, s) {
                if let c = spans.conditions.last(where: { c in c.range.upperBound <= i && c.range.contains { ["a", "an"].contains(s.word($0)) } }) {
                    let named = effect == .allow ? [] : data(in: [c.range], s, spans, verbs: verbs, effect: effect, anaphor: nil)
                    if !named.isEmpty { keys = named }
                } else if let c = spans.conditions.last(where: { c in c.range.upperBound <= i && s[.data].contains { c.range.contains($0.range.lowerBound) } }) {
                    // "When you provide us with information about your dependents, we will only use this information …": the
                    // data the sentence's own condition names.
                    keys = s[.data].filter { c.range.contains($0.range.lowerBound) }.flatMap(\.keys).firstOccurrences()
                } else if let anaphor {
                    keys = anaphor
                }
            } else if !m.isDefinedTerm, m.range.count > 1, ["this", "these", "such", "that", "those"].contains(s.word(i - 1)),
                      ["information", "data"].contains(s.word(m.range.upperBound - 1)), let anaphor, !anaphor.isEmpty {
                // "Your card number is encrypted. This sensitive personal information is not shared …": a description after a
                // pointing word points back as "this information" does. A prohibition binds what it describes and what it
                // points to; a permission reads the description only where it names some of what it points to (no data
                // where the two name nothing in common: which one is meant is not known).
                let common = m.keys.contains { k in anaphor.contains { tree.covers(k, $0) || tree.covers($0, k) } }
                keys = effect != .allow ? m.keys + anaphor.filter { !m.keys.contains($0) } : common ? m.keys : []
            }
            if keys == m.keys, !m.range.contains(where: { Grammar.dataNouns.contains(s.word($0)) || s.word($0).hasPrefix("personal") }) {
                things.formUnion(keys)
            }
            if keys == m.keys, !Grammar.dataNouns.contains(s.word(i)), !s.word(i).hasPrefix("personal"), isListMember(m, s) { ownWords.formUnion(keys) }
            if keys == m.keys, isQualifiedListMember(m, s) { qualifiedGeneric = qualifiedGeneric || keys.contains(where: generic) }
            if keys == m.keys, m.range.count > 1, isListMember(m, s) { namedCategories.formUnion(keys) }
            for k in keys {
                if spans.inExample(i) || apposition?.contains(i) == true { if !examples.contains(k) { examples.append(k) } }
                else if !head.contains(k) { head.append(k) }
            }
        }
        // "information from persons under 13": an age bound from above names children's data.
        if taxonomy[.data].contains("user.childrens"), !head.contains("user.childrens"), spans.ages.contains(where: { age in
            age.namesMinors && age.qualifiesPerson && ranges.contains { $0.contains(age.range.lowerBound) }
        }) { head.append("user.childrens") }
        // A category named beside one of its own kinds ("personal data or information from minors")
        // is read as the kind: the qualifier usually applies to both.
        func specific(_ keys: [String]) -> [String] {
            keys.filter { k in things.contains(k) || !keys.contains { $0 != k && tree.contains(k) && tree.covers(k, $0) } }
        }
        // An example the head does not cover is named besides it ("server logs, including IP addresses"); so is one only
        // the head's generic word covers, beside its kind ("information relating to your orders, including your card
        // number": the orders and the card).
        let named = specific(head)
        let added = named.allSatisfy(tree.contains)
            ? examples.filter { e in !named.contains { tree.covers($0, e) } } : []
        // "your e-mail, your name or any other information that could identify you": a prohibition that ends its list
        // with every other kind of data forbids it for all personal data; the named kinds alone would lose the rest.
        // A duty binds like a prohibition: "we delete all personal information, such as your e-mail address, after six
        // months" is a duty for all of it, not for the example.
        let binding = effect != .allow
        if binding, endsWithEveryOtherKind(ranges, s) { return ["user"] }
        // "We never sell your personal information or email address": beside kinds named by words of their own, personal
        // data in general is a member of its own; a prohibition read as the kinds alone would forbid less than the text.
        if binding, head.contains(where: generic), qualifiedGeneric || head.allSatisfy({ generic($0) || ownWords.contains($0) }) { return head.filter(generic) }
        // A category that is a member of the list in words of its own stays beside its kind: the prohibition names it whole
        // ("does not sell your email address or contact information" forbids selling the phone number too).
        if binding {
            let kept = specific(head.isEmpty ? examples : named + added)
            return kept + head.filter { k in namedCategories.contains(k) && !generic(k) && !kept.contains(k) }
        }
        // A permission reads a generic word ("information … including your IP address") as its examples, beside any kind
        // the head names ("server logs").
        let kinds = named.filter { !generic($0) }
        if examples.isEmpty || kinds.isEmpty { return specific(examples.isEmpty ? named : examples) }
        return specific(kinds + (kinds.allSatisfy(tree.contains) ? examples.filter { e in !kinds.contains { tree.covers($0, e) } } : []))
    }

    /// "any personal information – no username, no password": kinds set off by a dash or a colon after data named
    /// generically say what it includes, as examples do; up to the next dash, or the end of the clause.
    private func appositionAfterGenericData(in ranges: [Range<Int>], _ s: AnnotatedSentence) -> Range<Int>? {
        let marks: Set<String> = ["–", "—", "-", ":"]
        guard let m = s[.data].first(where: { m in
            m.keys == ["user"] && ranges.contains { $0.contains(m.range.lowerBound) } && marks.contains(s.word(m.range.upperBound))
        }), let range = ranges.first(where: { $0.contains(m.range.lowerBound) }) else { return nil }
        let start = m.range.upperBound + 1
        let end = (start..<range.upperBound).first { marks.contains(s.word($0)) } ?? range.upperBound
        return start..<max(start, end)
    }

    /// "… or registration information": a data phrase after one or two words of its own, joined to the one before it as
    /// a member of a list.
    private func isQualifiedListMember(_ m: PhraseMatch, _ s: AnnotatedSentence) -> Bool {
        guard Grammar.dataNouns.contains(s.word(m.range.lowerBound)) else { return false }
        var j = m.range.lowerBound - 1
        var qualifiers = 0
        while qualifiers < 2, j >= 0, !s.tokens[j].isPunctuation, !Grammar.coordinators.contains(s.word(j)), !Grammar.determiners.contains(s.word(j)),
              !Grammar.prepositions.contains(s.word(j)), !Grammar.auxiliaries.contains(s.word(j)), !Grammar.adverbs.contains(s.word(j)),
              ![Dimension.data, .action, .recipient].contains(where: { d in s[d].contains { $0.range.contains(j) } }) {
            qualifiers += 1
            j -= 1
        }
        while j >= 0, Grammar.determiners.contains(s.word(j)) { j -= 1 }
        return qualifiers > 0 && ["or", "and", "nor", ","].contains(s.word(j))
    }

    /// "… or your email address", "…, browsing history": a data phrase joined to the one before it as a member of a list.
    private func isListMember(_ m: PhraseMatch, _ s: AnnotatedSentence) -> Bool {
        var j = m.range.lowerBound - 1
        // ("… or personally-identifiable location information": a level said of the member is part of it.)
        while j >= 0, Grammar.determiners.contains(s.word(j)) || s[.identifiability].contains(where: { $0.range.contains(j) }) { j -= 1 }
        return ["or", "and", "nor", ","].contains(s.word(j))
    }

    /// The cookie named after "in" ("in your cookies", "in the cookie") when the act is keeping and personal data in
    /// general is what is kept there.
    private func cookieHolding(in ranges: [Range<Int>], _ s: AnnotatedSentence, verbs: Range<Int>) -> [String]? {
        let keeping = s[.action].contains { a in a.range.overlaps(verbs) && a.keys.contains { taxonomy[.action].covers("retain", $0) } }
        guard keeping else { return nil }
        let inRanges = s[.data].filter { m in ranges.contains { $0.contains(m.range.lowerBound) } }
        guard let cookie = inRanges.first(where: { m in
            m.keys.allSatisfy { taxonomy[.data].covers("user.device.cookie", $0) } && {
                var j = m.range.lowerBound - 1
                while Grammar.determiners.contains(s.word(j)) || ["your", "our", "its", "their"].contains(s.word(j)) { j -= 1 }
                return s.word(j) == "in"
            }()
        }) else { return nil }
        // Only personal data in general ("personal information"): a kind named ("your password") is what the ban is of,
        // and a second place ("in cookies or on our servers") is a ban of keeping it there too.
        let kept = inRanges.filter { $0.range.upperBound <= cookie.range.lowerBound }
        guard !kept.isEmpty, kept.allSatisfy({ $0.keys == ["user"] }),
              !(cookie.range.upperBound..<min(s.tokens.count, cookie.range.upperBound + 2)).contains(where: { Grammar.coordinators.contains(s.word($0)) })
        else { return nil }
        return cookie.keys
    }

    /// The words of a "with …", "to …" or "among …" phrase naming someone the taxonomy does not know, or a party named
    /// before ("with them").
    func unknownRecipient(in object: Range<Int>, _ s: AnnotatedSentence, _ spans: ClauseSpans) -> String? {
        for j in object where ["with", "to", "among", "between"].contains(s.word(j)) && !spans.isQualifier(j) && !spans.inExample(j) {
            var k = j + 1
            // "shared with, or collected by, advertisers": the recipient is named after what the next verb says.
            if j == object.lowerBound, k < s.tokens.count, s.tokens[k].isPunctuation { return s.word(j) + " …" }
            // "share it with them": parties named before, which the reading does not resolve.
            if ["them", "him", "her"].contains(s.word(k)) { return s.text(j..<(k + 1)) }
            while Grammar.determiners.contains(s.word(k)) { k += 1 }
            guard k < s.tokens.count, !s.tokens[k].isPunctuation, Int(s.word(k)) == nil,
                  !Grammar.readerPronouns.contains(s.word(k)), !Grammar.companyPronouns.contains(s.word(k)) else { continue }
            let named = Dimension.allCases.contains { d in d != .data && s[d].contains { $0.range.contains(k) } }
            // A data word here names a destination ("to countries"); any other unknown word does so only in the
            // phrase that completes the verb, right after it or its data ("share X with …"), not in "subject to …".
            let destination = s[.data].contains { $0.range.contains(k) }
            let completesVerb = j == object.lowerBound || s[.data].contains { $0.range.upperBound == j }
            if !named, destination || completesVerb { return s.text(j..<(k + 1)) }
        }
        return nil
    }

    /// "third-party information is used to …", "partner data": data another party's name qualifies, which came from it
    /// (cookies another party sets are still cookies).
    func namedBySource(_ ranges: [Range<Int>], _ s: AnnotatedSentence) -> Bool {
        s[.data].contains { m in
            ranges.contains { $0.contains(m.range.lowerBound) } && !m.keys.contains { $0.hasPrefix("user.device.cookie") }
                && s[.recipient].contains { r in
                    r.range.upperBound == m.range.lowerBound && !r.keys.contains("first_party") && !r.keys.contains("data_subject")
                        // ("disclose to third parties information about …": the receiver, then what it gets.)
                        && !["to", "with", "among", "between"].contains(s.word((0..<r.range.lowerBound).last { !Grammar.determiners.contains(s.word($0)) } ?? 0))
                }
        }
    }

    /// "by unsolicited e-mail", "via cookies", "through our servers", "in e-mail messages": a means of the act, not
    /// its object.
    func isMeans(_ m: PhraseMatch, _ s: AnnotatedSentence) -> Bool {
        let means = ["by", "via", "through", "in"]
        var j = m.range.lowerBound - 1
        while j >= m.range.lowerBound - 3, j >= 0, !s.tokens[j].isPunctuation, !means.contains(s.word(j)),
              !Grammar.prepositions.contains(s.word(j)) || Grammar.determiners.contains(s.word(j)) { j -= 1 }
        return means.contains(s.word(j))
    }

    /// "the cookies placed by third parties", "collected by, these third parties": who did something, named after
    /// "by", receives nothing.
    func isAgent(_ i: Int, _ s: AnnotatedSentence) -> Bool {
        var j = i - 1
        while Grammar.determiners.contains(s.word(j)) || s.word(j) == "," { j -= 1 }
        return s.word(j) == "by"
    }

    /// The party a passive names after "by" as the one acting, when it is not the company: a party the lexicon knows
    /// ("by Google", "by our partners"), one named before ("by them", "by these companies"), or the reader ("by you",
    /// "by your browser").
    func otherAgent(of p: Predicate, _ s: AnnotatedSentence) -> String? {
        var by = p.verbs.upperBound
        while Grammar.adverbs.contains(s.word(by)) { by += 1 }
        guard s.word(by) == "by" else { return nil }
        // "by many of our merchants": a part of the parties named acts as well.
        let partOf = { (r: PhraseMatch) in
            (by + 1..<r.range.lowerBound).allSatisfy { j in
                Grammar.determiners.contains(s.word(j)) || Grammar.quantityWords.contains(s.word(j)) || ["of", "most", "one"].contains(s.word(j))
            }
        }
        if let named = s[.recipient].first(where: { r in
            ((by + 1...by + 3).contains(r.range.lowerBound) && isAgent(r.range.lowerBound, s) || (by + 1...by + 6).contains(r.range.lowerBound) && partOf(r))
                && !r.keys.contains("first_party") && !r.keys.contains("data_subject")
        }) { return s.text(named.range) }
        let next = s.word(by + 1)
        if next == "them" { return next }
        // "stored by your web browser": what the reader's own software does is the reader's act.
        if next == "you" { return next }
        if next == "your" { return s.text(by + 1..<min(s.tokens.count, by + 3)) }
        // "may not be used by children under 13": people who use the site act themselves.
        // ("may not be used by, people under the age of 18": a comma may close an aside before them.)
        if Grammar.personNouns.contains(next) { return next }
        if next == ",", Grammar.personNouns.contains(s.word(by + 2)) { return s.word(by + 2) }
        if Grammar.pointingWords.contains(next), Grammar.partyNouns.contains(s.word(by + 2)) { return s.text(by + 1..<by + 3) }
        // "deleted by Facebook": a name that is not the company's own names another party.
        if s.tokens.indices.contains(by + 1), s.tokens[by + 1].isCapitalized, !companyNames.contains(CompanyNames.name(next)),
           !s[.data].contains(where: { $0.range.contains(by + 1) }) { return s.text(by + 1..<by + 2) }
        // "tracked by the sites you have opted out of", "by other websites": sites, not the company's own, act themselves.
        if let k = (by + 1...by + 2).first(where: { ["sites", "websites"].contains(s.word($0)) }),
           (by + 1..<k).allSatisfy({ ["the", "other", "those", "these", "such", "third-party"].contains(s.word($0)) }) {
            return s.text(by + 1..<k + 1)
        }
        return nil
    }

    /// "from Google Analytics", "through the use of a vendor", "via our partners": where data comes from or goes through.
    /// A later member of such a list is one too ("through cookies, log files and/or third parties").
    func isSourceOrMeans(_ i: Int, _ s: AnnotatedSentence) -> Bool {
        var j = i - 1
        while Grammar.determiners.contains(s.word(j)) { j -= 1 }
        if s.word(j) == "of", s.word(j - 1) == "use" { j -= 2; while Grammar.determiners.contains(s.word(j)) { j -= 1 } }
        if ["and", "or", ",", "/", "and/or"].contains(s.word(j)) {
            // Back over the list's members (nouns, commas, "and/or") to the preposition that opens it.
            var k = j
            while k >= 0, k > i - 16, !["from", "through", "via"].contains(s.word(k)) {
                if Grammar.prepositions.contains(s.word(k)) || [";", ":"].contains(s.word(k)) { return false }
                k -= 1
            }
            return k >= 0 && k > i - 16
        }
        return ["from", "through", "via"].contains(s.word(j))
    }

    /// "We do not collect personal information about anyone": the people the data is about receive nothing. A
    /// prohibition that named them as its recipient would forbid less than the text.
    func isWhomDataIsAbout(_ i: Int, _ s: AnnotatedSentence) -> Bool {
        var j = i - 1
        while Grammar.determiners.contains(s.word(j)) { j -= 1 }
        // "about you or others": people named beside the reader.
        if ["or", "and"].contains(s.word(j)), Grammar.readerPronouns.contains(s.word(j - 1)) {
            j -= 2
            while Grammar.determiners.contains(s.word(j)) { j -= 1 }
        }
        return ["about", "concerning", "regarding"].contains(s.word(j))
    }

    /// "transfer information to countries": what follows "to" or "with" in a disclosure is where it goes.
    func namesDestination(_ m: PhraseMatch, _ s: AnnotatedSentence) -> Bool {
        var j = m.range.lowerBound - 1
        while Grammar.determiners.contains(s.word(j)) { j -= 1 }
        return ["to", "with"].contains(s.word(j))
    }

    /// "email distribution service providers": a data word that opens a recipient's name
    /// qualifies the recipient and names no data.
    func modifiesRecipient(_ m: PhraseMatch, _ s: AnnotatedSentence) -> Bool {
        var j = m.range.upperBound
        while j < min(s.tokens.count, m.range.upperBound + 3), isPlainWord(j, s), !s[.recipient].contains(where: { $0.range.lowerBound == j }) { j += 1 }
        return s[.recipient].contains { r in
            r.range.lowerBound == j && r.keys.allSatisfy { taxonomy[.recipient].covers("third_party", $0) && $0 != "public" }
        }
    }

    /// A word that may stand inside a compound noun: no punctuation, grammar word or data phrase.
    func isPlainWord(_ j: Int, _ s: AnnotatedSentence) -> Bool {
        let w = s.word(j)
        return !s.tokens[j].isPunctuation && !Grammar.determiners.contains(w) && !Grammar.prepositions.contains(w)
            && !Grammar.coordinators.contains(w) && !Grammar.auxiliaries.contains(w) && !s[.data].contains { $0.range.contains(j) }
    }

    /// The part of an object that can name its data. When the object is a thing that is
    /// not data, data named in a phrase after it qualifies that thing, not the verb:
    /// "we employ industry standard protections for all such communications" uses no communications.
    func dataPart(of object: Range<Int>, _ s: AnnotatedSentence, effect: Effect) -> Range<Int> {
        // "personal information about customers who only browse, email comments …": a clause on the people the data is
        // about says which people they are; its words are no data of a prohibition, which holds for all their data. (A
        // permission keeps them, unread: it would otherwise reach people the clause leaves out.)
        if effect != .allow, let clause = clauseOnPeople(in: object, s) {
            return dataPart(of: object.lowerBound..<clause.lowerBound, s, effect: .allow)
        }
        guard let firstData = s[.data].first(where: { object.contains($0.range.lowerBound) })?.range.lowerBound else { return object }
        var sawThing = false
        for j in object.lowerBound..<firstData {
            let w = s.word(j)
            if s.tokens[j].isPunctuation || Grammar.coordinators.contains(w) { sawThing = false; continue }
            if Grammar.thingPrepositions.contains(w) {
                if sawThing { return object.lowerBound..<j }
                continue
            }
            // "technology that recognizes a signal from your browser": a clause that describes the thing used.
            if Grammar.relativePronouns.contains(w), sawThing { return object.lowerBound..<j }
            let named = [Dimension.recipient, .identifiability, .purpose, .context].contains { d in s[d].contains { $0.range.contains(j) } }
            if !named, !Grammar.determiners.contains(w), !Grammar.adverbs.contains(w), !Grammar.prepositions.contains(w), Int(w) == nil {
                sawThing = true
            }
        }
        return object
    }

    /// "initial of your …", "digits of the …": a word for a part of what follows "of".
    private func namesPart(before i: Int, _ s: AnnotatedSentence) -> Bool {
        var k = i - 1
        while Grammar.determiners.contains(s.word(k)) || ["your", "their", "his", "her", "its"].contains(s.word(k)) { k -= 1 }
        return s.word(k) == "of" && ["initial", "initials", "digits", "digit", "letters", "letter", "characters", "part", "portion", "fragment"].contains(s.word(k - 1))
    }

    /// "customers who …", "visitors whom …": a relative clause on people in the object, to its end. (Not one that gives
    /// their age, "visitors who are under 13": that names whose data it is, the children's.)
    func clauseOnPeople(in object: Range<Int>, _ s: AnnotatedSentence) -> Range<Int>? {
        guard let who = object.first(where: { i in
            i > object.lowerBound && ["who", "whom"].contains(s.word(i)) && Grammar.people.contains(s.word(i - 1))
        }) else { return nil }
        let clause = who..<object.upperBound
        return clause.contains(where: { Int(s.word($0)) != nil || ["age", "aged", "years"].contains(s.word($0)) }) ? nil : clause
    }

    /// "such information", "this information", "the information gathered": a reference back.
    func isAnaphoric(_ m: PhraseMatch, _ s: AnnotatedSentence) -> Bool {
        let first = s.word(m.range.lowerBound)
        let before = s.word(m.range.lowerBound - 1)
        let after = s.word(m.range.upperBound)
        // "information of this type", "data of that kind": the kind named before.
        if after == "of", ["this", "that", "such"].contains(s.word(m.range.upperBound + 1)),
           ["type", "kind", "sort", "nature"].contains(s.word(m.range.upperBound + 2)) { return true }
        // "the information we collect" is defined by its own clause, not by what came before.
        if ["that", "which", "we", "you", "about", "from", "of", "related", "necessary"].contains(after) { return false }
        // "the information Users provide about themselves": so is data the reader gives, whatever the reader is called.
        if Grammar.readerPronouns.contains(after), Grammar.givingVerbs.contains(s.word(m.range.upperBound + 1)) { return false }
        return ["such", "this", "these", "those"].contains(first)
            || (m.range.count == 1 && ["such", "this", "these", "those", "the", "that"].contains(before))
    }

    /// An object that opens with a pronoun for things ("them", "it") refers to data already named; so does the subject
    /// of an inverted passive (", nor will it be disclosed").
    func refersBack(_ object: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        guard let first = object.first(where: { !Grammar.adverbs.contains(s.word($0)) && !Grammar.auxiliaries.contains(s.word($0)) && s.word($0) != "nor" }) else { return false }
        return ["them", "it"].contains(s.word(first))
    }
}
