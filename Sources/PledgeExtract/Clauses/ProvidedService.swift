import Pledge

/// "to bill you for the products and services you bought", "to provide our products and services": the products and
/// services the reader obtained, or the company provides, are the service it runs; in "interest in products and
/// services" they are what is measured. Such a phrase names no marketing of them; read as a marketing purpose, a
/// permission would cover advertising the text never mentions.
enum ProvidedService {
    /// Whether the marketing phrase at `i` names what is provided or obtained.
    static func names(at i: Int, _ s: AnnotatedSentence, taxonomy: Taxonomy) -> Bool {
        s[.purpose].contains { m in
            guard m.range.contains(i), m.keys.contains(where: { taxonomy[.purpose].covers("marketing", $0) }) else { return false }
            // "to deliver relevant advertising": what is delivered is marketing; only products and services are the service.
            // "to provide you with information about our products": information about them is marketing, not them.
            let offering = m.range.contains { ["product", "products", "service", "services"].contains(s.word($0)) }
                && !Grammar.dataNouns.contains(s.word(m.range.lowerBound))
            return offering && (obtained(after: m.range.upperBound, s) || provided(before: m.range.lowerBound, s) || gauged(before: m.range.lowerBound, s))
        }
    }

    /// "contact you regarding our services": a message whose topic is the service notifies of it; read as running the
    /// service, the use that sends it would be allowed for every purpose the service has.
    static func noticed(_ purposes: [String], _ s: AnnotatedSentence) -> [String] {
        guard purposes == ["essential.service"], s[.purpose].contains(where: { m in
            var j = m.range.lowerBound - 1
            while Grammar.determiners.contains(s.word(j)) || ["our", "its", "their"].contains(s.word(j)) { j -= 1 }
            return m.keys == ["essential.service"] && Grammar.topicMarkers.contains(s.word(j))
        }) else { return purposes }
        return ["essential.service.notifications"]
    }

    /// "to deliver personalized experiences", "providing targeted ads": a providing verb whose object is itself a purpose
    /// names no purpose of its own — read as running the service, it would allow every use the service needs.
    static func deliversPurpose(at i: Int, _ s: AnnotatedSentence, taxonomy: Taxonomy) -> Bool {
        s[.purpose].contains { m in
            guard m.range.contains(i), m.range.allSatisfy({ s.word($0) == "to" || Grammar.providingVerbs.contains(s.word($0)) }) else { return false }
            var k = m.range.upperBound
            while Grammar.determiners.contains(s.word(k)) || ["our", "your", "its", "their", "you", "with"].contains(s.word(k)) { k += 1 }
            return s[.purpose].contains { $0.range.lowerBound == k } && !names(at: k, s, taxonomy: taxonomy)
        }
    }

    /// "… you bought", "… that you ordered".
    private static func obtained(after end: Int, _ s: AnnotatedSentence) -> Bool {
        var k = end
        if Grammar.relativePronouns.contains(s.word(k)) { k += 1 }
        guard Grammar.readerPronouns.contains(s.word(k)) else { return false }
        k += 1
        while Grammar.auxiliaries.contains(s.word(k)) || Grammar.adverbs.contains(s.word(k)) { k += 1 }
        return Grammar.obtainingVerbs.contains(s.word(k))
    }

    /// "to assess user interest in various products and services": the reader's interest in them is what is measured;
    /// the products are its topic, not what is marketed.
    private static func gauged(before start: Int, _ s: AnnotatedSentence) -> Bool {
        (max(1, start - 6)..<start).contains { k in s.word(k) == "in" && ["interest", "interests"].contains(s.word(k - 1)) }
            && !(max(0, start - 6)..<start).contains { [",", ";", "."].contains(s.word($0)) }
    }

    /// "provide our …", "deliver the …", "to operate and improve our …".
    private static func provided(before start: Int, _ s: AnnotatedSentence) -> Bool {
        var k = start - 1
        while k >= 0, Grammar.determiners.contains(s.word(k)) || ["our", "your", "its", "their", "with"].contains(s.word(k)) { k -= 1 }
        if s.word(k) == "you" { k -= 1 }   // "provide you with our products"
        return k >= 0 && Grammar.providingVerbs.contains(s.word(k))
    }
}
