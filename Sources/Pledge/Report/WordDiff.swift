/// The words of an old and a new clause, each marked kept, removed or added: the
/// longest common subsequence of their words, so a reworded clause shows what changed.
struct WordDiff: Sendable {
    enum Mark: Sendable, Equatable {
        case kept, removed, added
    }

    /// The old clause's words with their marks (kept or removed).
    let old: [(word: String, mark: Mark)]
    /// The new clause's words with their marks (kept or added).
    let new: [(word: String, mark: Mark)]

    init(old oldText: String, new newText: String) {
        let a = oldText.split(whereSeparator: \.isWhitespace).map(String.init)
        let b = newText.split(whereSeparator: \.isWhitespace).map(String.init)
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices.reversed() {
            for j in b.indices.reversed() {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var old: [(String, Mark)] = [], new: [(String, Mark)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                old.append((a[i], .kept)); new.append((b[j], .kept)); i += 1; j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                new.append((b[j], .added)); j += 1
            } else {
                old.append((a[i], .removed)); i += 1
            }
        }
        self.old = old
        self.new = new
    }

    /// How alike two clauses' words are, from 0 (no word shared) to 1 (the same words),
    /// ignoring case and punctuation: twice the shared words over the words of both.
    static func likeness(_ a: String, _ b: String) -> Double {
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
        }
        let x = words(a), y = words(b)
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
    }
}
