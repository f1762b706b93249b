import Pledge

/// "Other than to its employees, contractors and affiliated organizations, as described above, Acme discloses such
/// information only in response to a subpoena": an exception set before the clause, naming the parties the
/// prohibition does not reach. Its parties lift the prohibitions the sentence states — unless a reference after it ("as
/// described above") points to where they were described, and limited.
struct LeadingException {
    /// The exception's words: its marker, its parties, the reference after them, up to the comma that ends it.
    let range: Range<Int>
    /// The exception its parties make (``exception(parties:_:)``).
    let exception: Exception

    /// The exception a sentence opens with, if any: "Other than to …," / "Apart from …," / "Except for …," — only one
    /// whose every word is read (``exception(parties:_:)``); "Except as provided in this policy," is a condition.
    static func find(in s: AnnotatedSentence) -> LeadingException? {
        guard let (start, comma) = opening(s) else { return nil }
        // ", as described above,": the parties as described elsewhere, with whatever limits them there, which are not
        // read here; lifted for the parties alone, the prohibition would reach less than the text.
        if reference(after: comma, s) != nil { return nil }
        return exception(parties: start..<comma, s).map { LeadingException(range: 0..<comma + 1, exception: $0) }
    }

    /// ", as described above,": the comma that ends a reference right after the exception's comma, if there is one.
    private static func reference(after comma: Int, _ s: AnnotatedSentence) -> Int? {
        guard let marker = Grammar.conditionMarkers.first(where: { !$0.lifts && $0.words.first == "as" && s.has($0.words, at: comma + 1) })
        else { return nil }
        let after = comma + 1 + marker.words.count
        guard let close = (after..<min(s.tokens.count, after + 3)).first(where: { s.word($0) == "," }),
              (after..<close).allSatisfy({ Grammar.referencePlaces.contains(s.word($0)) || ["in", "this", "policy"].contains(s.word($0)) })
        else { return nil }
        return close
    }

    /// The words of any exception the sentence opens with, read or not ("Except for information you provide when you
    /// register, …"): what they name (a condition, data) belongs to the exception, never to the clause after it.
    /// Not a condition opened the same way ("Except as required by law, …", "Except when you consent, …").
    static func words(in s: AnnotatedSentence) -> Range<Int>? {
        guard !Grammar.conditionMarkers.contains(where: { s.has($0.words, at: 0) }) else { return nil }
        return opening(s).map { 0..<((reference(after: $0.comma, s) ?? $0.comma) + 1) }
    }

    /// Where what an opening exception names starts (after "other than to"), and the comma that ends it.
    private static func opening(_ s: AnnotatedSentence) -> (start: Int, comma: Int)? {
        let opener = Grammar.exceptionPhrases.first { s.has($0, at: 0) }?.count ?? (s.word(0) == "except" ? 1 : nil)
        guard let opener else { return nil }
        var start = opener
        if ["to", "for", "with"].contains(s.word(start)) { start += 1 }
        guard let comma = (start..<s.tokens.count).first(where: { s.word($0) == "," && !isListComma($0, s) }), comma > start else { return nil }
        return (start, comma)
    }

    /// "employees, contractors and affiliated organizations": a comma inside a list of parties, not the one that ends it.
    private static func isListComma(_ i: Int, _ s: AnnotatedSentence) -> Bool {
        let ahead = i + 1..<min(s.tokens.count, i + 5)
        return ahead.contains { ["and", "or"].contains(s.word($0)) }
            && !ahead.contains { j in s.word(j) == "," || Grammar.conditionMarkers.contains { s.has($0.words, at: j) } }
    }

    /// The exception its parties make: every word of them a party the vocabulary names (the company's own staff carve out
    /// nothing, since what stays within the company is no disclosure), or a joining word; nil otherwise.
    private static func exception(parties: Range<Int>, _ s: AnnotatedSentence) -> Exception? {
        let named = s[.recipient].filter { parties.contains($0.range.lowerBound) && $0.range.upperBound <= parties.upperBound }
        let read = Set(named.flatMap { Array($0.range) })
        guard parties.allSatisfy({ read.contains($0) || s.tokens[$0].isPunctuation || Grammar.coordinators.contains(s.word($0))
                  || Grammar.determiners.contains(s.word($0)) || ["its", "our", "their"].contains(s.word($0)) }) else { return nil }
        var recipients: [String] = []
        for key in named.flatMap(\.keys) where key != "first_party" && key != "data_subject" && !recipients.contains(key) { recipients.append(key) }
        return recipients.isEmpty ? nil : Exception(scope: Scope(recipient: recipients))
    }
}
