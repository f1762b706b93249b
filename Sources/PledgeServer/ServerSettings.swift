import Foundation

/// How `pledge-server` runs: from its command line, with safe defaults (loopback only,
/// bounded bodies, batches and timeouts; a token required for any other address).
package struct ServerSettings: Sendable {
    package var rules = ""
    package var host = "127.0.0.1"
    /// 0: any free port (the one bound is printed on standard output).
    package var port = 8181
    /// The bearer token every request but `/health` must carry, if set.
    package var token: String?
    package var decisionLog: DecisionLog.Settings?
    /// Seconds between polls of the rules folder; 0: reload on SIGHUP only.
    package var watchInterval = 2.0
    package var maxBodyBytes = 1 << 20
    package var maxBatch = 1000
    /// A request head must arrive within this many seconds of connecting or of the last
    /// answer, and a body must not stall longer (Hummingbird's idle timeout).
    package var headerTimeout = 10.0
    /// A request body must be read whole within this many seconds (plus at most one stall).
    package var bodyTimeout = 10.0

    package static let usage = """
        USAGE: pledge-server --rules <folder> [options]

        Answers POST /v1/check with the decisions `pledge check --format json` gives (or, with
        ?format=compact, the decisions alone on one line), for every policy of a rules folder
        (<folder>/<id>/<version>.yaml). See README.md, 'The decision API'.

        OPTIONS:
          --rules <folder>          The rules folder (required).
          --host <address>          Address to bind (default 127.0.0.1). Any address but loopback needs --token-file.
          --port <port>             Port (default 8181; 0: any free port, printed on standard output).
          --token-file <file>       A file holding the bearer token every request but /health must carry.
          --decision-log <file>     Append one JSON line per decision to this file (default: no log).
          --log-flush <seconds>     Longest a decision line waits in memory (default 1).
          --log-rotate-bytes <n>    Rotate the log before it grows past this size (default 67108864).
          --log-keep <n>            Rotated log files kept (default 5).
          --log-max-pending <n>     Bytes of lines waiting to be written beyond which requests wait for the
                                    log (default 16777216).
          --log-max-wait <s>        Longest a request waits for the log before it is refused with 503 (default 1).
          --watch-interval <s>      Seconds between polls of the rules folder for changes (default 2; 0: SIGHUP only).
          --max-body <bytes>        Largest request body (default 1048576).
          --max-batch <n>           Most operations in one request (default 1000).
          --header-timeout <s>      A request head must arrive within this time (default 10).
          --body-timeout <s>        A request body must be read within this time (default 10).
          -h, --help                Show this help.
        """

    /// Parses the arguments (without the program name).
    /// - Throws: ``ServerSettingsError`` with a message for standard error.
    package static func parse(_ arguments: [String]) throws(ServerSettingsError) -> ServerSettings {
        var settings = ServerSettings()
        var logSettings: DecisionLog.Settings?
        var logFlush: Double?, logRotate: Int?, logKeep: Int?, logMaxPending: Int?, logMaxWait: Double?
        var rest = arguments[...]
        func value(_ option: String) throws(ServerSettingsError) -> String {
            guard let value = rest.popFirst() else { throw .usage("\(option) needs a value") }
            return value
        }
        func number<N: LosslessStringConvertible & Comparable>(_ option: String, at least: N) throws(ServerSettingsError) -> N {
            let text = try value(option)
            guard let n = N(text), n >= least else { throw .usage("\(option): '\(text)' is not a number ≥ \(least)") }
            return n
        }
        while let option = rest.popFirst() {
            switch option {
            case "-h", "--help": throw .help
            case "--rules": settings.rules = try value(option)
            case "--host": settings.host = try value(option)
            case "--port":
                settings.port = try number(option, at: 0)
                if settings.port > 65535 { throw .usage("--port: \(settings.port) is not a port") }
            case "--token-file":
                let path = try value(option)
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw .usage("--token-file: cannot read \(path)") }
                let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard token.count >= 16 else { throw .usage("--token-file: the token in \(path) is shorter than 16 characters") }
                settings.token = token
            case "--decision-log": logSettings = DecisionLog.Settings(path: try value(option))
            case "--log-flush": logFlush = try number(option, at: 0.001)
            case "--log-rotate-bytes": logRotate = try number(option, at: 1)
            case "--log-keep": logKeep = try number(option, at: 0)
            case "--log-max-pending": logMaxPending = try number(option, at: 1)
            case "--log-max-wait": logMaxWait = try number(option, at: 0.001)
            case "--watch-interval": settings.watchInterval = try number(option, at: 0)
            case "--max-body": settings.maxBodyBytes = try number(option, at: 1)
            case "--max-batch": settings.maxBatch = try number(option, at: 1)
            case "--header-timeout": settings.headerTimeout = try number(option, at: 0.001)
            case "--body-timeout": settings.bodyTimeout = try number(option, at: 0.001)
            default: throw .usage("unknown option '\(option)'")
            }
        }
        if settings.rules.isEmpty { throw .usage("--rules <folder> is required") }
        if settings.token == nil, !["127.0.0.1", "::1", "localhost"].contains(settings.host) {
            throw .usage("--host \(settings.host) is reachable from other machines: give --token-file too")
        }
        if var log = logSettings {
            if let logFlush { log.flushInterval = logFlush }
            if let logRotate { log.rotateBytes = logRotate }
            if let logKeep { log.keep = logKeep }
            if let logMaxPending { log.maxPendingBytes = logMaxPending }
            if let logMaxWait { log.maxWait = logMaxWait }
            settings.decisionLog = log
        } else if logFlush != nil || logRotate != nil || logKeep != nil || logMaxPending != nil || logMaxWait != nil {
            throw .usage("--log-flush, --log-rotate-bytes, --log-keep, --log-max-pending and --log-max-wait need --decision-log")
        }
        return settings
    }
}

/// Why the command line was not accepted.
package enum ServerSettingsError: Error, Sendable {
    case help
    case usage(String)
}
