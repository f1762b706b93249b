import Foundation
import Pledge

/// The folders `extract -o DIR` writes rule files into, created as needed (`mkdir -p`), with
/// a failure named like every other: `DIR: error: cannot write: <reason>`.
enum OutputFolder {
    static func create(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += prefix.isEmpty || prefix.hasSuffix("/") ? String(component) : "/" + component
            var status = stat()
            if stat(prefix, &status) == 0 {
                guard status.st_mode & S_IFMT == S_IFDIR else { throw unwritable(prefix, ENOTDIR) }
                continue
            }
            if mkdir(prefix, 0o755) != 0, errno != EEXIST { throw unwritable(prefix, errno) }
        }
    }

    private static func unwritable(_ path: String, _ code: Int32) -> PledgeError {
        .unwritable(file: path, reason: String(cString: strerror(code)))
    }
}
