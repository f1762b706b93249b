/// What ties a review to its sentence: a hash of the sentence's words, not of its place.
/// The sentence is normalised first (case, typographic quotes and dashes, runs of white
/// space, space before punctuation), so re-wrapping or moving it keeps its reviews; a
/// change of wording does not.
public enum SentenceHash {
    /// The sentence as it is hashed: lower case, straight quotes, plain hyphens, single spaces,
    /// none before `.,;:!?` (markup removed from "collect **.**" leaves one).
    public static func normalised(_ sentence: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in sentence.lowercased() {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace, !".,;:!?".contains(character) { out.append(" ") }
            pendingSpace = false
            switch character {
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": out.append("'")
            case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}": out.append("\"")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": out.append("-")
            default: out.append(character)
            }
        }
        return out
    }

    /// The first 16 hexadecimal digits of the SHA-256 of the normalised sentence: short
    /// enough to read in a review file, far more than one policy's sentences need.
    public static func of(_ sentence: String) -> String {
        of(normalised: normalised(sentence))
    }

    /// The hash of a sentence already normalised.
    static func of(normalised: String) -> String {
        String(SourceDigest.hex(Array(normalised.utf8)).prefix(16))
    }

    /// Whether `text` has the form of a sentence hash.
    static func isHash(_ text: String) -> Bool {
        text.utf8.count == 16 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
