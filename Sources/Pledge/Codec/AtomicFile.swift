import Foundation

/// Writes a file so that readers see the old contents or the new, never half of either:
/// the text goes to a temporary file in the same folder, which is then renamed over the target.
enum AtomicFile {
    static func write(_ text: String, toPath path: String) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary, options: [.withoutOverwriting])
            guard rename(temporary.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw PledgeError.unwritable(file: path, reason: reason)
            }
        } catch let error as PledgeError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw PledgeError.unwritable(file: path, reason: (error as NSError).localizedDescription)
        }
    }
}
