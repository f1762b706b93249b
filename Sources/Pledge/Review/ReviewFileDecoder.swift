/// Turns a composed review file into ``SentenceReview``s, checking the version, keys and
/// types, that each verdict has what it needs (a rule id, a draft fingerprint, a reading),
/// that every `sentence_sha256` is the hash of its sentence, and that no rule is reviewed twice.
struct ReviewFileDecoder {
    /// The rule-file decoder, reused for `reads:`; it holds the diagnostics.
    var rules: RuleFileDecoder
    let vocabulary: Vocabulary

    mutating func decode(_ root: YAMLNode) -> [SentenceReview] {
        guard let pairs = root.mapping else {
            rules.input.report(.notMapping("a review file", found: root.kindDescription), root)
            return []
        }
        guard let version = pairs.first(where: { $0.name == ReviewFileKeys.version }) else {
            rules.input.report(.missingVersion(key: ReviewFileKeys.version), root)
            return []
        }
        guard version.value.scalar?.resolved == .int(1) else {
            rules.input.report(.unknownVersion(version.value.scalar?.text ?? version.value.kindDescription, key: ReviewFileKeys.version), version.value)
            return []
        }
        guard let fields = rules.input.fields(root, of: "the review file", known: ReviewFileKeys.document, required: ReviewFileKeys.documentRequired),
              let list = fields["reviews"], let items = rules.input.list(list, field: "reviews", { _, item in item })
        else { return [] }
        var reviews: [SentenceReview] = []
        var judged: [String: SourceLocation] = [:]
        for item in items {
            guard let review = entry(item) else { continue }
            // One judgement per rule, and one per sentence that has no rule.
            let subject = review.rule.map { "rule '\($0)'" } ?? "the sentence \(review.sentenceHash)"
            if let first = judged[subject] {
                rules.input.report("\(subject) is reviewed twice; it is first reviewed at \(first.line):\(first.column)", item)
            } else {
                judged[subject] = review.location
            }
            reviews.append(review)
        }
        return reviews
    }

    private mutating func entry(_ node: YAMLNode) -> SentenceReview? {
        guard let fields = rules.input.fields(node, of: "a review", known: ReviewFileKeys.entry, required: ReviewFileKeys.entryRequired)
        else { return nil }
        let sentence = fields["sentence"].flatMap { rules.input.nonEmptyString($0, field: "sentence") }
        let hash = fields["sentence_sha256"].flatMap { rules.input.string($0, field: "sentence_sha256") }
        var verdict: SentenceReview.Verdict? = nil
        if let value = fields["verdict"], let text = rules.input.string(value, field: "verdict") {
            verdict = SentenceReview.Verdict(rawValue: text)
            if verdict == nil {
                rules.input.report(.invalidValue(field: "verdict", value: text, allowed: SentenceReview.Verdict.allCases.map(\.rawValue)), value)
            }
        }
        let rule = fields["rule"].flatMap { rules.input.nonEmptyString($0, field: "rule") }
        let draft = fields["draft"].flatMap { rules.input.string($0, field: "draft") }
        let by = fields["by"].flatMap { rules.input.nonEmptyString($0, field: "by") }
        let date = fields["date"].flatMap { rules.input.isoDate($0, field: "date") }
        let note = fields["note"].flatMap { rules.input.string($0, field: "note") }
        let reading = fields["reads"].flatMap { rules.decodeReading($0, vocabulary: vocabulary) }
        if let sentence, let hash, let place = fields["sentence_sha256"], hash != SentenceHash.of(sentence) {
            rules.input.report("'sentence_sha256' \(hash) is not the hash of the sentence above it, which is \(SentenceHash.of(sentence)); copy both from `pledge review`", place)
        }
        if let draft, let place = fields["draft"], !SentenceHash.isHash(draft) {
            rules.input.report("'draft' must be 16 hexadecimal digits, as `pledge review` shows them, found '\(draft)'", place)
        }
        guard let verdict else { return nil }
        // What each verdict needs and what it must not have.
        let needsRule = verdict != .accept
        let needsDraft = (verdict == .accept && fields["rule"] != nil) || verdict == .reject
        let needsReading = verdict == .correct || verdict == .add
        let needsNote = verdict != .accept
        if needsRule, fields["rule"] == nil { rules.input.report("a '\(verdict.rawValue)' review names its rule ('rule:')", node) }
        if needsDraft, fields["draft"] == nil {
            rules.input.report("a '\(verdict.rawValue)' review of a rule records the draft it judged ('draft:', from `pledge review`)", node)
        }
        if !needsDraft, let place = fields["draft"] { rules.input.report("'draft' belongs to accept and reject reviews only", place) }
        if needsReading, fields["reads"] == nil { rules.input.report("a '\(verdict.rawValue)' review gives the rule as the sentence reads ('reads:')", node) }
        if !needsReading, let place = fields["reads"] { rules.input.report("'reads' belongs to correct and add reviews only", place) }
        if needsNote, fields["note"] == nil { rules.input.report("a '\(verdict.rawValue)' review says why ('note:')", node) }
        guard let sentence, let by, let date, !needsReading || reading != nil else { return nil }
        return SentenceReview(sentence: sentence, verdict: verdict, rule: rule, draft: draft, reading: reading, by: by, date: date,
                              note: note, location: SourceLocation(file: rules.input.file, line: node.line, column: node.column))
    }
}
