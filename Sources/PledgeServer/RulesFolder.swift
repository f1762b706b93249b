import Foundation
import Pledge

/// The rule files of a rules folder, and a cheap fingerprint of them for noticing a change.
package enum RulesFolder {
    /// `*.yaml` directly in `folder` and one level down, relative to it, sorted; hidden
    /// names (editors' and copiers' temporary files) are skipped, and so are the review and
    /// test files kept beside rule files (`*.review.yaml`, `*.test.yaml`): a rule file already
    /// carries the reviews applied to it.
    package static func ruleFiles(in folder: String) -> [String] {
        let fm = FileManager.default
        var files: [String] = []
        for name in ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted() where !name.hasPrefix(".") {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                for inner in ((try? fm.contentsOfDirectory(atPath: folder + "/" + name)) ?? []).sorted()
                where !inner.hasPrefix(".") && isRuleFile(inner) {
                    files.append(name + "/" + inner)
                }
            } else if isRuleFile(name) {
                files.append(name)
            }
        }
        return files
    }

    private static func isRuleFile(_ name: String) -> Bool {
        name.hasSuffix(".yaml") && !ReviewFile.isReviewFile(name) && !ExpectationFile.isExpectationFile(name)
    }

    /// Each rule file's name, size, modification time (ns) and inode: any write, rename,
    /// addition or removal changes it. Polled on an interval (no file-watching API is
    /// portable here); content is read only when it changes.
    package static func fingerprint(of folder: String) -> [String] {
        ruleFiles(in: folder).map { name in
            var info = stat()
            guard stat(folder + "/" + name, &info) == 0 else { return name + " unreadable" }
            return "\(name) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
        }
    }
}
