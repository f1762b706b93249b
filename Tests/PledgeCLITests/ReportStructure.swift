import Foundation

/// What a reviewer relies on in an HTML report, read from the page itself.
enum ReportStructure {
    /// The `href="#…"` targets with no element of that `id`.
    static func unresolvedAnchors(_ html: String) -> [String] {
        let ids = Set(html.matches(of: /id="([^"]*)"/).map { String($0.output.1) })
        return html.matches(of: /href="#([^"]*)"/).map { String($0.output.1) }.filter { !ids.contains($0) }
    }

    /// `id`s given to more than one element.
    static func duplicateIDs(_ html: String) -> [String] {
        var seen = Set<String>(), twice: [String] = []
        for m in html.matches(of: /id="([^"]*)"/) where !seen.insert(String(m.output.1)).inserted { twice.append(String(m.output.1)) }
        return twice
    }

    /// Anything that would fetch or run something: scripts, links, sources, CSS imports or URLs, web addresses.
    static func externalResources(_ html: String) -> [String] {
        // A quoted policy sentence may mention an address as text; only markup that would load one is a resource.
        ["<script", "<link", "src=", "url(", "@import", "href=\"http", "href='http", "<iframe", "<object", "<embed"].filter { html.lowercased().contains($0) }
    }

    static func offset(of needle: String, in html: String) -> Int? {
        html.range(of: needle).map { html.distance(from: html.startIndex, to: $0.lowerBound) }
    }
}
