import Pledge

/// Sentences that speak of a practice no rule can hold, listed so that a reviewer sees them rather than lose them
/// silently: a choice the reader makes in the browser ("You can set your browser to refuse cookies"), and a purpose
/// given for the practice of the sentence before ("This is to help us understand how visitors use the site").
enum ListedStatement {
    static func reason(_ s: AnnotatedSentence) -> String? {
        let words = s.tokens.map(\.lower)
        let cookies = s[.data].contains { m in m.keys.contains { $0.hasPrefix("user.device.cookie") } }
        if cookies, words.contains(where: { $0 == "browser" || $0 == "browsers" }), words.contains(where: Grammar.browserChoiceVerbs.contains),
           words.contains(where: { $0 == "you" || $0 == "your" }) {
            return "a choice the reader makes in the browser (\(s.text(0..<min(s.tokens.count, 8))) …): no promise of the company is stated"
        }
        // "This is to …", "This helps us …", "This allows us to …": what "this" is, the sentence before says.
        if ["this", "these", "that", "it"].contains(s.word(0)), Grammar.purposeGivingVerbs.contains(s.word(1)),
           !s[.purpose].isEmpty || s.word(2) == "to" || s.word(2) == "us" {
            return "a purpose given for the practice of the sentence before (\(s.text(0..<min(s.tokens.count, 6))) …) is not read with it"
        }
        return nil
    }
}
