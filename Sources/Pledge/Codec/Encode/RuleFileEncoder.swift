/// Writes a ``PolicyDocument`` as a rule file: deterministic (the same model always gives
/// the same bytes), keys in the order of ``RuleFileKeys``, terms sorted by name, key lists
/// in flow style (`[share, sell]`), every string through ``YAMLScalarText``.
struct RuleFileEncoder {
    private var out = ""
    /// The indentation of the mapping being written (inside list items).
    private var base = 0
    /// Set when the next line opens a list item and so starts with `- `.
    private var opensItem = false

    static func encode(_ document: PolicyDocument) -> String {
        var encoder = RuleFileEncoder()
        encoder.write(document)
        return encoder.out
    }

    private mutating func line(_ indent: Int, _ text: String) {
        if opensItem {
            out += String(repeating: " ", count: base + indent - 2) + "- "
            opensItem = false
        } else {
            out += String(repeating: " ", count: base + indent)
        }
        out += text
        out += "\n"
    }

    private mutating func field(_ indent: Int, _ key: String, _ value: String?) {
        if let value { line(indent, "\(key): \(YAMLScalarText.render(value))") }
    }

    private mutating func keys(_ indent: Int, _ key: String, _ values: [String]?) {
        guard let values else { return }
        line(indent, "\(key): [" + values.map { YAMLScalarText.render($0, inFlow: true) }.joined(separator: ", ") + "]")
    }

    private mutating func write(_ document: PolicyDocument) {
        line(0, "pledge: \(PolicyDocument.schemaVersion)")
        line(0, "policy:")
        let policy = document.policy
        field(2, "id", policy.id)
        field(2, "title", policy.title)
        field(2, "effective", policy.effective)
        field(2, "archived", policy.archived)
        field(2, "source", policy.source)
        field(2, "source_sha256", policy.sourceSHA256)
        if !document.terms.isEmpty {
            line(0, "terms:")
            for name in document.terms.keys.sorted() {
                keys(2, YAMLScalarText.render(name), document.terms[name])
            }
        }
        write(document.purposes, as: "purposes")
        write(document.facts, as: "facts")
        if document.rules.isEmpty {
            line(0, "rules: []")
        } else {
            line(0, "rules:")
            for rule in document.rules { write(rule) }
        }
        if !document.unmapped.isEmpty {
            line(0, "unmapped:")
            for sentence in document.unmapped {
                item(2) { e in
                    e.field(0, "section", sentence.section)
                    e.line(0, "line: \(sentence.line)")
                    e.field(0, "text", sentence.text)
                    e.field(0, "reason", sentence.reason)
                    if let review = sentence.review { e.write(review) }
                }
            }
        }
    }

    private mutating func write(_ stated: [String: StatedTerm], as key: String) {
        guard !stated.isEmpty else { return }
        line(0, "\(key):")
        for name in stated.keys.sorted() {
            line(2, "\(YAMLScalarText.render(name)):")
            field(4, "says", stated[name]?.says)
            field(4, "within", stated[name]?.within)
        }
    }

    /// A list item holding a mapping: the body writes its keys at indent 0; the first line
    /// opens the item (`- `) and the rest align under it; an empty body is `- {}`.
    private mutating func item(_ indent: Int, _ body: (inout RuleFileEncoder) -> Void) {
        let outer = base
        base += indent + 2
        opensItem = true
        body(&self)
        base = outer
        if opensItem {
            opensItem = false
            line(indent, "- {}")
        }
    }

    private mutating func write(_ rule: Rule) {
        item(2) { e in
            e.field(0, "id", rule.id)
            e.field(0, "effect", rule.effect.rawValue)
            e.write(rule.scope)
            if !rule.when.isEmpty { e.keys(0, "when", rule.when) }
            if !rule.unless.isEmpty {
                e.line(0, "unless:")
                for exception in rule.unless {
                    e.item(2) { e in
                        e.write(exception.scope)
                        if !exception.when.isEmpty { e.keys(0, "when", exception.when) }
                        if let source = exception.source { e.write(source) }
                    }
                }
            }
            if !rule.obligations.isEmpty {
                e.line(0, "obligations:")
                for obligation in rule.obligations { e.line(2, "- " + YAMLScalarText.render(obligation)) }
            }
            e.write(rule.source)
            if let review = rule.review { e.write(review) }
        }
    }

    private mutating func write(_ review: RuleReview) {
        line(0, "review:")
        field(2, "status", review.status.rawValue)
        field(2, "by", review.by)
        field(2, "date", review.date)
        field(2, "note", review.note)
    }

    private mutating func write(_ scope: Scope) {
        for dimension in Dimension.scoped { keys(0, dimension.rawValue, scope[dimension]) }
        guard let retention = scope.retention else { return }
        line(0, "retention:")
        switch retention {
        case .atMost(let d): field(2, "max", d.text)
        case .longerThan(let d): field(2, "over", d.text)
        }
    }

    private mutating func write(_ source: Provenance) {
        line(0, "source:")
        field(2, "section", source.section)
        line(2, "line: \(source.line)")
        field(2, "text", source.text)
    }
}
