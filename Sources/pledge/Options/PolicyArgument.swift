import Foundation
import Pledge
import PledgeExtract

/// A policy named on the command line: a rule file (`.yaml`, `.yml`), or a policy text
/// (anything else), whose rules are extracted on the fly.
enum PolicyArgument {
    /// Read one byte past the extractor's 16 MiB limit, so that it reports an oversized
    /// text without this reading all of it.
    static let readLimit = (16 << 20) + 1

    static func load(_ path: String, taxonomy: Taxonomy) throws -> PolicyDocument {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension.lowercased()
        if ext == "yaml" || ext == "yml" { return try RuleFile.load(path: path, taxonomy: taxonomy) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw PledgeError.unreadable(file: path, reason: "no such file or not readable") }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: readLimit) ?? Data()
        } catch {
            throw PledgeError.unreadable(file: path, reason: error.localizedDescription)
        }
        // Policies/<id>/<date>.md: the folder names the policy.
        let id = url.deletingLastPathComponent().lastPathComponent
        return try Extractor(taxonomy: taxonomy).extract(bytes: [UInt8](data), source: path, id: id.isEmpty ? "policy" : id)
    }
}
