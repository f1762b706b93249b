import Foundation
import Pledge

/// The operations named on the command line: files, or JSON Lines on standard input
/// (`-`, or no file at all).
enum OperationInput {
    static let standardInputName = "<stdin>"

    /// Every operation of every input, read before any is decided (for the formats that
    /// need every result first). Every problem is reported.
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

    /// Decides every input in order through `check`: JSON Lines (standard input, `.jsonl`,
    /// `.ndjson`) streamed with no size limit, other files read whole. Problems go to
    /// standard error as they are met; an input holding no operation is one of them.
    /// - Returns: how many problems were met (the run then fails with exit status 2).
    static func stream(_ paths: [String], taxonomy: Taxonomy, terms: [String: [String]], into check: CheckStream) throws -> Int {
        var problems = 0
        func report(_ diagnostics: [Diagnostic]) {
            problems += diagnostics.count
            StandardStream.report(diagnostics.map { $0.description + "\n" }.joined())
        }
        for path in paths.isEmpty ? ["-"] : paths {
            let file = path == "-" ? standardInputName : path
            do {
                if path == "-" || path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") {
                    if path == "-", isatty(STDIN_FILENO) == 1 { throw PledgeError.invalid([Diagnostic(.terminalInput, file: file)]) }
                    let stream = path == "-" ? JSONLinesStream(descriptor: STDIN_FILENO, file: file) : try JSONLinesStream(path: path)
                    let reader = JSONLinesOperationReader(file: file, taxonomy: taxonomy, terms: terms)
                    let read = try check.check(stream, reader: reader, report: report)
                    if read.operations == 0, read.problems == 0 { report([Diagnostic(.noOperations, file: file, line: 1, column: 1)]) }
                } else {
                    try check.check(OperationFile.load(path: path, taxonomy: taxonomy, terms: terms))
                }
            } catch let error as PledgeError {
                if case .unwritable = error { throw error }
                report(error.diagnostics)
            }
        }
        return problems
    }

    /// Standard input up to one byte past the operation-file limit, so the decoder can refuse an
    /// endless stream. A terminal is refused rather than waited on: operations are piped in.
    private static func readStandardInput() throws -> [UInt8] {
        if isatty(STDIN_FILENO) == 1 { throw PledgeError.invalid([Diagnostic(.terminalInput, file: standardInputName)]) }
        return try FileInput.bytes(readingFrom: STDIN_FILENO, file: standardInputName, limit: OperationFile.sizeLimit)
    }
}
