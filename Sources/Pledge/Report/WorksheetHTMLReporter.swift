/// The review worksheet as one self-contained HTML file (inline CSS, no scripts, nothing
/// fetched): counts at the top, stale reviews, then every sentence as a card whose colour
/// says whether it is reviewed, with its rules and the values a review entry copies.
public struct WorksheetHTMLReporter: Sendable {
    public init() {}

    static let style = """
        body{font:15px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
        h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.25rem}
        .meta{color:#555}.counts{display:flex;gap:.75rem;flex-wrap:wrap;margin:1rem 0}
        .count{border:1px solid #ccc;border-radius:6px;padding:.5rem .9rem;min-width:9rem}.count b{display:block;font-size:1.6rem}
        .count.open{border-color:#b9770e;background:#fdf6e7}.count.done{border-color:#1e8449;background:#eef8f1}
        .sentence{border:1px solid #ddd;border-left:6px solid #bbb;border-radius:4px;padding:.5rem .9rem;margin:.6rem 0}
        .sentence.unreviewed{border-left-color:#b9770e;background:#fffaf0}.sentence.reviewed{border-left-color:#1e8449}
        .sentence.plain{color:#666;border-left-color:#e3e3e3}
        .where{color:#666;font-size:.85em}.tag{font-size:.75em;font-weight:600;padding:.05rem .4rem;border-radius:3px;background:#eee;margin-right:.3rem}
        .tag.unreviewed{background:#f6ddb0}.tag.accepted,.tag.corrected,.tag.added{background:#cdebd6}.tag.rejected{background:#f2c9c4}
        blockquote{margin:.25rem 0;font-size:1.02em}ul{margin:.3rem 0;padding-left:1.2rem}code{font-size:.88em;background:#f5f5f5;padding:0 .2em}
        .rejected-rule{text-decoration:line-through;color:#777}pre{white-space:pre-wrap;background:#fbeeee;padding:.5rem;border-radius:4px}
        """

    public func render(_ sheet: ReviewWorksheet) -> String {
        let title = escape(sheet.policy.title ?? sheet.policy.id)
        var out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
                   "<title>Review worksheet: \(title)</title>", "<style>\(Self.style)</style></head><body>",
                   "<h1>Review worksheet: \(title)</h1>",
                   "<p class=\"meta\">Policy <code>\(escape(sheet.policy.id))</code>, text <code>\(escape(sheet.policy.textFile))</code>, reviews in <code>\(escape(sheet.reviewFile))</code></p>",
                   "<div class=\"counts\">",
                   count("unreviewed rules", sheet.unreviewedRules, open: sheet.unreviewedRules > 0),
                   count("unreviewed practice sentences", sheet.unreviewedPracticeSentences, open: sheet.unreviewedPracticeSentences > 0),
                   count("stale reviews", sheet.stale.count, open: !sheet.stale.isEmpty),
                   count("rules", sheet.ruleCount, open: nil), count("practice sentences", sheet.practiceSentences, open: nil),
                   "</div>"]
        if !sheet.stale.isEmpty {
            out.append("<h2>Stale reviews (not applied)</h2>")
            for stale in sheet.stale { out.append("<pre>\(escape(stale.description))</pre>") }
        }
        out.append("<h2>Sentences</h2>")
        for entry in sheet.entries {
            let kind = !entry.isPractice ? "plain" : entry.isReviewed ? "reviewed" : "unreviewed"
            let place = [entry.sentence.section, "line \(entry.sentence.line)"].compactMap { $0 }.joined(separator: " · ")
            out.append("<div class=\"sentence \(kind)\"><div class=\"where\">\(escape(place)) · <code>sentence_sha256: \(entry.hash)</code></div>")
            out.append("<blockquote>\(escape(entry.sentence.text))</blockquote>")
            var items: [String] = []
            for rule in entry.rules {
                let status = rule.review?.status.rawValue ?? "unreviewed"
                let fingerprint = rule.review == nil || rule.review?.status == .accepted ? " <code>draft: \(DraftFingerprint.of(rule))</code>" : ""
                var item = "<li><span class=\"tag \(status)\">\(escape(ReviewStatusText.of(rule.review)))</span><code>\(escape(rule.id))</code>\(fingerprint) \(escape(RuleSummary.of(rule)))"
                if let note = rule.review?.note { item += " <em>— \(escape(note))</em>" }
                items.append(item + "</li>")
            }
            for rule in entry.rejected {
                items.append("<li><span class=\"tag rejected\">rejected</span><span class=\"rejected-rule\"><code>\(escape(rule.id))</code> \(escape(RuleSummary.of(rule)))</span></li>")
            }
            if let reason = entry.unmappedReason { items.append("<li><span class=\"tag\">unmapped</span>\(escape(reason))</li>") }
            if !entry.exceptionOf.isEmpty {
                items.append("<li><span class=\"tag\">exception</span>to " + entry.exceptionOf.map { "<code>\(escape($0))</code>" }.joined(separator: ", ") + "</li>")
            }
            if entry.acceptedWithoutRule { items.append("<li><span class=\"tag accepted\">reviewed</span>needs no rule</li>") }
            if !items.isEmpty { out.append("<ul>" + items.joined() + "</ul>") }
            out.append("</div>")
        }
        out.append("</body></html>")
        return out.joined(separator: "\n") + "\n"
    }

    private func count(_ label: String, _ value: Int, open: Bool?) -> String {
        let kind = open.map { $0 ? " open" : " done" } ?? ""
        return "<div class=\"count\(kind)\"><b>\(value)</b>\(escape(label))</div>"
    }

    private func escape(_ text: String) -> String { TextEscaping.html(text) }
}
