/// Folds the inflections of an English word onto one form, so that a taxonomy phrase
/// written once ("share", "cookie", "third party") also matches "shared", "sharing",
/// "cookies", "third parties". It is deliberately simple: the same folding is applied
/// to the phrases and to the text, so it only has to be consistent, not linguistically exact.
enum Inflection {
    /// Nouns in "-ing" whose meaning is not the act of their verb: "accounting purposes" are not "account purposes",
    /// an "evening" is not "even". They keep their own form (a plural folds onto it).
    private static let lexicalNouns: Set<String> = ["accounting", "building", "evening", "meaning", "morning"]

    static func stem(_ word: String) -> String {
        let utf8 = word.utf8
        // Only plain lower-case ASCII words are folded; anything else is matched as written.
        guard utf8.count > 3, utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || $0 == 45 }) else { return word }
        if lexicalNouns.contains(word) { return word }
        if word.hasSuffix("s"), lexicalNouns.contains(String(word.dropLast())) { return String(word.dropLast()) }
        var w = Array(utf8)
        // "e-mail" and "email" are one word; policies spell it both ways, phrases usually once.
        if w.count > 2, w[0] == 101, w[1] == 45 { w.remove(at: 1) }
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard w.count > n else { return false }
            let s = suffix.utf8Start
            for k in 0..<n where w[w.count - n + k] != s[k] { return false }
            return true
        }
        // Keep at least three letters of stem so that short words ("uses", "used") stay apart from "us".
        func drop(_ n: Int) -> Bool {
            guard w.count - n >= 3 else { return false }
            w.removeLast(n)
            return true
        }
        func undouble() {
            guard w.count >= 4, let last = w.last, last == w[w.count - 2],
                  last != 108, last != 115, last != 122 else { return }   // keep -ll, -ss, -zz
            w.removeLast()
        }
        if ends("ies") { if drop(3) { w.append(105) } }            // parties → parti
        else if ends("sses") { _ = drop(2) }                         // addresses → address
        else if ends("ing") { if drop(3) { undouble() } }           // sharing → shar, logging → log
        else if ends("ed") { if drop(2) { undouble() } }            // shared → shar, logged → log
        else if ends("es"), w.count > 2, [115, 120, 122, 104].contains(w[w.count - 3]) { _ = drop(2) } // boxes
        else if ends("s"), !ends("ss"), !ends("us"), !ends("is") { _ = drop(1) }
        if w.count > 3, let last = w.last {
            if last == 101 { w.removeLast() }                        // share → shar
            else if last == 121 { w[w.count - 1] = 105 }             // party → parti
        }
        return String(decoding: w, as: UTF8.self)
    }
}
