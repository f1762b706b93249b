import Pledge

/// "If we make material changes to this policy, we will notify you by e-mail": a notice promised
/// for a change of the policy. It is a duty that holds when the policy changes (`when:
/// [policy_change]`): to reach the reader (e-mail when the text says so, else any contact) for
/// notifications, with the promise quoted as its obligation. A notice the reader must look for
/// ("we will post the changes on this page") names no personal data, and one the company "may" give promises
/// nothing: both are listed, not rules.
enum PolicyChangeNotice {
    enum Reading: Equatable {
        case duty(Statement)
        case posted(String)
        /// "we may notify you by e-mail": a notice the company may give, which binds it to nothing.
        case offered(String)
        /// "We may change this policy from time to time": a change announced with no notice promised at all.
        case unannounced(String)
        /// "If you have signed up for our e-mails, we will notify you of changes": a notice to the readers a condition
        /// picks out; a duty to reach every reader would be wider than the text.
        case toSomeReaders(String)

        /// Why a notice that is no duty is listed.
        var reason: String? {
            switch self {
            case .duty: nil
            case .posted(let promise): "a notice of changes to the policy (\(promise)) names no personal data"
            case .unannounced(let change): "a change of the policy (\(change)) promises no notice to the reader; there is nothing to model"
            case .offered(let promise): "a notice of changes to the policy (\(promise)) is offered, not promised"
            case .toSomeReaders(let condition):
                "a notice of changes to the policy is promised to some readers only (\(condition)); a duty to reach every reader would be wider"
            }
        }
    }

    static func read(_ s: AnnotatedSentence) -> Reading? {
        guard speaksOfChange(s), !s.tokens.indices.contains(where: { Grammar.negations.contains(s.word($0)) }) else { return nil }
        for j in s.tokens.indices where Grammar.obligating.contains(s.word(j)) || Grammar.permissive.contains(s.word(j)) {
            // "we will (promptly) notify you", "you will be notified": the notice verb of the promise.
            var k = j + 1
            while Grammar.adverbs.contains(s.word(k)) || s.word(k) == "be" || s.word(k) == "also" { k += 1 }
            let verb = s.word(k)
            let stem = verb.hasSuffix("ed") ? String(verb.dropLast(verb.hasSuffix("ied") ? 3 : 2)) : verb
            let company = j > 0 && (Grammar.companyPronouns.contains(s.word(j - 1)) || s.tokens[j - 1].isCapitalized)
            let reader = j > 0 && Grammar.readerPronouns.contains(s.word(j - 1))
            let promise = s.text(j > 0 ? (j - 1)..<s.tokens.count : j..<s.tokens.count)
            // "we will notify you by posting the new policy": the notice is a posting after all.
            let byPosting = s.tokens.indices.contains { s.word($0) == "by" && Grammar.postedNoticeVerbs.contains(s.word($0 + 1)) }
            // "we will notify users by a message on our home page": a notice placed on the site is one the reader must
            // look for too — unless an e-mail is promised as well, not as an alternative ("by e-mail and through a notice
            // on our home page").
            let emailToo = (k + 1..<s.tokens.count).contains { ["email", "e-mail"].contains(s.word($0)) }
                && !(k + 1..<s.tokens.count).contains { s.word($0) == "or" }
            // "we will notify you here", "… on this page": in the policy itself.
            let onTheSite = !emailToo && (k + 1..<s.tokens.count).contains { i in
                s.word(i) == "here" || s.word(i) == "on" && (i + 1..<min(s.tokens.count, i + 5)).contains {
                    Grammar.serviceNouns.contains(s.word($0)) || ["homepage", "home", "page"].contains(s.word($0))
                }
            }
            if company, byPosting || onTheSite { return .posted(promise) }
            // "we will typically notify you": a hedged notice binds the company to nothing.
            // So does one promised only "in some cases" or "where appropriate".
            if (j + 1..<k).contains(where: { Grammar.hedges.contains(s.word($0)) })
                || s.tokens.indices.contains(where: { i in Grammar.hedgePhrases.contains { s.has($0, at: i) } }) { return .offered(promise) }
            // "we will notify you", "we will notify our users", "we will provide (appropriate) notice to you", "we will
            // give you notice": the notice reaches the reader.
            // Not the readers a relative clause picks out ("users who have given permission"): a duty to reach all of
            // them would be wider than the text.
            let readerAt = { (i: Int) -> Bool in
                let head = ["our", "all", "any"].contains(s.word(i)) ? i + 1 : i
                let next = s.word(head + 1) == "," ? head + 2 : head + 1   // "users, who have opted to …"
                return Grammar.readerPronouns.contains(s.word(head)) && !Grammar.relativePronouns.contains(s.word(next))
            }
            let noticeGiven = Grammar.givingVerbs.contains(verb) && (k + 1..<min(s.tokens.count, k + 5)).contains { n in
                Grammar.noticeWords.contains(s.word(n)) && (readerAt(k + 1) || (s.word(n + 1) == "to" && readerAt(n + 2)))
            }
            if company || reader, noticeGiven || isReaching(verb) || isReaching(stem + "y") || isReaching(stem),
               company ? noticeGiven || readerAt(k + 1) : true {
                if Grammar.permissive.contains(s.word(j)) { return .offered(promise) }
                if let condition = readerCondition(s) { return .toSomeReaders(condition) }
                // By e-mail only when e-mail is the one channel named ("by e-mail or on our homepage" is any contact).
                let byEmail = s.tokens.indices.contains { ["email", "e-mail"].contains(s.word($0)) }
                    && !s.tokens.indices.contains { Grammar.postedNoticeVerbs.contains(s.word($0)) || Grammar.serviceNouns.contains(s.word($0)) || s.word($0) == "homepage" }
                var statement = Statement(effect: .require, actions: [byEmail ? "email" : "contact"],
                                          data: [byEmail ? "user.contact.email" : "user.contact"], sentence: s.sentence)
                statement.recipients = ["data_subject"]
                statement.purposes = ["essential.service.notifications"]
                statement.when = ["policy_change"]
                statement.obligations = [promise]
                return .duty(statement)
            }
            if company, Grammar.postedNoticeVerbs.contains(verb) { return .posted(promise) }
        }
        // "We may change this policy at any time", "we reserve the right to modify this statement": the company's
        // own change, with no notice to the reader.
        // A notice the sentence names in other words ("it shall provide notice in the form of a note near the link") is
        // one the reader must look for.
        // "without notice" promises none.
        if let j = s.tokens.indices.first(where: { i in
            Grammar.permissive.contains(s.word(i)) || Grammar.obligating.contains(s.word(i)) || ["reserve", "reserves"].contains(s.word(i))
        }) {
            let promise = s.text(max(0, j - 1)..<s.tokens.count)
            let notice = s.tokens.indices.contains { i in Grammar.noticeWords.contains(s.word(i)) && !["without", "no"].contains(s.word(i - 1)) }
            return notice ? .posted(promise) : .unannounced(promise)
        }
        // "Our practices are subject to change", "check this page periodically for changes": a change with no promise
        // of the company's at all.
        return .unannounced(s.text(0..<s.tokens.count))
    }

