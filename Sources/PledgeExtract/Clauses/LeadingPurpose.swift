/// "To improve our site, we collect your IP address and share your e-mail address with partners": a purpose that leads the
/// sentence qualifies every verb of its main clause, not only the first. Read apart from it, a later permission would hold
/// for any purpose.
enum LeadingPurpose {
    /// The leading purpose a permission of `p` shares, when `p` is not the predicate whose scope already holds it and
    /// nothing between them opens another promise (";", "but", "however").
    static func span(for p: Predicate, scope: Range<Int>, _ spans: ClauseSpans, _ s: AnnotatedSentence) -> Range<Int>? {
        guard let lead = spans.leadingPurpose, !scope.contains(lead.lowerBound),
              !(lead.upperBound..<p.groupStart).contains(where: { [";", "but", "however", ":"].contains(s.word($0)) })
        else { return nil }
        return lead
    }
}
