import Pledge

/// Reads a retention period ("for 30 days", "no longer than two years") into a bound:
/// a permission keeps data at most that long; a prohibition forbids keeping it longer, and a
/// duty to delete ("deleted after 30 days") is broken by keeping it longer.
enum RetentionReader {
    static func limit(in range: Range<Int>, _ s: AnnotatedSentence, effect: Effect) -> RetentionLimit? {
        for i in range {
            let w = s.word(i)
            guard let number = Int(w) ?? Grammar.numberWords[w], number > 0, number < 10_000,
                  let unit = Grammar.durationUnits[s.word(i + 1)],
                  let duration = ISODuration("P\(number)\(unit)") else { continue }
            return effect == .allow ? .atMost(duration) : .longerThan(duration)
        }
        return nil
    }
}
