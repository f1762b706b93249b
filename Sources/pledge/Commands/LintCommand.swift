import ArgumentParser
import Pledge

extension LintFormat: ExpressibleByArgument {}

/// `pledge lint RULES|POLICY`: conflicting, redundant, vacuous and unmapped clauses within one policy.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Find conflicting, redundant, vacuous and unmapped clauses in one policy.",
        discussion: "Checks: " + Linter.descriptors.map(\.id).joined(separator: ", ")
            + ". Exit status: 0 clean, 1 a finding of severity error (or warning, with --strict), 2 bad input.")

    @Argument(help: ArgumentHelp("A rule file (.yaml) or a policy text (.md, .txt, .html), extracted on the fly.", valueName: "rules-or-policy"))
    var input: String

    @Option(help: "Output format.")
    var format: LintFormat = .text

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @OptionGroup var taxonomy: TaxonomyOptions

    func run() throws {
        try ExitStatus.reportingErrors {
            let vocabulary = try taxonomy.load()
            let document = try PolicyArgument.load(input, taxonomy: vocabulary)
            let findings = Linter(taxonomy: vocabulary).lint(document)
            try StandardStream.write(format.reporter.render(findings, policy: document.policy))
            let failing = findings.contains { $0.severity == .error || (strict && $0.severity == .warning) }
            return failing ? ExitStatus.failure : ExitStatus.success
        }
    }
}
