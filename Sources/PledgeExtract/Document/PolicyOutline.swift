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
        let isHTML = TextFormat.detect(text) == .html
        let all = isHTML ? HTMLReader.blocks(text) : MarkdownReader.blocks(text)
        var section: String? = nil
        var kept: [(Block, String?)] = []
        let hasTitleHeading = isHTML || all.contains { $0.kind == .heading(level: 1) }
        for (index, block) in all.enumerated() {
            // Markers of a date or an archive note stand near the start of their block.
            let lower = block.text.prefix(240).lowercased()
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
            if index == 0, !hasTitleHeading, case .paragraph = block.kind, let (line, rest) = Self.titleLine(block.text) {
                title = line
                if !rest.isEmpty { kept.append((Block(kind: .paragraph, text: rest, line: block.line + 1), section)) }
                continue
            }
            kept.append((block, section))
        }
        blocks = kept
    }

    /// A plain-text policy has no heading marks: its first line, when short and not a
    /// sentence ("Zeta Labs Privacy Statement"), is its title. Returns it and the block's other lines.
    private static func titleLine(_ text: String) -> (String, String)? {
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let first = String(lines[0])
        guard let last = first.last, !".:;!?,".contains(last), first.contains(where: \.isLetter),
              first.split(separator: " ").count <= 12 else { return nil }
        return (first, lines.count > 1 ? String(lines[1]) : "")
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
