import Foundation
import Pledge

/// The rule set being served, and its reloads. A request takes ``current`` once and decides
/// on it to the end, so a swap never changes an engine under a request. Reloads run one at
/// a time on their own queue, off the request path: the new set is read and compiled there
/// and swapped in whole; a set that fails to load is refused and the old one keeps serving.
package final class RuleSetStore: @unchecked Sendable {
    /// What the last reload did.
    package struct ReloadStatus: Sendable {
        package var at: Date
        package var trigger: String
        package var succeeded: Bool
        package var errors: [Diagnostic]
    }

    package let folder: String
    private let metrics: ServerMetrics
    private let queue = DispatchQueue(label: "pledge-server.reload")
    private let lock = NSLock()
    // Guarded by `lock`.
    private var served: RuleSet
    private var lastReload: ReloadStatus?
    // Only touched on `queue`.
    private var seen: [String]
    private var sources: [any DispatchSourceProtocol] = []

    /// Loads the folder's rules; throws their problems when they do not load.
    package init(folder: String, metrics: ServerMetrics) throws {
        self.folder = folder
        self.metrics = metrics
        seen = RulesFolder.fingerprint(of: folder)
        served = try RuleSet.load(folder: folder)
    }

    /// The rule set to decide on.
    package var current: RuleSet {
        lock.lock()
        defer { lock.unlock() }
        return served
    }

    /// The last reload's result, if any reload ran.
    package var lastReloadStatus: ReloadStatus? {
        lock.lock()
        defer { lock.unlock() }
        return lastReload
    }

    /// Reloads on SIGHUP, and whenever the folder's rule files change (polled every
    /// `interval` seconds; 0 turns polling off).
    package func watch(interval: Double) {
        signal(SIGHUP, SIG_IGN)
        queue.sync {
            let hangup = DispatchSource.makeSignalSource(signal: SIGHUP, queue: queue)
            hangup.setEventHandler { [weak self] in self?.reloadOnQueue(trigger: "SIGHUP") }
            hangup.resume()
            sources.append(hangup)
            guard interval > 0 else { return }
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(100))
            timer.setEventHandler { [weak self] in
                guard let self else { return }
                if RulesFolder.fingerprint(of: folder) != seen { reloadOnQueue(trigger: "folder change") }
            }
            timer.resume()
            sources.append(timer)
        }
    }

    /// Stops watching.
    package func stopWatching() {
        queue.sync {
            for source in sources { source.cancel() }
            sources.removeAll()
        }
    }

    private func reloadOnQueue(trigger: String) {
        // Fingerprint first: a change made while loading is seen at the next poll.
        seen = RulesFolder.fingerprint(of: folder)
        let status: ReloadStatus
        do {
            let fresh = try RuleSet.load(folder: folder)
            status = ReloadStatus(at: Date(), trigger: trigger, succeeded: true, errors: [])
            lock.lock()
            served = fresh
            lastReload = status
            lock.unlock()
            let count = fresh.policies.values.reduce(0) { $0 + $1.count }
            Self.report("reloaded (\(trigger)): \(fresh.policies.count) policies, \(count) rule files")
        } catch {
            let diagnostics = (error as? PledgeError)?.diagnostics ?? [Diagnostic("\(error)", at: SourceLocation(file: "."))]
            status = ReloadStatus(at: Date(), trigger: trigger, succeeded: false, errors: diagnostics)
            lock.lock()
            lastReload = status
            lock.unlock()
            Self.report("reload (\(trigger)) refused, the previous rules keep serving:\n"
                        + diagnostics.map { "  \($0)" }.joined(separator: "\n"))
        }
        metrics.recordReload(succeeded: status.succeeded)
    }

    private static func report(_ message: String) {
        FileHandle.standardError.write(Data("pledge-server: \(message)\n".utf8))
    }
}
