/// The "did you mean" for a misspelt key: a known key with the same last dotted component
/// (`email` → `user.contact.email`), else the closest by edit distance, if close enough.
enum NearestKey {
    static func suggestion(for key: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(key.lowercased().unicodeScalars)
        guard !target.isEmpty, target.count <= 128 else { return nil }
        var best: (distance: Int, key: String)? = nil
        let allowed = max(2, target.count / 3)
        for candidate in candidates {
            if candidate.split(separator: ".").last.map(String.init)?.lowercased() == key.lowercased(), candidate != key {
                return candidate
            }
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - target.count) <= allowed else { continue }
            let d = distance(target, other)
            if d <= allowed, d < (best?.distance ?? .max) { best = (d, candidate) }
        }
        return best?.key
    }

    /// Levenshtein distance, two rows.
    private static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
