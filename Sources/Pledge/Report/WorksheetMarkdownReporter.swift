/// The review worksheet as Markdown, for a pull request or an issue: counts at the top,
/// stale reviews, then every sentence in order with its rules, their review status and the
/// values a review entry copies (`sentence_sha256`, `draft`).
public struct WorksheetMarkdownReporter: Sendable {
    public init() {}

    public func render(_ sheet: ReviewWorksheet) -> String {
        let cell = TextEscaping.markdownCell
        let code = TextEscaping.markdownCode
        var out = "# Review worksheet: \(cell(sheet.policy.title ?? sheet.policy.id))\n\n"
        out += "Policy `\(code(sheet.policy.id))`, text `\(code(sheet.policy.textFile))`, reviews in `\(code(sheet.reviewFile))`.\n\n"
        out += "| | count |\n|---|---:|\n"
        out += "| **unreviewed rules** | **\(sheet.unreviewedRules)** |\n"
        out += "| **unreviewed practice sentences** | **\(sheet.unreviewedPracticeSentences)** |\n"
        out += "| stale reviews | \(sheet.stale.count) |\n"
        out += "| rules | \(sheet.ruleCount) |\n| practice sentences | \(sheet.practiceSentences) |\n| sentences | \(sheet.entries.count) |\n\n"
        if !sheet.stale.isEmpty {
            out += "## Stale reviews (not applied)\n\n"
            for stale in sheet.stale { out += "```\n\(stale.description.replacingOccurrences(of: "```", with: "'''"))\n```\n\n" }
        }
        out += "## Sentences\n\n"
        for entry in sheet.entries {
            let where_ = [entry.sentence.section.map { cell($0) }, "line \(entry.sentence.line)"].compactMap { $0 }.joined(separator: " · ")
            out += "### \(status(entry)) — \(where_)\n\n"
            out += "> \(cell(entry.sentence.text))\n\n"
            out += "`sentence_sha256: \(entry.hash)`\n\n"
            for rule in entry.rules {
                let fingerprint = rule.review == nil || rule.review?.status == .accepted ? " · `draft: \(DraftFingerprint.of(rule))`" : ""
                out += "- `\(code(rule.id))` **\(ReviewStatusText.of(rule.review))**\(fingerprint): \(cell(RuleSummary.of(rule)))"
                if let note = rule.review?.note { out += " — _\(cell(note))_" }
                out += "\n"
            }
            for rule in entry.rejected { out += "- ~~`\(code(rule.id))`~~ **rejected**: \(cell(RuleSummary.of(rule)))\n" }
            if let reason = entry.unmappedReason { out += "- unmapped: \(cell(reason))\n" }
            if !entry.exceptionOf.isEmpty { out += "- states an exception to \(entry.exceptionOf.map { "`\(code($0))`" }.joined(separator: ", "))\n" }
            if entry.acceptedWithoutRule { out += "- reviewed: needs no rule\n" }
            out += "\n"
        }
        return out
    }

    private func status(_ entry: ReviewWorksheet.Entry) -> String {
        guard entry.isPractice else { return entry.rules.isEmpty && entry.acceptedWithoutRule ? "reviewed" : "no rule" }
        return entry.isReviewed ? "reviewed" : "UNREVIEWED"
    }
}
