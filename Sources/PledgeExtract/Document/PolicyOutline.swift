/// A policy's text read into its structure: blocks with their sections, and the
/// metadata the text states about itself.
struct PolicyOutline: Sendable {
    /// Non-heading blocks, each with the heading it stands under.
    var blocks: [(block: Block, section: String?)]
    /// The first level-1 heading.
    var title: String?
    /// The "Last Updated" date, ISO.
    var effective: String?
    /// The archive date named in the first line ("… archived on 2011-12-01 …").
    var archived: String?

    init(text: String) {
        let all = TextFormat.detect(text) == .html ? HTMLReader.blocks(text) : MarkdownReader.blocks(text)
        var section: String? = nil
        var kept: [(Block, String?)] = []
        for (index, block) in all.enumerated() {
            let lower = block.text.lowercased()
            let dated = effective == nil ? Self.lastUpdated(lower) : nil
            if let date = dated { effective = date }
            if case .heading(let level) = block.kind {
                if level == 1, title == nil { title = block.text; continue }
                // A "Last updated …" line set in bold is a date, not a section.
                if dated == nil { section = block.text }
                continue
            }
            if index == 0, block.line <= 2, let range = lower.range(of: "archived on ") {
                archived = DateText.first(in: lower[range.upperBound...])
                continue   // the archive note is about the copy, not a promise of the policy
            }
            kept.append((block, section))
        }
        blocks = kept
    }

    private static func lastUpdated(_ lower: String) -> String? {
        for marker in ["last updated", "last modified", "last revised", "effective date", "effective as of", "updated on"] {
            if let range = lower.range(of: marker), lower.distance(from: lower.startIndex, to: range.lowerBound) < 40 {
                return DateText.first(in: lower[range.upperBound...].drop(while: { $0 == ":" || $0 == " " }))
            }
        }
        return nil
    }
}