    private static func isReaching(_ word: String) -> Bool { Grammar.reachingNoticeVerbs.contains(word) }

    /// A change verb with the policy as what changes ("changes to this policy", "we may update our privacy notice"),
    /// or the taxonomy's phrase for a change of the policy.
    /// "If you have signed up for our e-mails, …": a leading condition that is not the change itself, its words.
    private static func readerCondition(_ s: AnnotatedSentence) -> String? {
        guard ["if", "when", "once", "where"].contains(s.word(0)) || s.has(["provided", "that"], at: 0),
              let comma = s.tokens.indices.first(where: { s.word($0) == "," }) else { return nil }
        let clause = 0..<comma
        let aboutChange = clause.contains { Grammar.changeVerbs.contains(s.word($0)) || Grammar.metaNouns.contains(s.word($0)) }
            || s[.context].contains { $0.keys.contains("policy_change") && clause.contains($0.range.lowerBound) }
        return aboutChange ? nil : s.text(clause)
    }

    private static func speaksOfChange(_ s: AnnotatedSentence) -> Bool {
        if s[.context].contains(where: { $0.keys.contains("policy_change") }) { return true }
        // "Our privacy practices are subject to change."
        if s.tokens.indices.contains(where: { s.has(["subject", "to", "change"], at: $0) }),
           s.tokens.indices.contains(where: { Grammar.metaNouns.contains(s.word($0)) || Grammar.practiceGovernors.contains(s.word($0)) || s.word($0) == "practices" }) {
            return true
        }
        return s.tokens.indices.contains { i in
            Grammar.changeVerbs.contains(s.word(i))
                && (max(0, i - 6)..<min(s.tokens.count, i + 7)).contains { Grammar.metaNouns.contains(s.word($0)) && $0 != i }
        }
    }
}
