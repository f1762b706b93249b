/// Recognizes the marker that opens a list item: "1.", "1\.", "a.", "iv.", "2.b.", "(c)", "-", "*", "•".
enum ListMarker {
    /// The marker and the rest of the line, or nil when the line is not a list item.
    static func split(_ line: String) -> (marker: String, rest: String)? {
        let trimmed = line.drop(while: { $0.isWhitespace })
        if let first = trimmed.first, "-*•+".contains(first), trimmed.dropFirst().first == " " {
            // "**bold**" is not a bullet; a lone "* " is.
            return (String(first), String(trimmed.dropFirst(2)))
        }
        var chars = Array(trimmed.prefix(16))
        chars.removeAll { $0 == "\\" }
        var i = 0
        var marker = ""
        var segments = 0
        // One or more segments of digits, a single letter, or a roman numeral, each ending in "." or ")".
        while i < chars.count {
            var j = i
            if chars[j] == "(" { j += 1 }
            let start = j
            while j < chars.count, chars[j].isLetter || chars[j].isNumber { j += 1 }
            let segment = String(chars[start..<j])
            guard j < chars.count, chars[j] == "." || chars[j] == ")", isLabel(segment) else { break }
            marker += String(chars[i...j])
            segments += 1
            i = j + 1
        }
        guard segments > 0, i < chars.count, chars[i] == " " || chars[i] == "\t" else { return nil }
        // Re-find the rest in the original text (it may have held backslashes).
        var rest = Substring(trimmed)
        var consumed = 0
        while consumed < i, let c = rest.first {
            rest = rest.dropFirst()
            if c != "\\" { consumed += 1 }
        }
        return (marker, String(rest.drop(while: { $0 == " " || $0 == "\t" })))
    }

    /// A list item's label: up to three digits, one lower-case letter, or a roman numeral ("12", "c", "iv").
    static func isLabel(_ s: String) -> Bool {
        if s.isEmpty { return false }
        if s.count <= 3, s.allSatisfy(\.isNumber) { return true }
        if s.count == 1, s.first?.isLowercase == true { return true }
        let roman = Set("ivxlc")
        return s.count <= 5 && s.allSatisfy { roman.contains($0) }
    }
}
