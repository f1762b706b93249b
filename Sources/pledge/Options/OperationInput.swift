import Foundation
import Pledge

/// The operations named on the command line: files, or JSON Lines on standard input
/// (`-`, or no file at all). Every file is read and every problem reported before any
/// operation is decided.
enum OperationInput {
    static let standardInputName = "<stdin>"

    static func load(_ paths: [String], taxonomy: Taxonomy, terms: [String: [String]]) throws -> [Pledge.Operation] {
        var operations: [Pledge.Operation] = []
        var diagnostics: [Diagnostic] = []
        for path in paths.isEmpty ? ["-"] : paths {
            do {
                if path == "-" {
                    operations += try OperationFile.decodeJSONLines(bytes: readStandardInput(), file: standardInputName, taxonomy: taxonomy, terms: terms)
                } else {
                    operations += try OperationFile.load(path: path, taxonomy: taxonomy, terms: terms)
                }
            } catch let error as PledgeError {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw PledgeError.invalid(diagnostics) }
        return operations
    }

    /// Standard input up to one byte past the operation-file limit, so the decoder can refuse an endless stream.
    private static func readStandardInput() throws -> [UInt8] {
        do {
            return [UInt8](try FileHandle.standardInput.read(upToCount: OperationFile.sizeLimit + 1) ?? Data())
        } catch {
            throw PledgeError.unreadable(file: standardInputName, reason: error.localizedDescription)
        }
    }
}
