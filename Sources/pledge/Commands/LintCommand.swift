import ArgumentParser
import Pledge

extension LintFormat: ExpressibleByArgument {}
extension Finding.Severity: ExpressibleByArgument {}

/// `pledge lint RULES|POLICY`: conflicting, redundant, vacuous and unmapped clauses within one policy.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Find conflicting, redundant, vacuous and unmapped clauses in one policy.",
        discussion: "Checks: " + Linter.descriptors.map(\.id).joined(separator: ", ")
            + ". Exit status: 0 clean, 1 a finding of severity error (or warning, with --strict) among those shown, 2 bad input.")

    @Argument(help: ArgumentHelp("A rule file (.yaml) or a policy text (.md, .txt, .html), extracted on the fly.", valueName: "rules-or-policy"))
    var input: String

    @Option(help: "Output format.")
    var format: LintFormat = .text

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(name: .customLong("check"), help: ArgumentHelp("Show only this check's findings (repeatable).", valueName: "check"))
    var checks: [String] = []

    @Option(help: "Show only findings of this severity or worse (info, warning, error).")
    var severity: Finding.Severity = .info

    func validate() throws {
        let known = Linter.descriptors.map(\.id)
        for check in checks where !known.contains(check) {
            throw ValidationError("unknown check '\(check)'; the checks are: \(known.joined(separator: ", "))")
        }
    }

    @OptionGroup var taxonomy: TaxonomyOptions

    func run() throws {
        try ExitStatus.reportingErrors {
            let vocabulary = try taxonomy.load()
            let document = try PolicyArgument.load(input, taxonomy: vocabulary)
            let findings = Linter(taxonomy: vocabulary).lint(document).filter { f in
                f.severity >= severity && (checks.isEmpty || checks.contains(f.check))
            }
            try StandardStream.write(format.reporter.render(findings, policy: document.policy))
            let failing = findings.contains { $0.severity == .error || (strict && $0.severity == .warning) }
            return failing ? ExitStatus.failure : ExitStatus.success
        }
    }
}
