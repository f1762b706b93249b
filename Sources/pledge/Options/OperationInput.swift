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

    /// Standard input up to one byte past the operation-file limit, so the decoder can refuse an
    /// endless stream. A terminal is refused rather than waited on: operations are piped in.
    private static func readStandardInput() throws -> [UInt8] {
        if isatty(STDIN_FILENO) == 1 { throw PledgeError.invalid([Diagnostic(.terminalInput, file: standardInputName)]) }
        return try FileInput.bytes(readingFrom: STDIN_FILENO, file: standardInputName, limit: OperationFile.sizeLimit)
    }
}
