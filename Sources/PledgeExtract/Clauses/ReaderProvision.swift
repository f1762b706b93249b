import Pledge

/// The company's collection stated with the reader as the one who acts: what the reader gives the company is what
/// the company collects. "You provide us with your name", "you are required to provide", "you may choose to give us",
/// "you may be asked to provide", "you will need to submit", and the company's request "we require you to submit"
/// each state that the company collects what is given, under the sentence's own conditions and purposes. The reading
/// is the company's collection predicate in place of the reader's act, so that every other word of the clause is
/// held to a permission's guarantee as usual.
///
/// What the reader need not give ("you are not required to provide"), gives to someone else ("you may share your
/// photos with advertisers"), or does inside a condition ("if you choose not to provide") states no practice of the
/// company: no rule. Advice ("you should not provide") is left to the hypothetical mood, which yields none either.
enum ReaderProvision {
    enum Reading {
        /// The company collects what is given: the predicate to read in place of the reader's act.
        case collection(Predicate)
        /// The reader's giving states no practice of the company, for the reason given.
        case noPractice(String)
    }

    /// The sentence's predicates with the reader's giving read as the company's collection, the passive subjects cut
    /// at a relative clause of giving made whole, and, by verb index, why a reader's giving states no practice.
    static func apply(to found: [Predicate], _ s: AnnotatedSentence) -> (predicates: [Predicate], noPractice: [(index: Int, reason: String)]) {
        var predicates = found
        var noPractice: [(index: Int, reason: String)] = []
        for i in s.tokens.indices where Grammar.givingVerbs.contains(s.word(i)) && !s[.data].contains(where: { $0.range.contains(i) }) {
            switch read(verb: i, s) {
            case .collection(let p):
                // "we will request that you provide": the request is read with the collection it asks for.
                predicates.removeAll { $0.verbs.overlaps(p.groupStart..<p.verbs.upperBound) }
                predicates.append(p)
            case .noPractice(let reason):
                // Kept as a predicate that yields no rule, so that it still ends the clause before it ("Users must
                // provide a username, but may or may not provide other details").
                for k in predicates.indices where predicates[k].verbs.contains(i) { predicates[k].mood = .hypothetical }
                noPractice.append((i, reason))
            case nil: break
            }
        }
        for k in predicates.indices where predicates[k].passive {
            if let whole = relativeSource(predicates[k].subject, s) { predicates[k].subject = whole }
        }
        return (predicates.sorted { $0.verbs.lowerBound < $1.verbs.lowerBound }, noPractice)
    }

    /// The reading of a giving verb at `verb` whose subject is the reader, or who is asked by the company to give;
    /// nil when the verb is not in such a form.
    static func read(verb: Int, _ s: AnnotatedSentence) -> Reading? {
        let match = verb..<(verb + 1)
        var group = VerbGroup()
        var j = group.walk(from: verb - 1, s)
        // "You will be given the opportunity": a passive giving, in which the reader receives.
        if (j + 1..<verb).contains(where: { Grammar.beForms.contains(s.word($0)) }) { return nil }
        var subject: Range<Int>
        // "we require you to submit", "we may ask you to provide", "we will request that you provide": the company asks;
        // the company collects.
        let reader = s.word(j) == "to" ? j - 1 : j
        if Grammar.readerPronouns.contains(s.word(reader)) {
            let asking = Grammar.requestingVerbs.contains(s.word(reader - 1)) ? reader - 1
                : s.word(reader - 1) == "that" && Grammar.requestingVerbs.contains(s.word(reader - 2)) ? reader - 2 : nil
            if let asking {
                j = group.walk(from: asking - 1, s)
                guard Grammar.companyPronouns.contains(s.word(j)), opensClause(j, s) else { return nil }
                // "we ask that you do not send us account numbers": advice to the reader, no promise of the company.
                if group.negated { return .noPractice("the reader is asked not to give the data (\(s.text(reader..<match.upperBound)) …): no practice of the company is stated") }
                subject = j..<(j + 1)
                return .collection(predicate(match, subject: subject, group, negated: false))
            }
        }
        // "You have the option of providing", "we give you the opportunity to provide": the reader is offered a choice
        // to give; what is given, the company collects.
        if ["to", "of"].contains(s.word(j)), Grammar.choiceWords.contains(s.word(j - 1)) {
            guard let offer = choiceOffered(at: j - 1, s) else { return nil }
            // "you have the option to not provide …": a choice not to give is no collection either.
            if offer.group.negated || group.negated { return .noPractice("the reader is offered no choice to give the data (\(s.text(offer.subject.lowerBound..<match.upperBound)) …): no practice of the company is stated") }
            if let other = otherRecipient(after: match.upperBound, s) {
                return .noPractice("the reader gives the data to another party (\(other)), which is no practice of the company")
            }
            return .collection(predicate(match, subject: offer.subject, offer.group, negated: false))
        }
        if s.word(j) == "to" {
            guard Grammar.givingGovernors.contains(s.word(j - 1)) else { return nil }
            j = group.walk(from: j - 2, s)
        }
        guard let reader = readerSubject(endingAt: j, s) else { return nil }
        subject = reader
        if group.mood == .hypothetical { return nil }
        if group.negated { return .noPractice("the reader need not give the data (\(s.text(reader.upperBound..<match.upperBound)) …): no practice of the company is stated") }
        if let other = otherRecipient(after: match.upperBound, s) {
            return .noPractice("the reader gives the data to another party (\(other)), which is no practice of the company")
        }
        return .collection(predicate(match, subject: subject, group, negated: false))
    }

