import Pledge

/// The names by which a policy calls the company, so that "Acme collects …" is the company's own practice and "Acme"
/// elsewhere in its clause is no word left unread. All of them come from the text, so the same text always gives the
/// same names wherever it is stored:
/// - the words of the title that are no title words ("Acme.com Privacy Policy", "Acme-Privacy Policy");
/// - a name the policy gives itself: 'Acme Inc. ("we", "us")', "Privacy Policy for www.acme.com", or where it
///   opens, 'Acme Widgets Ltd ("Acme")';
/// - when neither names one, the name the policy most often makes the subject of a sentence ("ACME collects …", "ACME
///   may share …"), if it does so three times or more.
///
/// With no name at all, any capitalised name acting as subject is taken for the company (``ClauseAnalyzer``).
enum CompanyNames {
    /// How often a name must open a sentence as its subject to be taken for the company's.
    private static let subjectCount = 3

    static func of(title: String?, _ sentences: [AnnotatedSentence]) -> Set<String> {
        var names = inTitle(title)
        // The sentences, and the headings they stand under ("**Privacy Policy for www.acme.com**").
        let headings = Set(sentences.compactMap(\.sentence.section)).sorted()
        for tokens in sentences.map(\.tokens) + headings.map({ Tokenizer.tokens($0) }) { names.formUnion(declared(in: tokens)) }
        for s in sentences.prefix(3) { names.formUnion(shortName(in: s.tokens)) }
        if names.isEmpty, let subject = frequentSubject(sentences) { names.insert(subject) }
        return names
    }

