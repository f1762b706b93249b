import Foundation
import Pledge
import PledgeExtract

/// A policy named on the command line: a rule file (`.yaml`, `.yml`), or a policy text
/// (anything else), whose rules are extracted on the fly.
enum PolicyInput {
    /// The largest policy text read.
    static let textLimit = 16 << 20

    static func load(_ path: String, taxonomy: Taxonomy) throws -> PolicyDocument {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if ext == "yaml" || ext == "yml" { return try RuleFile.load(path: path, taxonomy: taxonomy) }
        let text = try readText(path)
        // Policies/<id>/<date>.md: the folder names the policy.
        let id = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
        return try Extractor(taxonomy: taxonomy).extract(text: text, source: path, id: id.isEmpty ? "policy" : id)
    }

    private static func readText(_ path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw PledgeError.unreadable(file: path, reason: "no such file or not readable") }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: textLimit + 1) ?? Data()
        } catch {
            throw PledgeError.unreadable(file: path, reason: error.localizedDescription)
        }
        guard data.count <= textLimit else { throw PledgeError.unreadable(file: path, reason: "larger than \(textLimit >> 20) MiB") }
        guard let text = String(data: data, encoding: .utf8) else { throw PledgeError.unreadable(file: path, reason: "not UTF-8 text") }
        return text
    }
}
