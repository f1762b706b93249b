import ArgumentParser
import Foundation

@main
struct PledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pledge",
        abstract: "Turns a privacy policy into rules, checks data operations against them, and lints and diffs policies.",
        discussion: """
            Exit status, for every command: 0 success; 1 the answer is no (a deny, a finding, a failing \
            verdict); 2 bad input — an unreadable, malformed or invalid file, an unknown term, or a usage \
            error such as an unknown option or value.
            """,
        subcommands: [ValidateCommand.self, ExtractCommand.self, ReviewCommand.self, CheckCommand.self, TestCommand.self, LintCommand.self, DiffCommand.self]
    )

    /// ArgumentParser's own entry point, except that a usage error exits 2 like all bad input
    /// (ArgumentParser's default is 64) and a closed output pipe does not kill the process.
    static func main() {
        StandardStream.ignoreBrokenPipes()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            StandardStream.report(fullMessage(for: error) + "\n")
            Foundation.exit(ExitStatus.badInput.rawValue)
        }
    }
}
