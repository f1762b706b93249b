import Foundation
import Pledge

/// Every policy of a rules folder, compiled: `<folder>/<id>/<version>.yaml` (and rule files
/// directly in the folder). Immutable: a reload builds a new one and swaps it in whole.
package final class RuleSet: Sendable {
    /// Versions of each policy id, oldest first (versions are ISO dates, so they sort as text).
    package let policies: [String: [ServedPolicy]]
    /// When this set was loaded.
    package let loadedAt: Date

    package init(policies: [ServedPolicy], loadedAt: Date = Date()) {
        self.policies = Dictionary(grouping: policies, by: \.id).mapValues { $0.sorted { $0.version < $1.version } }
        self.loadedAt = loadedAt
    }

    /// The policy `id` at `version`, or its latest version when none is named.
    package func policy(_ id: String, version: String?) -> ServedPolicy? {
        guard let versions = policies[id] else { return nil }
        guard let version else { return versions.last }
        return versions.first { $0.version == version }
    }

    /// Reads and compiles every rule file under `folder`. Any file that fails refuses the
    /// whole set: every problem is thrown, each naming its file relative to the folder.
    package static func load(folder: String, taxonomy: Taxonomy = .standard) throws -> RuleSet {
        var served: [ServedPolicy] = []
        var problems: [Diagnostic] = []
        let files = RulesFolder.ruleFiles(in: folder)
        if files.isEmpty {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
            throw PledgeError.invalid([Diagnostic(exists ? "no rule file (*.yaml) in the rules folder" : "no such folder",
                                                  at: SourceLocation(file: "."))])
        }
        for name in files {
            do {
                let bytes = try FileInput.bytes(atPath: folder + "/" + name, limit: RuleFile.sizeLimit)
                let document = try RuleFile.decode(bytes: bytes, file: name, taxonomy: taxonomy)
                if document.rules.isEmpty { throw PledgeError.invalid([Diagnostic(.noRules, file: name)]) }
                let version = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
                served.append(ServedPolicy(id: document.policy.id, version: version, ruleFile: name,
                                           rulesSHA256: SourceDigest.hex(bytes), engine: try Engine(document: document, taxonomy: taxonomy),
                                           operationTerms: OperationTerms(taxonomy: document.taxonomy(extending: taxonomy), terms: document.terms)))
            } catch let error as PledgeError {
                // Name the file as the folder knows it, not as the server's file system does.
                problems += error.diagnostics.map { d in
                    d.location.file.hasPrefix(folder) ? Diagnostic(d.message, at: SourceLocation(file: name)) : d
                }
            }
        }
        for (id, versions) in Dictionary(grouping: served, by: { "\($0.id)@\($0.version)" }) where versions.count > 1 {
            problems.append(Diagnostic("policy \(id) is defined by more than one rule file: "
                                       + versions.map(\.ruleFile).joined(separator: ", "), at: SourceLocation(file: versions[1].ruleFile)))
        }
        if !problems.isEmpty { throw PledgeError.invalid(problems) }
        return RuleSet(policies: served)
    }
}
