import ArgumentParser
import Foundation
import Pledge

extension CheckFormat: ExpressibleByArgument {}

/// `pledge check --rules RULES OPS…`: decides each declared data operation against a policy.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check data operations against a policy's rules.",
        discussion: """
            OPS are YAML or JSON files holding one operation or a list of them (.jsonl: JSON Lines); \
            '-' or none reads JSON Lines from standard input. JSON Lines are streamed (no size limit, \
            1 MiB a line) and, with the text, json and jsonl formats, so are the results, summary last; \
            a bad line is reported on standard error and fails the run (exit 2) while the others are still decided. \
            Exit status: 0 every operation allowed, 1 any denied or not covered (unless --allow-uncovered), \
            2 bad input (an unknown term, a malformed file, no operation at all, a policy with no rules, \
            a usage error).
            """)

    @Option(help: ArgumentHelp("A rule file (.yaml), or a policy text (.md, .txt, .html) extracted on the fly.", valueName: "rules-or-policy"))
    var rules: String

    @Argument(help: ArgumentHelp("Operation files; '-' or none: JSON Lines on standard input.", valueName: "ops"))
    var operations: [String] = []

    @Option(help: "Output format: \(CheckFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: CheckFormat = .text

    @Flag(help: "Let operations the policy does not speak to pass (exit 0) instead of failing.")
    var allowUncovered = false

    @OptionGroup var taxonomy: TaxonomyOptions

    func run() throws {
        try ExitStatus.reportingErrors {
            let vocabulary = try taxonomy.load()
            let document = try PolicyArgument.load(rules, taxonomy: vocabulary)
            // With --allow-uncovered, a policy with no rules (the wrong file) would pass every operation.
            if document.rules.isEmpty { throw PledgeError.invalid([Diagnostic(.noRules, file: rules)]) }
            let engine = try Engine(document: document, taxonomy: vocabulary)
            let run = CheckRun(rulesFile: rules, policy: document.policy, allowsUncovered: allowUncovered)
            guard let streaming = format.streamingReporter else {
                let report = CheckReport(engine: engine, operations: try OperationInput.load(operations, taxonomy: engine.taxonomy, terms: document.terms),
                                         rulesFile: rules, allowsUncovered: allowUncovered)
                try StandardStream.write(format.reporter.render(report))
                return report.passes ? ExitStatus.success : ExitStatus.failure
            }
            let stream = CheckStream(engine: engine, run: run, reporter: streaming) { try StandardStream.write(bytes: $0) }
            let problems = try OperationInput.stream(operations, taxonomy: engine.taxonomy, terms: document.terms, into: stream)
            try stream.finish()
            if problems > 0 { return ExitStatus.badInput }
            return stream.tally.passes(allowingUncovered: allowUncovered) ? ExitStatus.success : ExitStatus.failure
        }
    }
}