    /// "The information that you submit is stored": a passive whose subject, cut at "that", is the reader giving;
    /// the data it names is the noun phrase before "that", which the clause only says comes from the reader.
    static func relativeSource(_ subject: Range<Int>, _ s: AnnotatedSentence) -> Range<Int>? {
        guard let start = subject.first, Grammar.relativePronouns.contains(s.word(start - 1)), Grammar.readerPronouns.contains(s.word(start)),
              subject.contains(where: { Grammar.givingVerbs.contains(s.word($0)) }),
              // Nothing but the giving: "that you submit in these areas" says which data, and is left unread.
              subject.allSatisfy({ i in Grammar.readerPronouns.contains(s.word(i)) || Grammar.auxiliaries.contains(s.word(i))
                  || Grammar.adverbs.contains(s.word(i)) || ["to", "with", "us"].contains(s.word(i)) || Grammar.givingVerbs.contains(s.word(i)) })
        else { return nil }
        var k = start - 2
        while k >= 0, !s.tokens[k].isPunctuation, !Grammar.clauseOpeners.contains(s.word(k)) || Grammar.determiners.contains(s.word(k)) { k -= 1 }
        let head = (k + 1)..<(start - 1)
        guard s[.data].contains(where: { head.contains($0.range.lowerBound) }) else { return nil }
        return head.lowerBound..<subject.upperBound
    }

