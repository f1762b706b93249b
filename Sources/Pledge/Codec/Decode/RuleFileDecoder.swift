/// Turns a composed rule file into a ``PolicyDocument``, checking everything DESIGN.md
/// asks of one: the schema version, known keys, types, required keys, unique rule ids,
/// non-empty scopes, durations, and that every key resolves in the taxonomy or `terms:`.
/// Every problem is collected; the caller throws them all.
struct RuleFileDecoder {
    var input: NodeDecoder
    let taxonomy: Taxonomy

    /// The document, when the file is well-formed enough to build one (problems may still
    /// have been reported: the caller checks ``NodeDecoder/diagnostics``).
    mutating func decode(_ root: YAMLNode) -> PolicyDocument? {
        guard let pairs = root.mapping else {
            input.report(.notMapping("a rule file", found: root.kindDescription), root)
            return nil
        }
        // A version this Pledge does not know may mean anything: report only that.
        guard let version = pairs.first(where: { $0.name == RuleFileKeys.version }) else {
            input.report(.missingVersion(key: RuleFileKeys.version), root)
            return nil
        }
        guard version.value.scalar?.decimalInteger == PolicyDocument.schemaVersion else {
            input.report(.unknownVersion(version.value.scalar?.text ?? version.value.kindDescription, key: RuleFileKeys.version), version.value)
            return nil
        }
        guard let fields = input.fields(root, of: "the rule file", known: RuleFileKeys.document, required: RuleFileKeys.documentRequired)
        else { return nil }

        let policy = fields["policy"].flatMap { decodePolicy($0) }
        let terms = fields["terms"].map { decodeTerms($0) } ?? [:]
        let purposes = fields["purposes"].map { decodeStated($0, field: "purposes", dimension: .purpose) } ?? [:]
        let facts = fields["facts"].map { decodeStated($0, field: "facts", dimension: .context) } ?? [:]
        let vocabulary = Vocabulary(taxonomy: PolicyDocument.taxonomy(extending: taxonomy, purposes: purposes, facts: facts), terms: terms.keys)
        var rules: [Rule] = []
        var firstUse: [String: SourceLocation] = [:]
        if let node = fields["rules"], let items = input.list(node, field: "rules", { _, item in item }) {
            for item in items {
                guard let rule = decodeRule(item, vocabulary: vocabulary) else { continue }
                let idNode = item.mapping?.first(where: { $0.name == "id" })?.value ?? item
                if let first = firstUse[rule.id] {
                    input.report(.duplicateRuleID(rule.id, first: first), idNode)
                } else {
                    firstUse[rule.id] = SourceLocation(file: input.file, line: idNode.line, column: idNode.column)
                }
                rules.append(rule)
            }
        }
        let unmapped = fields["unmapped"].flatMap { node in
            input.list(node, field: "unmapped", { _, item in item })?.compactMap { decodeUnmapped($0) }
        } ?? []
        guard let policy else { return nil }
        return PolicyDocument(policy: policy, terms: terms, purposes: purposes, facts: facts, rules: rules, unmapped: unmapped)
    }

    private mutating func decodePolicy(_ node: YAMLNode) -> PolicyMetadata? {
        guard let fields = input.fields(node, of: "policy", known: RuleFileKeys.policy, required: RuleFileKeys.policyRequired)
        else { return nil }
        func optional(_ key: String, _ check: ((String) -> Bool)? = nil, expected: String = "") -> String? {
            guard let value = fields[key], let text = input.string(value, field: key) else { return nil }
            if let check, !check(text) { input.report(.wrongType(field: key, expected: expected, found: "'\(text)'"), value) }
            return text
        }
        let id = fields["id"].flatMap { input.nonEmptyString($0, field: "id") }
        let metadata = PolicyMetadata(
            id: id ?? "",
            title: optional("title"),
            effective: optional("effective", Self.isISODate, expected: "an ISO date such as 2011-08-19 or 2018-03"),
            archived: optional("archived", Self.isISODate, expected: "an ISO date such as 2011-08-19 or 2018-03"),
            source: optional("source"),
            sourceSHA256: optional("source_sha256", Self.isSHA256, expected: "64 lower-case hexadecimal digits"))
        return id == nil ? nil : metadata
    }

    private mutating func decodeTerms(_ node: YAMLNode) -> [String: [String]] {
        guard let pairs = node.mapping else {
            input.report(.wrongType(field: "terms", expected: "a mapping from term names to data categories", found: node.kindDescription), node)
            return [:]
        }
        let categories = Vocabulary(taxonomy: taxonomy)
        var terms: [String: [String]] = [:]
        for pair in pairs {
            if !Self.isTermName(pair.name) {
                input.report(.invalidTermName(pair.name), pair.key)
            } else if taxonomy[.data].contains(pair.name) {
                input.report(.termShadowsCategory(pair.name), pair.key)
            }
            // A term stands for data categories of the taxonomy, never for other terms.
            let items = input.keys(pair.value, field: pair.name, dimension: .data, in: categories, empty: .emptyList(field: pair.name))
            terms[pair.name] = items ?? []
        }
        return terms
    }

