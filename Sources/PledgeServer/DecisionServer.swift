import Foundation
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import Pledge
import ServiceLifecycle

/// `pledge-server`: the rules folder compiled and watched, the decision log opened, the
/// API served until SIGTERM or SIGINT; then in-flight requests finish, the log is written
/// out and synced, and the process exits.
///
/// The server is Hummingbird 2's (HummingbirdCore): it binds, accepts, times out idle
/// connections and shuts down gracefully; SwiftNIO parses HTTP/1.1; each request goes straight
/// to ``DecisionAPI`` on its connection's event loop (``DecisionChannel``).
package enum DecisionServer {
    /// Runs until a shutdown signal. Prints `listening on http://<host>:<port>` on standard
    /// output once the port is bound (with `--port 0`, the port chosen).
    /// - Throws: ``PledgeError`` when the rules do not load or the log cannot be opened.
    package static func run(_ settings: ServerSettings) async throws {
        let metrics = ServerMetrics()
        let store: RuleSetStore
        do {
            store = try RuleSetStore(folder: settings.rules, metrics: metrics)
        } catch let error as PledgeError {
            // On the operator's terminal, name the files as they can open them.
            throw PledgeError.invalid(error.diagnostics.map { d in
                let file = d.location.file == "." ? settings.rules : settings.rules + "/" + d.location.file
                return Diagnostic(d.message, at: SourceLocation(file: file, line: d.location.line, column: d.location.column))
            })
        }
        let log = try settings.decisionLog.map { try DecisionLog(settings: $0) }
        store.watch(interval: settings.watchInterval)
        // Runs after the server has stopped: in-flight requests have finished, so every
        // answered decision is in the log's buffer, which `close` writes out and syncs.
        defer {
            store.stopWatching()
            log?.close()
        }

        let api = DecisionAPI(
            check: CheckEndpoint(store: store, log: log, metrics: metrics, maxBatch: settings.maxBatch),
            status: StatusEndpoints(store: store, log: log, metrics: metrics),
            token: settings.token.map(BearerToken.init),
            metrics: metrics)
        var logger = Logger(label: DecisionAPI.serverName)
        logger.logLevel = .warning
        let connections = DecisionChannel(api: api, maxBodyBytes: settings.maxBodyBytes,
                                          idleTimeout: .milliseconds(Int64(settings.headerTimeout * 1000)),
                                          bodyTimeout: .milliseconds(Int64(settings.bodyTimeout * 1000)))
        let server = connections.server(
            configuration: .init(address: .hostname(settings.host, port: settings.port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? settings.port
                FileHandle.standardOutput.write(Data("pledge-server: listening on http://\(settings.host):\(port)\n".utf8))
            },
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            logger: logger)
        let services = ServiceGroup(configuration: .init(services: [server], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await services.run()
        } catch {
            throw DecisionServerError.cannotServe(address: "\(settings.host):\(settings.port)", reason: "\(error)")
        }
        FileHandle.standardError.write(Data("pledge-server: stopping\n".utf8))
    }
}

/// The server could not run (the address in use, a port it may not bind).
package enum DecisionServerError: Error, CustomStringConvertible {
    case cannotServe(address: String, reason: String)

    package var description: String {
        switch self {
        case .cannotServe(let address, let reason): return "pledge-server: error: cannot serve on \(address): \(reason)"
        }
    }
}
