/// Reads the dates policies write ("08/19/2011", "March 2018", "March 3, 2018",
/// "3 March 2018", "2011-08-19") into ISO form (`2011-08-19`, or `2018-03` for a month).
enum DateText {
    private static let months = ["january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december"]

    /// The first date in `text`, in ISO form.
    static func first(in text: Substring) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).prefix(8)
        let list = Array(words)
        for (i, word) in list.enumerated() {
            let w = word.trimmingPunctuation()
            if let iso = isoDate(w) ?? slashDate(w) { return iso }
            if let month = monthNumber(w) {
                // "March 3, 2018" / "March 2018"
                if i + 1 < list.count, let day = Int(list[i + 1].trimmingPunctuation()), (1...31).contains(day),
                   i + 2 < list.count, let year = year(list[i + 2]) {
                    return "\(year)-\(pad(month))-\(pad(day))"
                }
                if i + 1 < list.count, let year = year(list[i + 1]) { return "\(year)-\(pad(month))" }
            }
            // "3 March 2018"
            if let day = Int(w), (1...31).contains(day), i + 2 < list.count,
               let month = monthNumber(list[i + 1].trimmingPunctuation()), let year = year(list[i + 2]) {
                return "\(year)-\(pad(month))-\(pad(day))"
            }
        }
        return nil
    }

    private static func isoDate(_ w: Substring) -> String? {
        let parts = w.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), y > 1900,
              let m = Int(parts[1]), (1...12).contains(m), let d = Int(parts[2]), (1...31).contains(d) else { return nil }
        return "\(y)-\(pad(m))-\(pad(d))"
    }

    /// US order, as American policies write it: month/day/year.
    private static func slashDate(_ w: Substring) -> String? {
        let parts = w.split(separator: "/")
        guard parts.count == 3, let m = Int(parts[0]), (1...12).contains(m), let d = Int(parts[1]), (1...31).contains(d),
              var y = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { y += 2000 }
        guard y > 1900, y < 3000 else { return nil }
        return "\(y)-\(pad(m))-\(pad(d))"
    }

    private static func monthNumber(_ w: Substring) -> Int? {
        let lower = w.lowercased()
        guard lower.count >= 3 else { return nil }
        return months.firstIndex { $0 == lower || ($0.hasPrefix(lower) && lower.count == 3) }.map { $0 + 1 }
    }

    private static func year(_ w: Substring) -> Int? {
        let t = w.trimmingPunctuation()
        guard t.count == 4, let y = Int(t), y > 1900, y < 3000 else { return nil }
        return y
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension Substring {
    func trimmingPunctuation() -> Substring {
        var s = self
        while let f = s.first, f.isPunctuation { s = s.dropFirst() }
        while let l = s.last, l.isPunctuation { s = s.dropLast() }
        return s
    }
}
