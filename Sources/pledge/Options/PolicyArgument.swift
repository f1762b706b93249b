import Foundation
import Pledge
import PledgeExtract

/// A policy named on the command line: a rule file (`.yaml`, `.yml`, `.json`), or a policy
/// text (`.md`, `.markdown`, `.txt`, `.html`, `.htm`), whose rules are extracted on the fly.
/// Any other name is refused, so a rule file is never read as policy text.
enum PolicyArgument {
    static func load(_ path: String, taxonomy: Taxonomy) throws -> PolicyDocument {
        let ext = (path as NSString).pathExtension.lowercased()
        if RuleFile.extensions.contains(ext) { return try RuleFile.load(path: path, taxonomy: taxonomy) }
        guard PolicySet.extensions.contains(ext) else {
            // A path that cannot be read (a folder, a missing file) is named as such first.
            _ = try FileInput.bytes(atPath: path, limit: RuleFile.sizeLimit)
            throw PledgeError.invalid([ExtractionProblem.notRulesOrPolicy.at(path)])
        }
        // Policies/<id>/<date>.md: the folder names the policy.
        return try Extractor(taxonomy: taxonomy).extract(bytes: PolicySet.read(path), source: path, id: PolicySet.file(path).id)
    }
}
