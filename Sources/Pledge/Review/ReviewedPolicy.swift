/// A policy's draft rules with its reviews applied: what `pledge extract` writes when a
/// review file stands beside the rule file.
///
/// Reviews are matched to the draft by sentence hash and rule id, never by line, so a
/// sentence that moved keeps its reviews. A review whose sentence changed, whose rule the
/// extractor no longer reads, or whose judged draft changed is not applied and is listed
/// in ``stale``. A correction stays applied while its sentence stands, even when the
/// extractor stops drafting the rule: a reviewed rule never silently reverts to a draft.
public struct ReviewedPolicy: Sendable {
    /// The rules with their sign-offs: accepted drafts marked, corrections in place of their
    /// drafts, rejected drafts left out, added rules after the rules of their sentence; an
    /// unmapped sentence accepted as needing no rule, or given an added rule, signed off.
    public var document: PolicyDocument
    /// Reviews that were not applied.
    public var stale: [StaleReview]
    /// Drafts a review rejected, for the worksheet.
    public var rejected: [Rule]
    /// Hashes of sentences accepted as promising nothing a rule should hold.
    public var acceptedWithoutRule: Set<String>
    /// Every review that was applied.
    public var applied: [SentenceReview]

    /// Applies `reviews` to the extractor's `draft`.
    /// - Parameter sentences: every sentence of the current policy text, with its place, so
    ///   that a review of a sentence no rule was read from can be placed and checked.
    public init(draft: PolicyDocument, reviews: [SentenceReview], sentences: [Provenance]) {
        var places: [String: Provenance] = [:]
        var hashOfText: [String: String] = [:]
        for place in draft.rules.map(\.source) + draft.unmapped.map({ Provenance(section: $0.section, line: $0.line, text: $0.text) }) + sentences {
            let hash = hashOfText[place.text] ?? SentenceHash.of(place.text)
            hashOfText[place.text] = hash
            if places[hash] == nil { places[hash] = place }
        }
        var rules = draft.rules
        // Which drafted rules each sentence gave, computed once.
        let index = SentenceIndex(sentences)
        var rulesOfSentence: [String: [Int]] = [:]
        for (i, rule) in rules.enumerated() {
            for hash in index.hashes(of: rule.source) { rulesOfSentence[hash, default: []].append(i) }
        }
        var ids = Set(rules.map(\.id))
        var removed = Set<Int>()
        var added: [(after: Int?, rule: Rule)] = []
        stale = []
        rejected = []
        acceptedWithoutRule = []
        applied = []
        for review in reviews {
            guard let place = places[review.sentenceHash] else {
                let now = Self.closest(to: review.sentence, among: places.values.map(\.text))
                stale.append(StaleReview(review: review, reason: now.map { .sentenceChanged(now: $0) } ?? .sentenceGone))
                continue
            }
            let fromSentence = rulesOfSentence[review.sentenceHash] ?? []
            guard let id = review.rule else {
                acceptedWithoutRule.insert(review.sentenceHash)
                applied.append(review)
                continue
            }
            let match = fromSentence.first { rules[$0].id == id }
            switch (review.verdict, match) {
            case (.add, _):
                guard ids.insert(id).inserted else {
                    stale.append(StaleReview(review: review, reason: .idTaken))
                    continue
                }
                added.append((fromSentence.last, Self.rule(review, id: id, at: place, status: .added)))
            case (.correct, let index?):
                rules[index] = Self.rule(review, id: id, at: rules[index].source, status: .corrected)
            case (.correct, nil):
                // The sentence stands but the extractor no longer drafts the rule: the correction still holds,
                // unless its id now names another sentence's rule.
                guard ids.insert(id).inserted else {
                    stale.append(StaleReview(review: review, reason: .idTaken))
                    continue
                }
                added.append((fromSentence.last, Self.rule(review, id: id, at: place, status: .corrected)))
            case (.accept, let index?), (.reject, let index?):
                let now = DraftFingerprint.of(rules[index])
                guard now == review.draft else {
                    stale.append(StaleReview(review: review, reason: .draftChanged(now: now)))
                    continue
                }
                if review.verdict == .accept {
                    rules[index].review = review.signOff(.accepted)
                } else {
                    removed.insert(index)
                    rejected.append(rules[index])
                }
            case (.accept, nil), (.reject, nil):
                stale.append(StaleReview(review: review, reason: .ruleNotRead(readNow: fromSentence.map { rules[$0].id })))
                continue
            }
            applied.append(review)
        }
        var addedAfter: [Int: [Rule]] = [:]
        for entry in added { if let after = entry.after { addedAfter[after, default: []].append(entry.rule) } }
        var result: [Rule] = []
        for index in rules.indices {
            if !removed.contains(index) { result.append(rules[index]) }
            result += addedAfter[index] ?? []
        }
        // Added rules of sentences no draft came from go where their line puts them.
        for entry in added where entry.after == nil {
            let at = result.firstIndex { $0.source.line > entry.rule.source.line } ?? result.endIndex
            result.insert(entry.rule, at: at)
        }
        var document = draft
        document.rules = result
        // An unmapped sentence a reviewer accepted as needing no rule, or added a rule for, is signed off too.
        var unmappedSignOff: [String: RuleReview] = [:]
        for review in applied where review.rule == nil { unmappedSignOff[review.sentenceHash] = review.signOff(.accepted) }
        for review in applied where review.verdict == .add { unmappedSignOff[review.sentenceHash] = review.signOff(.added) }
        for i in document.unmapped.indices {
            if let signOff = unmappedSignOff[hashOfText[document.unmapped[i].text] ?? SentenceHash.of(document.unmapped[i].text)] {
                document.unmapped[i].review = signOff
            }
        }
        self.document = document
    }

    private static func rule(_ review: SentenceReview, id: String, at place: Provenance, status: RuleReview.Status) -> Rule {
        var rule = review.reading ?? Rule(id: id, effect: .deny, scope: Scope(), source: place)
        rule.id = id
        rule.source = place
        rule.review = review.signOff(status)
        return rule
    }

    /// The sentence of the current text that shares most words with `old`, if at least half.
    private static func closest(to old: String, among texts: [String]) -> String? {
        func words(_ text: String) -> Set<Substring> {
            Set(SentenceHash.normalised(text).split { !$0.isLetter && !$0.isNumber })
        }
        let before = words(old)
        guard !before.isEmpty else { return nil }
        var best: (score: Double, text: String)? = nil
        for text in texts.sorted() {
            let after = words(text)
            let score = Double(before.intersection(after).count) / Double(before.union(after).count)
            if score >= 0.5, score > (best?.score ?? 0) { best = (score, text) }
        }
        return best?.text
    }
}