    /// `purposes:` or `facts:`: each name → `{says, within?}`, a new key of the dimension,
    /// `within` a key of the taxonomy's.
    private mutating func decodeStated(_ node: YAMLNode, field: String, dimension: Dimension) -> [String: StatedTerm] {
        guard let pairs = node.mapping else {
            input.report(.wrongType(field: field, expected: "a mapping from names to {says, within}", found: node.kindDescription), node)
            return [:]
        }
        let tree = taxonomy[dimension]
        var stated: [String: StatedTerm] = [:]
        for pair in pairs {
            if !Self.isTermName(pair.name) {
                input.report(.invalidTermName(pair.name), pair.key)
            } else if tree.contains(pair.name) {
                input.report(.statedTermShadowsKey(pair.name, dimension), pair.key)
            }
            guard let body = input.fields(pair.value, of: "'\(field).\(pair.name)'", known: RuleFileKeys.statedTerm,
                                          required: RuleFileKeys.statedTermRequired) else { continue }
            let says = body["says"].flatMap { input.nonEmptyString($0, field: "says") }
            let within = body["within"].flatMap { value -> String? in
                guard let key = input.string(value, field: "within") else { return nil }
                if let problem = Vocabulary(taxonomy: taxonomy).problem(with: key, in: dimension) { input.report(problem, value) }
                return key
            }
            if let says { stated[pair.name] = StatedTerm(says: says, within: within) }
        }
        return stated
    }

    private mutating func decodeRule(_ node: YAMLNode, vocabulary: Vocabulary) -> Rule? {
        guard let fields = input.fields(node, of: "a rule", known: RuleFileKeys.rule, required: RuleFileKeys.ruleRequired)
        else { return nil }
        let id = fields["id"].flatMap { input.nonEmptyString($0, field: "id") }
        let source = fields["source"].flatMap { Self.decodeProvenance($0, &input) }
        let review = fields["review"].flatMap { decodeRuleReview($0) }
        guard var rule = decodeBody(fields, vocabulary: vocabulary), let id, let source else { return nil }
        rule.id = id
        rule.source = source
        rule.review = review
        return rule
    }

    /// A review file's `reads:`: a rule's effect, scope, conditions, exceptions and duties,
    /// with an empty id and source for the review to fill in.
    mutating func decodeReading(_ node: YAMLNode, vocabulary: Vocabulary) -> Rule? {
        guard let fields = input.fields(node, of: "'reads'", known: RuleFileKeys.reading, required: RuleFileKeys.readingRequired)
        else { return nil }
        return decodeBody(fields, vocabulary: vocabulary)
    }

    private mutating func decodeBody(_ fields: Fields, vocabulary: Vocabulary) -> Rule? {
        var effect: Effect? = nil
        if let value = fields["effect"], let text = input.string(value, field: "effect") {
            effect = Effect(rawValue: text)
            if effect == nil { input.report(.invalidValue(field: "effect", value: text, allowed: Effect.allCases.map(\.rawValue)), value) }
        }
        let scope = decodeScope(fields, vocabulary: vocabulary)
        let when = fields["when"].flatMap { input.keys($0, field: "when", dimension: .context, in: vocabulary, empty: nil) } ?? []
        let unless = fields["unless"].flatMap { node in
            input.list(node, field: "unless", { _, item in item })?.compactMap { decodeException($0, vocabulary: vocabulary) }
        } ?? []
        let obligations = fields["obligations"].flatMap { input.strings($0, field: "obligations")?.map(\.0) } ?? []
        guard let effect else { return nil }
        return Rule(id: "", effect: effect, scope: scope, when: when, unless: unless, obligations: obligations,
                    source: Provenance(line: 1, text: ""))
    }

    private mutating func decodeRuleReview(_ node: YAMLNode) -> RuleReview? {
        guard let fields = input.fields(node, of: "review", known: RuleFileKeys.ruleReview, required: RuleFileKeys.ruleReviewRequired)
        else { return nil }
        var status: RuleReview.Status? = nil
        if let value = fields["status"], let text = input.string(value, field: "status") {
            status = RuleReview.Status(rawValue: text)
            if status == nil {
                input.report(.invalidValue(field: "status", value: text, allowed: RuleReview.Status.allCases.map(\.rawValue)), value)
            }
        }
        let by = fields["by"].flatMap { input.nonEmptyString($0, field: "by") }
        let date = fields["date"].flatMap { input.isoDate($0, field: "date") }
        let note = fields["note"].flatMap { input.string($0, field: "note") }
        guard let status, let by, let date else { return nil }
        return RuleReview(status: status, by: by, date: date, note: note)
    }

