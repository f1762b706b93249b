import Pledge

extension ClauseAnalyzer {
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
}