    /// "information (that) you voluntarily provide to us", "the details you choose to submit", "the address you enter":
    /// a relative clause on
    /// data that says only that the reader gave it. It names data collected from the reader, which the data phrase
    /// before it reads; its own words limit nothing more. Anything else in it ("that you provide in these areas") is
    /// outside the ranges returned, and so read, or not, like any other word. After an exclusive word ("we will only
    /// collect information that you provide") the source is the limit, which no rule can name: no range is returned.
    static func sourceClauses(_ s: AnnotatedSentence) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for d in s[.data] where !(0..<d.range.lowerBound).contains(where: { Grammar.exclusive.contains(s.word($0)) }) {
            var k = d.range.upperBound
            if Grammar.relativePronouns.contains(s.word(k)) { k += 1 }
            guard Grammar.readerPronouns.contains(s.word(k)) else { continue }
            let start = k
            k += 1
            while Grammar.auxiliaries.contains(s.word(k)) || Grammar.adverbs.contains(s.word(k))
                    || Grammar.givingGovernors.contains(s.word(k)) && s.word(k + 1) == "to" || s.word(k) == "to" && Grammar.givingVerbs.contains(s.word(k + 1)) { k += 1 }
            guard Grammar.givingVerbs.contains(s.word(k)) || Grammar.enteringVerbs.contains(s.word(k)),
                  !(start..<k).contains(where: { Grammar.negations.contains(s.word($0)) }) else { continue }
            k += 1
            if s.word(k) == "us" { k += 1 } else if ["to", "with"].contains(s.word(k)), s.word(k + 1) == "us" { k += 2 }
            ranges.append(start..<k)
        }
        return ranges
    }

    /// The company's collection, whose verb group takes in the subject that states it ("you are required to provide",
    /// "a user must submit", "we require you to submit"): those words are read with it, and name no other actor.
    private static func predicate(_ match: Range<Int>, subject: Range<Int>, _ group: VerbGroup, negated: Bool) -> Predicate {
        Predicate(actions: ["collect"], verbs: match, groupStart: subject.lowerBound, subject: subject.lowerBound..<subject.lowerBound,
                  mood: group.mood == .hypothetical ? .factual : group.mood, negated: negated, passive: false, actor: .company, antecedent: nil)
    }

    /// Who is offered the choice named at `choice` ("option", "opportunity"), with the verb group that offers it: the
    /// reader who has it ("you (may) have the option"), is given it ("you will be given the opportunity"), or is
    /// given it by the company ("we (may) offer you the opportunity"). The subject runs to the choice word, so that its
    /// words are read with the collection.
    private static func choiceOffered(at choice: Int, _ s: AnnotatedSentence) -> (subject: Range<Int>, group: VerbGroup)? {
        var k = choice - 1
        while ["the", "an", "a"].contains(s.word(k)) { k -= 1 }
        var group = VerbGroup()
        let w = s.word(k)
        if ["have", "has"].contains(w) || ["given", "offered", "provided"].contains(w) {
            if ["given", "offered", "provided"].contains(w), !Grammar.beForms.contains(s.word(k - 1)) { return nil }
            let j = group.walk(from: k - 1, s)
            guard let reader = readerSubject(endingAt: j, s) else { return nil }
            return (reader.lowerBound..<choice, group)
        }
        if Grammar.people.contains(w),
           ["give", "gives", "offer", "offers", "provide", "provides"].contains(s.word(k - 1)) {
            let j = group.walk(from: k - 2, s)
            guard Grammar.companyPronouns.contains(s.word(j)), opensClause(j, s) else { return nil }
            return (j..<choice, group)
        }
        return nil
    }

    /// "you", "users", "a customer", "all users" ending at `j` and opening its clause.
    private static func readerSubject(endingAt j: Int, _ s: AnnotatedSentence) -> Range<Int>? {
        guard Grammar.readerPronouns.contains(s.word(j)) else { return nil }
        let start = s.word(j) != "you" && Grammar.determiners.contains(s.word(j - 1)) && s.word(j - 1) != "you" ? j - 1 : j
        return opensClause(start, s) ? start..<(j + 1) : nil
    }

    /// Whether a subject at `i` opens a main clause: first in the sentence, after a clause mark, or after a
    /// word that joins clauses ("…, and you", "when you …, you"). "the information you provide" is a relative clause.
    private static func opensClause(_ i: Int, _ s: AnnotatedSentence) -> Bool {
        i == 0 || [",", ";", ":", "("].contains(s.word(i - 1)) || (Grammar.clauseOpeners.contains(s.word(i - 1)) && !Grammar.relativePronouns.contains(s.word(i - 1)))
    }

    /// "provide your e-mail address to other members", "share your photos with advertisers": a recipient after "to"
    /// or "with" in the rest of the clause that is not the company. "provide personal information to them": the
    /// company never names itself "them", so the pronoun is another party too.
    private static func otherRecipient(after end: Int, _ s: AnnotatedSentence) -> String? {
        let stop = (end..<s.tokens.count).first { [";", "."].contains(s.word($0)) } ?? s.tokens.count
        if let them = (end..<stop).first(where: { ["to", "with"].contains(s.word($0)) && s.word($0 + 1) == "them" }) {
            return s.text(them..<(them + 2))
        }
        for r in s[.recipient] where (end..<stop).contains(r.range.lowerBound) && !r.keys.contains("first_party") && !r.keys.contains("data_subject") {
            var k = r.range.lowerBound - 1
            while Grammar.determiners.contains(s.word(k)) { k -= 1 }
            if ["to", "with"].contains(s.word(k)) { return s.text(k..<r.range.upperBound) }
        }
        return nil
    }
}
