/// An ISO-8601 duration (`P30D`, `P1Y6M`, `PT12H`), kept as written and compared by an
/// approximate length in seconds (a year is 365 days, a month 30).
public struct ISODuration: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The text as written, e.g. `P30D`.
    public let text: String
    /// The approximate length in seconds.
    public let seconds: Int64

    /// Parses `PnYnMnWnDTnHnMnS`; returns nil for anything else.
    public init?(_ text: String) {
        var scalars = Substring(text).unicodeScalars
        guard scalars.first == "P", text.utf8.count <= 64 else { return nil }
        scalars.removeFirst()
        var total: Int64 = 0
        var number: Int64? = nil
        var inTime = false
        var sawComponent = false
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
            let unit: Int64
            switch (scalar, inTime) {
            case ("Y", false): unit = 365 * 86_400
            case ("M", false): unit = 30 * 86_400
            case ("W", false): unit = 7 * 86_400
            case ("D", false): unit = 86_400
            case ("H", true): unit = 3_600
            case ("M", true): unit = 60
            case ("S", true): unit = 1
            default: return nil
            }
            let (part, overflow1) = value.multipliedReportingOverflow(by: unit)
            let (sum, overflow2) = total.addingReportingOverflow(part)
            guard !overflow1, !overflow2 else { return nil }
            total = sum
            number = nil
            sawComponent = true
        }
        guard sawComponent, number == nil else { return nil }
        self.text = text
        self.seconds = total
    }

    public var description: String { text }

    public static func < (lhs: ISODuration, rhs: ISODuration) -> Bool { lhs.seconds < rhs.seconds }
    public static func == (lhs: ISODuration, rhs: ISODuration) -> Bool { lhs.seconds == rhs.seconds }
    public func hash(into hasher: inout Hasher) { hasher.combine(seconds) }
}
