import Pledge

/// "use your data to send you …", "We use cookies to collect your IP address": an infinitive after "use" that names a
/// contact or a collection says what the use is. Its acts join the predicate's; a collection's own words name the data
/// collected (the used thing is its means).
struct UseChain {
    /// The predicate's acts and the ones the infinitives name.
    var actions: [String]
    /// Where the purpose spans of infinitives that say no more than their act open ("to contact you"): no purpose.
    var chained: Set<Int> = []
    /// The first collection named: its acts, its verb and its purpose span.
    var collection: (actions: [String], verb: Int, span: Range<Int>)? = nil
    /// Whether the use is a contact of the reader ("use your information to contact you for market research").
    var contacting = false
    /// The words of the first contact infinitive that says what the contact is about ("to contact you about new products"),
    /// up to the next infinitive joined to it ("and to improve our services").
    var contactScope: Range<Int>? = nil

    /// "use your information to track and analyze trends", "use cookies to collect and store information": the verb
    /// joined to the collection in its own infinitive, if any. An analysis says what the collection is for; an act
    /// names the data collected after it.
    func verbJoinedToCollection(_ s: AnnotatedSentence) -> Int? {
        guard let collection else { return nil }
        // (The span ends where the joined verb, read as a practice of its own, begins.)
        return (collection.verb + 1...collection.span.upperBound).first { j in
            ["and", "or"].contains(s.word(j - 1)) && (Grammar.analysisVerbs.contains(s.word(j)) || s[.action].contains { $0.range.lowerBound == j })
        }
    }

    static func read(_ p: Predicate, object: Range<Int>, infinitives: [(index: Int, actions: [String])], spans: ClauseSpans, _ s: AnnotatedSentence,
                     taxonomy: Taxonomy) -> UseChain {
        var result = UseChain(actions: p.actions)
        guard !p.negated, p.actions.contains("use") else { return result }
        let isContact = { (k: String) in taxonomy[.action].covers("contact", k) }
        for (i, keys) in infinitives where object.contains(i) {
            guard let span = spans.purposes.first(where: { $0.lowerBound == i - 1 }) else { continue }
            let chain = keys.filter { isContact($0) || taxonomy[.action].covers("collect", $0) }
            if chain.isEmpty { continue }
            if result.collection == nil, chain.allSatisfy({ taxonomy[.action].covers("collect", $0) }) { result.collection = (chain, i, span) }
            for k in chain where !result.actions.contains(k) { result.actions.append(k) }
            if chain.allSatisfy(isContact) { result.contacting = true }
            // "to contact you" says no more than the contact; "to send you order confirmations" names
            // a purpose, which must then be understood. What is collected ("to track visitors") is no purpose.
            let bare = !chain.allSatisfy(isContact) || span.dropFirst().allSatisfy { j in
                s.tokens[j].isPunctuation || Grammar.determiners.contains(s.word(j)) || s[.action].contains { $0.range.contains(j) }
            }
            if bare { result.chained.insert(i - 1) }
            if !bare, result.contactScope == nil, chain.allSatisfy(isContact) {
                let next = (i + 1..<span.upperBound).first { k in s.word(k) == "to" && ["and", "or", "and/or", ","].contains(s.word(k - 1)) }
                result.contactScope = i..<(next ?? span.upperBound)
            }
        }
        return result
    }
}
