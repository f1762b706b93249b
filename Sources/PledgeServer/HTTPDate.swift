import Foundation
import Synchronization

/// The `Date` field every answer carries (RFC 9110's IMF-fixdate: `Thu, 26 Nov 2026 19:47:52 GMT`),
/// with `Server` after it, written as they go on the wire once a second, not once an answer.
final class HTTPDate: Sendable {
    private let last = Mutex<(second: Int, fields: [UInt8])>((-1, []))
    private let server: String

    init(server: String) { self.server = server }

    /// `Date: …\r\nServer: …\r\n` for the current second.
    var fields: [UInt8] {
        var clock = timespec()
        clock_gettime(CLOCK_REALTIME, &clock)
        let second = clock.tv_sec
        return last.withLock { last in
            if last.second != second { last = (second, Array("Date: \(Self.text(second))\r\nServer: \(server)\r\n".utf8)) }
            return last.fields
        }
    }

    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func text(_ second: Int) -> String {
        var seconds = second
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}
