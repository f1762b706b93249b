/// What a reviewer works through for one policy: its sentences in order, each with the
/// rules read from it and their review status, its `unmapped:` reason, the exceptions it
/// states; and at the top, what is left to review.
public struct ReviewWorksheet: Sendable {
    /// One sentence of the policy text.
    public struct Entry: Sendable {
        public var sentence: Provenance
        public var hash: String
        /// Rules read from (or added to, or corrected for) the sentence, as the rule file has them.
        public var rules: [Rule]
        /// Drafts of this sentence a review rejected.
        public var rejected: [Rule]
        /// Why the extractor listed the sentence as unmapped.
        public var unmappedReason: String?
        /// Rules an exception stated by this sentence belongs to.
        public var exceptionOf: [String]
        /// Reviewed as needing no rule.
        public var acceptedWithoutRule: Bool

        /// A sentence that makes or may make a promise: rules were read from it, or it is listed as unmapped.
        public var isPractice: Bool { !rules.isEmpty || !rejected.isEmpty || unmappedReason != nil }

        /// Every rule signed off and, for a sentence with no rule, a review that it needs none.
        public var isReviewed: Bool {
            guard isPractice else { return true }
            if rules.isEmpty { return acceptedWithoutRule || !rejected.isEmpty }
            return rules.allSatisfy { $0.review != nil }
        }
    }

    public var policy: PolicyMetadata
    public var reviewFile: String
    public var entries: [Entry]
    public var stale: [StaleReview]

    /// The worksheet of a reviewed policy and the sentences of its text.
    public init(reviewed: ReviewedPolicy, sentences: [Provenance], reviewFile: String) {
        policy = reviewed.document.policy
        self.reviewFile = reviewFile
        stale = reviewed.stale
        var entries = sentences.map {
            Entry(sentence: $0, hash: SentenceHash.of($0.text), rules: [], rejected: [], unmappedReason: nil, exceptionOf: [],
                  acceptedWithoutRule: reviewed.acceptedWithoutRule.contains(SentenceHash.of($0.text)))
        }
        let index = SentenceIndex(sentences)
        var first: [String: Int] = [:]
        for (i, entry) in entries.enumerated() where first[entry.hash] == nil { first[entry.hash] = i }
        func entry(for place: Provenance) -> Int? {
            let hash = SentenceHash.of(place.text)
            if let exact = first[hash] { return exact }
            // A list item read with its lead-in quotes both: it belongs to the item, which the clause ends with.
            let hashes = index.hashes(of: place)
            return hashes.compactMap { first[$0] }.max() ?? entries.firstIndex { $0.sentence.line == place.line }
        }
        var orphans: [Rule] = []
        for rule in reviewed.document.rules {
            if let i = entry(for: rule.source) { entries[i].rules.append(rule) } else { orphans.append(rule) }
            for exception in rule.unless {
                guard let source = exception.source, let i = entry(for: source), !entries[i].exceptionOf.contains(rule.id) else { continue }
                entries[i].exceptionOf.append(rule.id)
            }
        }
        for rule in reviewed.rejected {
            if let i = entry(for: rule.source) { entries[i].rejected.append(rule) }
        }
        for sentence in reviewed.document.unmapped {
            if let i = entry(for: Provenance(section: sentence.section, line: sentence.line, text: sentence.text)) {
                entries[i].unmappedReason = sentence.reason
            }
        }
        // A rule whose clause matches no sentence still needs review: it gets an entry of its own.
        for rule in orphans {
            entries.append(Entry(sentence: rule.source, hash: SentenceHash.of(rule.source.text), rules: [rule], rejected: [],
                                 unmappedReason: nil, exceptionOf: [], acceptedWithoutRule: false))
        }
        self.entries = entries
    }

    public var ruleCount: Int { entries.map(\.rules.count).reduce(0, +) }
    public var unreviewedRules: Int { entries.flatMap(\.rules).filter { $0.review == nil }.count }
    public var practiceSentences: Int { entries.filter(\.isPractice).count }
    public var unreviewedPracticeSentences: Int { entries.filter { $0.isPractice && !$0.isReviewed }.count }

    /// Nothing left: every rule and every practice sentence reviewed, no stale review.
    public var isComplete: Bool { unreviewedRules == 0 && unreviewedPracticeSentences == 0 && stale.isEmpty }
}
