import Foundation
import Pledge
import PledgeExtract

/// A policy named on the command line: a rule file (`.yaml`, `.yml`), or a policy text
/// (anything else), whose rules are extracted on the fly.
enum PolicyArgument {
    static func load(_ path: String, taxonomy: Taxonomy) throws -> PolicyDocument {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension.lowercased()
        if ext == "yaml" || ext == "yml" { return try RuleFile.load(path: path, taxonomy: taxonomy) }
        // Policies/<id>/<date>.md: the folder names the policy.
        let id = url.deletingLastPathComponent().lastPathComponent
        return try Extractor(taxonomy: taxonomy).extract(bytes: PolicySet.read(path), source: path, id: id.isEmpty ? "policy" : id)
    }
}
