import Foundation
import Pledge
import PledgeExtract

/// The policy files named on the command line: files as given, folders as `<id>/<date>.<ext>`.
struct PolicySet {
    struct File {
        /// The path as given (normalized: no "./", no trailing "/"): it is recorded as the rules' source.
        var path: String
        /// The policy's id: the folder it stands in.
        var id: String
        /// The version: the file name without its extension.
        var version: String

        func target(in folder: String) -> String { "\(folder)/\(id)/\(version).yaml" }
    }

    static let extensions: Set<String> = ["md", "markdown", "txt", "html", "htm"]

    var files: [File] = []
    private var folders: [String] = []

    init(paths: [String]) throws {
        var problems: [Diagnostic] = []
        let fm = FileManager.default
        for raw in paths {
            let path = Self.normalized(raw)
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw PledgeError.unreadable(file: path, reason: "no such file or folder")
            }
            if isFolder.boolValue {
                folders.append(path)
                let ids = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted()
                var found = false
                for id in ids where !id.hasPrefix(".") {
                    var sub: ObjCBool = false
                    guard fm.fileExists(atPath: "\(path)/\(id)", isDirectory: &sub), sub.boolValue else { continue }
                    for name in ((try? fm.contentsOfDirectory(atPath: "\(path)/\(id)")) ?? []).sorted() {
                        let ext = (name as NSString).pathExtension.lowercased()
                        guard Self.extensions.contains(ext), !name.hasPrefix(".") else { continue }
                        found = true
                        do { files.append(try Self.file("\(path)/\(id)/\(name)")) } catch let error as PledgeError {
                            problems.append(contentsOf: error.diagnostics)
                        }
                    }
                }
                if !found { problems.append(ExtractionProblem.noPolicies.at(path)) }
            } else {
                let ext = (path as NSString).pathExtension.lowercased()
                guard Self.extensions.contains(ext) else { problems.append(ExtractionProblem.notAPolicy.at(path)); continue }
                do { files.append(try Self.file(path)) } catch let error as PledgeError { problems.append(contentsOf: error.diagnostics) }
            }
        }
        // One rule file per policy version: `acme/2024.md` and `acme/2024.html` may not both write `acme/2024.yaml`.
        var firstSource: [String: String] = [:]
        for file in files {
            let target = file.target(in: "")
            if let first = firstSource[target] {
                problems.append(ExtractionProblem.sameTarget(target: "\(file.id)/\(file.version).yaml", first: first).at(file.path))
            } else {
                firstSource[target] = file.path
            }
        }
        if !problems.isEmpty { throw PledgeError.invalid(problems) }
    }

    /// A policy file's id (its folder's name; `policy` when it has none) and version (its
    /// name without the extension), each checked to be a plain name, so that the rule file
    /// `<id>/<version>.yaml` stays inside the output folder.
    static func file(_ path: String) throws -> File {
        let components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let version = ((components.last ?? "") as NSString).deletingPathExtension
        let parent = components.dropLast().last ?? "."
        let id = parent == "." ? "policy" : parent
        for (component, role) in [(id, "folder"), (version, "file name")] where !isName(component) {
            throw PledgeError.invalid([ExtractionProblem.unnamable(component: component, role: role).at(path)])
        }
        return File(path: path, id: id, version: version)
    }

    /// Letters, digits, `.`, `_`, `-`, not starting with `.`: never `..`, a hidden name or a separator.
    private static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "." else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
    }

    /// The rule files under `output` that the named folders' policies could have produced
    /// (not the review and test files that stand beside them).
    func ruleFiles(in output: String) -> [String] {
        let fm = FileManager.default
        let ids = folders.isEmpty ? Set(files.map(\.id)).sorted() : ((try? fm.contentsOfDirectory(atPath: output)) ?? []).sorted()
        var result: [String] = []
        for id in ids where !id.hasPrefix(".") {
            for name in ((try? fm.contentsOfDirectory(atPath: "\(output)/\(id)")) ?? []).sorted() where name.hasSuffix(".yaml")
                && !ReviewFile.isReviewFile(name) && !ExpectationFile.isExpectationFile(name) {
                result.append("\(output)/\(id)/\(name)")
            }
        }
        return result
    }

    /// A policy file's bytes, refusing one over the extractor's limit before reading it all.
    static func read(_ path: String) throws -> [UInt8] {
        try FileInput.bytes(atPath: path, limit: PolicyInput.maximumBytes)
    }

    private static func normalized(_ path: String) -> String {
        var p = path
        while p.hasPrefix("./") { p.removeFirst(2) }
        while p.count > 1, p.hasSuffix("/") { p.removeLast() }
        return p
    }
}
