import ArgumentParser
import Pledge

extension DiffFormat: ExpressibleByArgument {}

/// `pledge diff OLD NEW`: the exact semantic difference between two versions of a policy.
struct DiffCommand: ParsableCommand {
    /// The verdicts a CI gate can fail on.
    enum Gate: String, CaseIterable, ExpressibleByArgument {
        case morePermissive = "more-permissive"
        case lessPermissive = "less-permissive"
        case incomparable
        case anyChange = "any-change"

        /// An incomparable diff both allows and restricts something, so it fails the
        /// more- and less-permissive gates too: a gate never passes a change it names.
        func fails(_ verdict: DiffVerdict) -> Bool {
            switch self {
            case .morePermissive: return verdict == .morePermissive || verdict == .incomparable
            case .lessPermissive: return verdict == .lessPermissive || verdict == .incomparable
            case .incomparable: return verdict == .incomparable
            case .anyChange: return verdict != .equivalent
            }
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a policy exactly: what the new one allows or forbids that the old did not.",
        discussion: "Exit status: 0, or 1 when --fail-on matches the verdict; 2 bad input (including two versions that both have no rules).")

    @Argument(help: ArgumentHelp("The old version: a rule file (.yaml) or a policy text.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The new version: a rule file (.yaml) or a policy text.", valueName: "new"))
    var new: String

    @Option(help: "Output format.")
    var format: DiffFormat = .text

    @Flag(help: "Text format: list every changed region with its witness under the clauses that decide it.")
    var detail = false

    @Option(name: .customLong("fail-on"), help: "Exit 1 when the verdict matches (more- and less-permissive also match incomparable).")
    var failOn: Gate?

    @OptionGroup var taxonomy: TaxonomyOptions

    func run() throws {
        try ExitStatus.reportingErrors {
            let vocabulary = try taxonomy.load()
            let before = try PolicyArgument.load(old, taxonomy: vocabulary)
            let after = try PolicyArgument.load(new, taxonomy: vocabulary)
            // Two policies with no rules (JSON given for YAML, texts nothing was extracted from) would diff as "equivalent".
            if before.rules.isEmpty, after.rules.isEmpty {
                throw PledgeError.invalid([Diagnostic(.noRules, file: old), Diagnostic(.noRules, file: new)])
            }
            let diff = try VersionDiff(old: before, new: after, taxonomy: vocabulary)
            // Both versions' purposes and facts in their own words, as the diff read them.
            let words = after.taxonomy(extending: before.taxonomy(extending: vocabulary))
            try StandardStream.write(format.reporter(taxonomy: words, detail: detail).render(diff))
            return failOn?.fails(diff.verdict) == true ? ExitStatus.failure : ExitStatus.success
        }
    }
}