    /// "ClickTale™", "Acme.com", "www.acme.com", "Acme's": a name without marks, its domain or a possessive.
    static func name(_ word: String) -> String {
        var name = word.hasPrefix("www.") ? String(word.dropFirst(4)) : word
        name = String(name.prefix { $0 != "." })
        if name.hasSuffix("'s") { name.removeLast(2) }
        return String(name.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }

    /// A web address written as a word ("www.acme.com", "acme.co.uk"): a name even when not capitalised.
    static func isDomain(_ token: Token) -> Bool {
        let parts = token.lower.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
            && parts.last!.count >= 2 && parts.last!.allSatisfy(\.isLetter)
    }

    /// The words of a title that name the company ("ClickAndChat.com Privacy Policy" → clickandchat; "Acme-Privacy
    /// Policy" → acme).
    /// Words written apart are joined too ("Gadget Review" → gadgetreview), and so is a whole part of the title with no
    /// title word, small words included ("Privacy Statement - Cha-Ching on a Shoestring" → chachingonashoestring).
    private static func inTitle(_ title: String?) -> Set<String> {
        var names = Set<String>(), run: [String] = []
        let tokens = Tokenizer.tokens(title ?? "")
        var part: [Token] = []
        for token in tokens + [Token(text: "|", lower: "|", stem: "|", isPunctuation: true, isCapitalized: false)] {
            guard token.isPunctuation else { part.append(token); continue }
            if part.count > 1, !part.contains(where: { Grammar.titleWords.contains($0.lower) }) {
                let whole = part.map { name($0.lower) }.joined()
                if !whole.isEmpty { names.insert(whole) }
            }
            part = []
        }
        for token in tokens {
            guard token.isCapitalized || isDomain(token) else { run = []; continue }
            for part in token.lower.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "|" }).map(String.init) {
                guard !Grammar.titleWords.contains(part) else { run = []; continue }
                let n = name(part)
                guard !n.isEmpty else { continue }
                names.insert(n)
                run.append(n)
                if run.count > 1 { names.insert(run.joined()) }
            }
        }
        return names
    }

    /// 'Acme Inc. ("we", "us")', "Privacy Policy for www.acme.com": a name the policy declares for itself.
    private static func declared(in tokens: [Token]) -> [String] {
        func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }
        var result: [String] = []
        for i in tokens.indices {
            // "Acme ("we", "us" …)": the capitalised words just before a bracket that names the company's pronouns.
            if word(i) == "(", let close = (i + 1..<min(tokens.count, i + 20)).first(where: { word($0) == ")" }),
               (i + 1..<close).contains(where: { ["we", "us"].contains(word($0)) }) {
                var j = i - 1
                while j >= 0, j >= i - 3, tokens[j].isCapitalized || isDomain(tokens[j]) {
                    if !Grammar.titleWords.contains(word(j)) { result.append(name(word(j))) }
                    j -= 1
                }
                // '("KMH", "we", "our", or "us")': a short name given beside the pronouns.
                for k in i + 1..<close where tokens[k].isCapitalized && !tokens[k].isPunctuation
                    && !["we", "us", "our", "or", "and", "the", "company"].contains(word(k)) && !Grammar.titleWords.contains(word(k)) {
                    result.append(name(word(k)))
                }
            }
            // "This website is owned by Acme Seed Company, Inc.", "The Acme Website and the Applications are owned and
            // operated by Acme": whoever owns the service the policy is about is the company.
            if ["owned", "operated"].contains(word(i)), Grammar.beForms.contains(word(i - 1)),
               (max(0, i - 8)..<(i - 1)).contains(where: { Grammar.serviceNouns.contains(word($0)) }),
               !(max(0, i - 8)..<(i - 1)).contains(where: { ["other", "others", "third", "linked", "external"].contains(word($0)) }),
               let by = (i + 1..<min(tokens.count, i + 4)).first(where: { word($0) == "by" }) {
                var j = by + 1
                while j < tokens.count, j < by + 7, tokens[j].isCapitalized || word(j) == "." || word(j) == "," && j + 1 < tokens.count && tokens[j + 1].isCapitalized {
                    if tokens[j].isCapitalized, !Grammar.titleWords.contains(word(j)) { result.append(name(word(j))) }
                    j += 1
                }
            }
            // "Privacy Policy for www.acme.com": the name the policy is for.
            if word(i) == "for", ["policy", "statement", "notice"].contains(word(i - 1)), word(i - 2) == "privacy",
               i + 1 < tokens.count, tokens[i + 1].isCapitalized || isDomain(tokens[i + 1]) {
                result.append(name(word(i + 1)))
            }
        }
        return result.filter { !$0.isEmpty }
    }

    /// 'Acme Widgets Pty Ltd ("Acme") has adopted …': the short name a company of a legal form is given in brackets,
    /// and its own words; '(hereafter “Acme”)' as well. Only where the policy opens: further on, such a name is as likely another company's
    /// ('Google Analytics is provided by Google, Inc. ("Google")').
    private static func shortName(in tokens: [Token]) -> [String] {
        func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }
        var result: [String] = []
        for i in tokens.indices where word(i) == "(" {
            // 'Acme Digital Inc., its subsidiaries or affiliates (hereafter “Acme”)': a name given as the one the text
            // uses from here on.
            if ["hereafter", "hereinafter"].contains(word(i + 1)), let close = (i + 2..<min(tokens.count, i + 9)).first(where: { word($0) == ")" }) {
                let named = (i + 2..<close).filter { tokens[$0].isCapitalized && !tokens[$0].isPunctuation && !Grammar.titleWords.contains(word($0)) }
                result.append(contentsOf: named.map { name(word($0)) })
                continue
            }
            let suffix = word(i - 1) == "." ? i - 2 : i - 1
            guard Grammar.companySuffixes.contains(word(suffix)),
                  let close = (i + 1..<min(tokens.count, i + 6)).first(where: { word($0) == ")" }) else { continue }
            let inside = (i + 1..<close).filter { !tokens[$0].isPunctuation }
            guard !inside.isEmpty, inside.allSatisfy({ tokens[$0].isCapitalized && !Grammar.titleWords.contains(word($0)) }) else { continue }
            result.append(contentsOf: inside.map { name(word($0)) })
            var j = suffix - 1
            while j >= 0, j >= suffix - 6, tokens[j].isCapitalized, !Grammar.titleWords.contains(word(j)) { result.append(name(word(j))); j -= 1 }
        }
        return result.filter { !$0.isEmpty }
    }

    /// The capitalised word, unknown to the vocabulary and the grammar, that opens most sentences as their subject —
    /// followed by a verb group ("ACME collects", "ACME may share").
    private static func frequentSubject(_ sentences: [AnnotatedSentence]) -> String? {
        var counts: [String: Int] = [:]
        for s in sentences {
            guard let first = s.tokens.first, first.isCapitalized || isDomain(first), s.tokens.count > 2,
                  !Grammar.isKnown(first.lower), !s[.data].contains(where: { $0.range.contains(0) }),
                  !s[.recipient].contains(where: { $0.range.contains(0) }) else { continue }
            let next = s.word(1)
            guard Grammar.permissive.contains(next) || Grammar.auxiliaries.contains(next) || Grammar.obligating.contains(next)
                    || s[.action].contains(where: { $0.range.lowerBound == 1 }) else { continue }
            counts[name(first.lower), default: 0] += 1
        }
        return counts.filter { $0.value >= subjectCount && !$0.key.isEmpty }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