    private mutating func decodeException(_ node: YAMLNode, vocabulary: Vocabulary) -> Exception? {
        guard let fields = input.fields(node, of: "an unless entry", known: RuleFileKeys.exception, required: RuleFileKeys.exceptionRequired)
        else { return nil }
        let scope = decodeScope(fields, vocabulary: vocabulary)
        let when = fields["when"].flatMap { input.keys($0, field: "when", dimension: .context, in: vocabulary, empty: nil) } ?? []
        let source = fields["source"].flatMap { Self.decodeProvenance($0, &input) }
        // An entry that names nothing would lift the rule for every operation: "never sell" would allow every sale.
        if RuleFileKeys.exceptionNarrowing.allSatisfy({ fields[$0] == nil }) { input.report(.emptyException, node) }
        return Exception(scope: scope, when: when, source: source)
    }

    private mutating func decodeScope(_ fields: Fields, vocabulary: Vocabulary) -> Scope {
        var scope = Scope()
        // The scope keys sit together, in `RuleFileKeys.scope` order (the scoped dimensions,
        // then retention), in every list of keys that holds them: found once, not key by key.
        guard let first = Fields.index(of: RuleFileKeys.scope[0], in: fields.known) else { return scope }
        for (d, dimension) in Dimension.scoped.enumerated() {
            assert(fields.known[first + d] == dimension.rawValue)
            guard let node = fields[position: first + d] else { continue }
            scope[dimension] = input.keys(node, field: dimension.rawValue, dimension: dimension, in: vocabulary,
                                          empty: .emptyScope(field: dimension.rawValue))
        }
        assert(fields.known[first + Dimension.scoped.count] == "retention")
        if let node = fields[position: first + Dimension.scoped.count] { scope.retention = decodeRetention(node) }
        return scope
    }

    private mutating func decodeRetention(_ node: YAMLNode) -> RetentionLimit? {
        guard let fields = input.fields(node, of: "retention", known: RuleFileKeys.retention, required: []) else { return nil }
        switch (fields["max"], fields["over"]) {
        case (let max?, nil): return input.duration(max, field: "max").map(RetentionLimit.atMost)
        case (nil, let over?): return input.duration(over, field: "over").map(RetentionLimit.longerThan)
        default:
            input.report(.retentionBound, node)
            return nil
        }
    }

    private static func decodeProvenance(_ node: YAMLNode, _ input: inout NodeDecoder) -> Provenance? {
        guard let fields = input.fields(node, of: "source", known: RuleFileKeys.provenance, required: RuleFileKeys.provenanceRequired)
        else { return nil }
        let section = fields["section"].flatMap { input.string($0, field: "section") }
        let line = fields["line"].flatMap { input.line($0, field: "line") }
        let text = fields["text"].flatMap { input.string($0, field: "text") }
        guard let line, let text else { return nil }
        return Provenance(section: section, line: line, text: text)
    }

    private mutating func decodeUnmapped(_ node: YAMLNode) -> UnmappedSentence? {
        guard let fields = input.fields(node, of: "an unmapped entry", known: RuleFileKeys.unmapped, required: RuleFileKeys.unmappedRequired)
        else { return nil }
        let section = fields["section"].flatMap { input.string($0, field: "section") }
        let line = fields["line"].flatMap { input.line($0, field: "line") }
        let text = fields["text"].flatMap { input.string($0, field: "text") }
        let reason = fields["reason"].flatMap { input.string($0, field: "reason") }
        let review = fields["review"].flatMap { decodeRuleReview($0) }
        guard let line, let text, let reason else { return nil }
        return UnmappedSentence(section: section, line: line, text: text, reason: reason, review: review)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the schema's pattern says.
    static func isISODate(_ text: String) -> Bool {
        let u = Array(text.utf8)
        guard [4, 7, 10].contains(u.count) else { return false }
        for (i, b) in u.enumerated() {
            let ok = (i == 4 || i == 7) ? b == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
            if !ok { return false }
        }
        return true
    }

    static func isSHA256(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// `[A-Za-z_][A-Za-z0-9_.-]*`: a term is named like a key, so it reads as one in scope lists.
    static func isTermName(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == UInt8(ascii: "_") || isLetter(first) else { return false }
        return text.utf8.allSatisfy { isLetter($0) || (48...57).contains($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    private static func isLetter(_ b: UInt8) -> Bool { (65...90).contains(b) || (97...122).contains(b) }
}
