import ArgumentParser

@main
struct PledgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pledge",
        abstract: "Turns a privacy policy into rules, checks data operations against them, and lints and diffs policies.",
        subcommands: [ValidateCommand.self, ExtractCommand.self, CheckCommand.self, LintCommand.self, DiffCommand.self]
    )
}
