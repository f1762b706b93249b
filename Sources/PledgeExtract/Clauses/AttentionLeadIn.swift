/// "Please note that we will not sell …", "You should be aware that we may disclose …": a request for the reader's
/// attention that opens the sentence (or a clause after a comma: "However, please note that we …") says nothing of its
/// own; the clause after its "that" is the company's statement, and its words limit nothing.
enum AttentionLeadIn {
    /// The lead-in, with its "that", right before the company's pronoun at `pronoun`.
    static func range(before pronoun: Int, in s: AnnotatedSentence) -> Range<Int>? {
        guard pronoun > 0, s.word(pronoun - 1) == "that", Grammar.companyPronouns.contains(s.word(pronoun)) else { return nil }
        for lead in Grammar.attentionLeads {
            let start = pronoun - 1 - lead.count
            if s.has(lead, at: start), start == 0 || [",", ":", ";"].contains(s.word(start - 1)) { return start..<pronoun }
        }
        return nil
    }
}
