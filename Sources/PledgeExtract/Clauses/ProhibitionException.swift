import Pledge

extension ClauseAnalyzer {
    /// Where a bare exception opens ("except our staff", "other than", "aside from", "but", ", only"), not a lifting condition
    /// ("except when …", "except as required by law"), which the conditions read.
    func exceptionStart(in range: Range<Int>, _ s: AnnotatedSentence) -> Int? {
        range.first { j in
            let w = s.word(j)
            // "…, but we may share": a word that only joins the next clause opens no exception.
            guard (j + 1..<range.upperBound).contains(where: { !s.tokens[$0].isPunctuation }) else { return false }
            if Grammar.conditionMarkers.contains(where: { s.has($0.words, at: j) }) { return false }
            // "for any other purpose than to process your order": "other … than" split around the purpose noun.
            let otherThan = w == "than" && Grammar.purposeNouns.contains(s.word(j - 1)) && Grammar.otherPurposeWords.contains(s.word(j - 2))
            // "We will not release individual information, only aggregate statistics": the alternative after a comma is
            // what the text does release, not what it bans.
            let alternative = w == "only" && s.word(j - 1) == ","
            let outside = w == "outside" && excludesParties(after: j, s)
            return otherThan || alternative || outside || Grammar.exceptionWords.contains(w) || Grammar.exceptionPhrases.contains { s.has($0, at: j) }
        }
    }

    /// "with anyone outside of our family of companies", "outside our affiliates": everyone but the parties named, set off
    /// by "of" or a determiner — not "outside companies", nor "outside our organization" or "outside of Acme", which name
    /// the other parties themselves.
    private func excludesParties(after j: Int, _ s: AnnotatedSentence) -> Bool {
        guard !s[.recipient].contains(where: { $0.range.contains(j) }) else { return false }
        var k = j + 1
        if s.word(k) == "of" { k += 1 }
        guard k > j + 1 || Grammar.determiners.contains(s.word(k)) else { return false }
        while Grammar.determiners.contains(s.word(k)) { k += 1 }
        let company = s.tokens.indices.contains(k) && s.tokens[k].isCapitalized && companyNames.contains(CompanyNames.name(s.word(k)))
        // "outside of our corporate family of companies": one word may describe the parties before their name.
        let describer = !s.tokens[min(k, s.tokens.count - 1)].isPunctuation && !Grammar.prepositions.contains(s.word(k))
            && !Grammar.coordinators.contains(s.word(k))
        return !company && s[.recipient].contains { r in
            (r.range.lowerBound == k || describer && r.range.lowerBound == k + 1) && !r.keys.contains("first_party")
        }
    }

    /// "to no one except our service providers": an exception is a permission, written only when every word of it is read
    /// (``exceptionScope``, ``statedException``); otherwise the prohibition is kept without it, which is stricter, and listed.
    func readException(_ range: Range<Int>, _ s: AnnotatedSentence, _ spans: ClauseSpans, predicate p: Predicate,
                       into statement: inout Statement, _ reading: inout SentenceReading) {
        if let carved = exceptionScope(range, s, spans, predicate: p, statement: statement) {
            statement.unless.append(contentsOf: carved)
        } else if CrossReferencedExceptions.refersToPolicy(range, s) {
            statement.exceptAsDescribed = true
        } else if let (stated, phrase) = statedException(range, s, spans) {
            statement.unless.append(contentsOf: stated)
            statement.statedRanges.append(phrase.range)
            reading.stated.append(phrase)
        } else {
            reading.loss = reading.loss ?? "the exception (\(s.word(range.lowerBound)) …) is not read; the prohibition is kept without it, which is stricter"
        }
    }

    /// "We disclose your data to no one except our service providers", "we do not share it other than to process your
    /// payment", "except with your consent or when the law requires it": what a prohibition's bare exception carves
    /// out. An exception to a prohibition is a permission, so it is held to a permission's guarantee: it names
    /// recipients, purposes or facts only, and every word of it is read (``UnreadWords``). Anything else ("except as
    /// described below", "except our staff", data of its own) gives nil, and the prohibition is kept whole.
    func exceptionScope(_ range: Range<Int>, _ s: AnnotatedSentence, _ spans: ClauseSpans,
                        predicate p: Predicate, statement: Statement) -> [Exception]? {
        let marker = (Grammar.exceptionPhrases.first { s.has($0, at: range.lowerBound) }?.count) ?? 1
        let body = (range.lowerBound + marker)..<range.upperBound
        // "… or when the law requires it": a condition inside the exception is one more case of it.
        let cases = spans.conditions.filter { body.overlaps($0.range) }
        guard !body.isEmpty, cases.allSatisfy({ !$0.facts.isEmpty }),
              !s[.data].contains(where: { body.contains($0.range.lowerBound) }) else { return nil }
        let plain = { (i: Int) in !cases.contains { $0.range.contains(i) } }
        let recipients = keys(.recipient, in: body, s) { plain($0) && !spans.inExample($0) }
        // Sharing within the company is no disclosure: "except our staff" carves out nothing a rule can name.
        guard !recipients.contains(where: { $0 == "first_party" || $0 == "data_subject" }) else { return nil }
        // "other than those service partners who help us provide the service": a party the taxonomy does not know,
        // described by what it does; what it does is no purpose of the exception, which is carved for that party only.
        if recipients.isEmpty, body.contains(where: { Grammar.partyNouns.contains(s.word($0)) && Grammar.relativePronouns.contains(s.word($0 + 1)) }) {
            return nil
        }
        let purposes = keys(.purpose, in: body, s) { i in plain(i) && (spans.inPurpose(i) || recipients.isEmpty) }
        let facts = ClauseSpans.facts(in: body, of: s, taxonomy: taxonomy).filter { f in
            // "other than for fraud prevention": words read as the purpose are not also a fact.
            s[.context].contains { m in
                m.keys.contains(f) && plain(m.range.lowerBound) && body.contains(m.range.lowerBound)
                    && !(purposes.isEmpty ? [] : s[.purpose]).contains { $0.range.overlaps(m.range) }
            }
        }
        var carved = statement
        carved.effect = .allow
        carved.recipients = recipients
        carved.purposes = purposes
        carved.when = facts + cases.flatMap(\.facts)
        guard !carved.when.isEmpty || !recipients.isEmpty || !purposes.isEmpty,
              UnreadWords.positions(in: body, s, predicate: p, spans: spans, statement: carved, taxonomy: taxonomy, companyNames: companyNames).isEmpty
        else { return nil }
        var result: [Exception] = []
        if !recipients.isEmpty || !purposes.isEmpty || !facts.isEmpty {
            result.append(Exception(scope: Scope(purpose: purposes.isEmpty ? nil : purposes, recipient: recipients.isEmpty ? nil : recipients),
                                    when: facts))
        }
        for fact in cases.flatMap(\.facts) where !result.contains(where: { $0.when == [fact] && $0.scope == Scope() }) {
            result.append(Exception(when: [fact]))
        }
        return result
    }

