import ArgumentParser
import Foundation
import Pledge

/// The exit codes every subcommand shares.
enum ExitStatus {
    /// Everything checked out (valid, allowed, no change that fails the gate).
    static let success = ExitCode(0)
    /// The inputs were fine but the answer is "no" (a deny, a finding, a failing verdict).
    static let failure = ExitCode(1)
    /// Bad input: unreadable, malformed or invalid files, unknown terms.
    static let badInput = ExitCode(2)

    /// Runs a command body; a ``PledgeError`` is printed to standard error with its
    /// places and exits 2, so no subcommand can report bad input any other way.
    static func reportingErrors(_ body: () throws -> ExitCode) throws {
        let code: ExitCode
        do {
            code = try body()
        } catch let error as PledgeError {
            StandardStream.report(error.description + "\n")
            throw badInput
        }
        if code != success { throw code }
    }
}
