/// An ISO-8601 duration (`P30D`, `P1Y6M`, `PT12H`), kept as written and compared by an
/// approximate length in seconds (a year is 365 days, a month 30).
public struct ISODuration: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The text as written, e.g. `P30D`.
    public let text: String
    /// The approximate length in seconds.
    public let seconds: Int64

    /// Parses `PnYnMnWnDTnHnMnS`, each component at most once and in that order, and `T`
    /// only before a time component; returns nil for anything else (`P1D1D`, `P1DT`).
    public init?(_ text: String) {
        var scalars = Substring(text).unicodeScalars
        guard scalars.first == "P", text.utf8.count <= 64 else { return nil }
        scalars.removeFirst()
        var total: Int64 = 0
        var number: Int64? = nil
        var inTime = false
        var sawComponent = false
        var sawTimeComponent = false
        var lastUnit = -1   // components stand in the order Y M W D T H M S, each at most once
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                let digit = Int64(scalar.value - 48)
                let (times, overflow1) = (number ?? 0).multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(digit)
                guard !overflow1, !overflow2 else { return nil }
                number = sum
                continue
            }
            if scalar == "T" {
                guard !inTime, number == nil else { return nil }
                inTime = true
                continue
            }
            guard let value = number else { return nil }
            let unit: Int64, order: Int
            switch (scalar, inTime) {
            case ("Y", false): (unit, order) = (365 * 86_400, 0)
            case ("M", false): (unit, order) = (30 * 86_400, 1)
            case ("W", false): (unit, order) = (7 * 86_400, 2)
            case ("D", false): (unit, order) = (86_400, 3)
            case ("H", true): (unit, order) = (3_600, 4)
            case ("M", true): (unit, order) = (60, 5)
            case ("S", true): (unit, order) = (1, 6)
            default: return nil
            }
            guard order > lastUnit else { return nil }
            lastUnit = order
            sawTimeComponent = sawTimeComponent || inTime
            let (part, overflow1) = value.multipliedReportingOverflow(by: unit)
            let (sum, overflow2) = total.addingReportingOverflow(part)
            guard !overflow1, !overflow2 else { return nil }
            total = sum
            number = nil
            sawComponent = true
        }
        // "P1DT": a time designator with no time after it is malformed.
        guard sawComponent, number == nil, !inTime || sawTimeComponent else { return nil }
        self.text = text
        self.seconds = total
    }

    public var description: String { text }

    public static func < (lhs: ISODuration, rhs: ISODuration) -> Bool { lhs.seconds < rhs.seconds }
    public static func == (lhs: ISODuration, rhs: ISODuration) -> Bool { lhs.seconds == rhs.seconds }
    public func hash(into hasher: inout Hasher) { hasher.combine(seconds) }
}
