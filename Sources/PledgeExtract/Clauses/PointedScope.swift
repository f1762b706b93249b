/// "No personal information about you is revealed in this process", "we do not share it in doing so": a prohibition
/// limited to a process the text named before. Read alone it would forbid the act everywhere, which the text does not;
/// the process is not read with it, so it gives no rule and is listed.
enum PointedScope {
    /// Where such a limit is stated inside `range`, if it is.
    static func phrase(in range: Range<Int>, _ s: AnnotatedSentence) -> Range<Int>? {
        for i in range {
            if let phrase = Grammar.pointedScopes.first(where: { s.has($0, at: i) }) { return i..<(i + phrase.count) }
        }
        return nil
    }
}
