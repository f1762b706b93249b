import Foundation

/// The JSON every report is written as: pretty-printed with sorted keys, so that output
/// is stable for golden files and diffs.
package enum ReportJSON {
    package static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A value as it reads inside a larger pretty-printed object: no final line feed, every
    /// line indented by `indent` spaces (the first too, unless `first` is false).
    package static func fragment(_ value: some Encodable, indent: Int = 0, first: Bool = true) -> String {
        var text = encode(value)
        text.removeLast()
        guard indent > 0 else { return text }
        let pad = String(repeating: " ", count: indent)
        // Empty lines (inside an empty list) stay empty, as the encoder writes them.
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, line in
            line.isEmpty || (i == 0 && !first) ? String(line) : pad + line
        }.joined(separator: "\n")
    }
}

/// A place: `line` and `column` left out when unknown (0).
struct LocationJSON: Encodable {
    var file: String
    var line: Int?
    var column: Int?

    init(_ location: SourceLocation) {
        file = location.file
        line = location.line > 0 ? location.line : nil
        column = location.column > 0 ? location.column : nil
    }
}

/// A quoted clause with its place; `rule` left out for a sentence no rule came from.
struct ClauseJSON: Encodable {
    var rule: String?
    var file: String
    var line: Int
    var section: String?
    var text: String

    /// For a rule's clause: its review status (`unreviewed` for a draft).
    var review: ReviewJSON?

    init(_ clause: QuotedClause) {
        rule = clause.ruleID
        review = clause.ruleID.map { _ in ReviewJSON(clause.review) }
        file = clause.location.file
        line = clause.location.line
        section = clause.section
        text = clause.text
    }

    /// A rule's (or an exception's) clause, in the policy text `file`.
    init(_ source: Provenance, file: String) {
        self.file = file
        line = source.line
        section = source.section
        text = source.text
    }
}

/// An operation in the keys of an operation file.
struct OperationJSON: Encodable {
    var action: String
    var data: [String]
    var recipient: String
    var purpose: String?
    var identifiability: String
    var context: [String]
    var retention: String?

    init(_ op: Operation) {
        action = op.action
        data = op.data
        recipient = op.recipient ?? Operation.defaultRecipient
        purpose = op.purpose
        identifiability = op.identifiability ?? Operation.defaultIdentifiability
        context = op.context
        retention = op.retention?.text
    }
}
