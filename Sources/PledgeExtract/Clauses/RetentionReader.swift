import Pledge

/// Reads a retention period ("for 30 days", "no longer than two years") into a bound:
/// a permission keeps data at most that long; a prohibition forbids keeping it longer, and a
/// duty to delete ("deleted after 30 days") is broken by keeping it longer.
enum RetentionReader {
    /// The period of a predicate's object — or of its subject, for a passive, whose subject is what it acts on
    /// ("Information older than 30 days is deleted").
    static func limit(of p: Predicate, object: Range<Int>, _ s: AnnotatedSentence, effect: Effect, ages: [AgeBound]) -> RetentionLimit? {
        limit(in: object, s, effect: effect, ages: ages) ?? (p.passive ? limit(in: p.subject, s, effect: effect, ages: ages) : nil)
    }

    /// An age ("persons under 13 years of age") is no period.
    static func limit(in range: Range<Int>, _ s: AnnotatedSentence, effect: Effect, ages: [AgeBound]) -> RetentionLimit? {
        for i in range where !ages.contains(where: { $0.range.contains(i) }) {
            let w = s.word(i)
            // "five minutes ago": a point in time, no period.
            guard let number = Int(w) ?? Grammar.numberWords[w], number > 0, number < 10_000,
                  let unit = Grammar.durationUnits[s.word(i + 1)], s.word(i + 2) != "ago",
                  let duration = ISODuration(unit.hasPrefix("T") ? "PT\(number)\(unit.dropFirst())" : "P\(number)\(unit)") else { continue }
            // "please allow 4 – 6 weeks for this process", "it may take 10 days": the time an act takes, no period data is kept.
            if (max(0, i - 4)..<i).contains(where: { Grammar.takingTimeVerbs.contains(s.word($0)) }) { continue }
            return effect == .allow ? .atMost(duration) : .longerThan(duration)
        }
        return nil
    }
}
