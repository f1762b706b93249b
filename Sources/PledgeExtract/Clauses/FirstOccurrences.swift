extension Array where Element: Hashable {
    /// The elements in the order they first occur, each once: keys read from several phrases, without repeats.
    func firstOccurrences() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
