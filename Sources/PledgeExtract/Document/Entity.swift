/// Decodes one HTML character reference (`&amp;`, `&#8217;`, `&#x2019;`, the common named ones).
enum Entity {
    private static let named: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "mdash": "—", "ndash": "–",
        "hellip": "…", "copy": "©", "reg": "®", "trade": "™", "bull": "•", "middot": "·",
    ]

    /// The character and how many input characters the reference spans, or nil when
    /// `&` does not start a reference (then it is literal text).
    static func decode(_ chars: [Character], at start: Int) -> (Character, Int)? {
        var j = start + 1
        var name = ""
        while j < chars.count, j - start <= 10, chars[j] != ";" {
            name.append(chars[j])
            j += 1
        }
        guard j < chars.count, chars[j] == ";", !name.isEmpty else { return nil }
        let length = j - start + 1
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let v = value, let scalar = Unicode.Scalar(v), v != 0 else { return nil }
            return (Character(scalar), length)
        }
        guard let c = named[name.lowercased()] else { return nil }
        return (c, length)
    }
}