    /// "except to make the charges you authorised", "with the exception of the forum posts you choose to publish": an
    /// exception whose words no role reads in full, kept in the policy's own words as the fact that lifts the
    /// prohibition (like an exception opened by "unless"), so that the prohibition binds every operation that does not
    /// claim it. The recipients and purposes it names are read too and narrow it further ("except our zorblax
    /// partners" lifts only for partners, and only with the fact). Only under a marker that opens an exception
    /// ("except", "other than", "apart from" …; not "but" or "besides", which may join another promise); not when it
    /// opens a clause or a list ("except that:"), nor when it names the company or the reader ("except our staff"),
    /// to whom nothing is disclosed: nothing is carved out then.
    /// A lifting condition after it ("other than to deliver your order, without your consent") is one more case of
    /// the exception, as in ``exceptionScope``; any other condition inside it stays in its words, since cut off it would
    /// leave the exception wider.
    func statedException(_ range: Range<Int>, _ s: AnnotatedSentence, _ spans: ClauseSpans) -> (exceptions: [Exception], phrase: StatedPhrase)? {
        let opener = Grammar.exceptionPhrases.first { s.has($0, at: range.lowerBound) }?.count
            ?? (["except", "excepting", "excluding"].contains(s.word(range.lowerBound)) ? 1 : nil)
        guard let opener, range.count > opener, s.word(range.lowerBound + opener) != "that",
              !range.contains(where: { s.word($0) == ":" }) else { return nil }
        let cases = spans.conditions.filter { $0.lifts && !$0.facts.isEmpty && $0.range.lowerBound > range.lowerBound + opener && range.contains($0.range.lowerBound) }
        let end = cases.map(\.range.lowerBound).min() ?? range.upperBound
        let body = (range.lowerBound + opener)..<end
        // "other than those that we use to run the site": the company acting in a relative clause is not carved out.
        var recipients = keys(.recipient, in: body, s) { i in
            !spans.inExample(i) && !(Grammar.companyPronouns.contains(s.word(i)) && Grammar.relativePronouns.contains(s.word(i - 1)))
        }
        // "except our staff", "except to you": the company or the reader as the one excepted, right after the marker. Named
        // further on ("apart from information which you volunteer", "except to enable our system to …") they are words
        // of the exception, no recipient of it.
        var k = body.lowerBound
        while ["to", "with", "for", "among", "between", "the", "our", "your", "own", "its", "their", "all", "any"].contains(s.word(k)) { k += 1 }
        let excepted = keys(.recipient, in: body.lowerBound..<min(body.upperBound, k + 1), s) { _ in true }
        guard !excepted.contains(where: { $0 == "first_party" || $0 == "data_subject" }) else { return nil }
        recipients.removeAll { $0 == "first_party" || $0 == "data_subject" }
        let others = cases.flatMap(\.facts).map { Exception(when: [$0]) }
        // "other than for the express purpose of managing your account": the purpose, in its words, is what lifts the
        // prohibition — not a fact worded "other than …", which would hold for every other purpose.
        // Its words after "for the (express) purpose of" name it.
        let named = body.prefix(5).first { Grammar.purposeNouns.contains(s.word($0)) && s.word($0 + 1) == "of" }.map { ($0 + 2)..<body.upperBound } ?? body
        if recipients.isEmpty, spans.opensPurpose(at: body.lowerBound, s), !named.isEmpty,
           let purpose = StatedPhrase.read(named, s, as: .purpose, taxonomy: taxonomy) {
            return ([Exception(scope: Scope(purpose: [purpose.name]))] + others, purpose)
        }
        // The fact is the case excepted, without its opener: claiming "other_than_responding_to_you" would claim the very
        // case the prohibition binds.
        guard let phrase = StatedPhrase.read(body, s, as: .context, taxonomy: taxonomy) else { return nil }
        let purposes = keys(.purpose, in: body, s) { spans.inPurpose($0) }
        let scope = Scope(purpose: purposes.isEmpty ? nil : purposes, recipient: recipients.isEmpty ? nil : recipients)
        return ([Exception(scope: scope, when: [phrase.name])] + others, phrase)
    }
}
