import ArgumentParser
import Foundation
import Pledge
import PledgeExtract

/// `pledge extract PATH… [-o DIR] [--check]`: policy text → rule files. A folder holds
/// `<id>/<date>.md` policies (files at its top, like SOURCES.md, are not policies); each
/// becomes `DIR/<id>/<date>.yaml`, with the reviews of `DIR/<id>/<date>.review.yaml`
/// applied. With `--check`, nothing is written: every stale, missing or extra rule file is
/// named and the exit status is 1. A review that no longer fits its sentence or draft is
/// never applied and always named, with exit status 1, in both modes.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract a policy's promises into a rule file (schema `pledge: 1`).",
        discussion: """
            A single policy file with no -o prints its rules on standard output (the extractor's \
            draft, or with --reviews DIR the reviewed rules). A folder of <id>/<date>.md files writes \
            DIR/<id>/<date>.yaml for each, applying DIR/<id>/<date>.review.yaml where it exists. \
            --check compares instead of writing and exits 1 naming each stale, missing or extra rule \
            file; a stale review (its sentence or draft changed) is named and exits 1 in both modes; \
            bad input exits 2.
            """
    )

    @Argument(help: ArgumentHelp("Policy files, or folders of <id>/<date>.md policies.", valueName: "path"))
    var paths: [String]

    @Option(name: .short, help: ArgumentHelp("The folder for the rule files (<id>/<date>.yaml).", valueName: "dir"))
    var output: String?

    @Option(help: ArgumentHelp("For a single policy on standard output: the rules folder whose <id>/<date>.review.yaml to apply (with -o, that folder's own review files apply).", valueName: "dir"))
    var reviews: String?

    @Flag(help: "Compare the rule files in -o DIR with freshly extracted ones instead of writing them.")
    var check = false

    @OptionGroup var taxonomy: TaxonomyOptions

    func run() throws {
        try ExitStatus.reportingErrors {
            let vocabulary = try taxonomy.load()
            let extractor = Extractor(taxonomy: vocabulary)
            let policies = try PolicySet(paths: paths)
            if check, output == nil { throw PledgeError.invalid([ExtractionProblem.checkNeedsOutputFolder.at("-o")]) }
            guard let output else {
                guard policies.files.count == 1, let only = policies.files.first else {
                    throw PledgeError.invalid([ExtractionProblem.needsOutputFolder(count: policies.files.count).at(paths.joined(separator: " "))])
                }
                let extraction = try ReviewedExtraction(only, rulesFolder: reviews, extractor: extractor, taxonomy: vocabulary)
                try StandardStream.write(RuleFile.encode(extraction.document))
                if !extraction.staleReviews.isEmpty {
                    StandardStream.report(extraction.staleReviews.map(\.description).joined(separator: "\n") + "\n")
                    return ExitStatus.failure
                }
                return ExitStatus.success
            }
            // Ctrl-C or SIGTERM while a rule file is being written leaves no temporary file behind.
            if !check { PendingTemporaryFile.removeOnTermination() }
            // Bad input (exit 2) is kept apart from rule files that drifted from their policies (exit 1).
            var problems: [Diagnostic] = []
            var drift: [Diagnostic] = []
            // Reviews that no longer fit: never applied, always named (exit 1), in both modes.
            var stale: [StaleReview] = []
            var expected = Set<String>()
            for policy in policies.files {
                let target = policy.target(in: output)
                expected.insert(target)
                let extraction: ReviewedExtraction
                do { extraction = try ReviewedExtraction(policy, rulesFolder: output, extractor: extractor, taxonomy: vocabulary) }
                catch let error as PledgeError {
                    problems.append(contentsOf: error.diagnostics)
                    continue
                }
                stale += extraction.staleReviews
                let document = extraction.document
                let text = RuleFile.encode(document)
                if check {
                    guard FileManager.default.fileExists(atPath: target) else {
                        drift.append(ExtractionProblem.missing(policy: policy.path).at(target))
                        continue
                    }
                    // Read like every input, so a folder or a FIFO in its place is an error, not a hang.
                    do {
                        let current = try FileInput.bytes(atPath: target, limit: RuleFile.sizeLimit)
                        if current != Array(text.utf8) { drift.append(ExtractionProblem.stale(policy: policy.path).at(target)) }
                    } catch let error as PledgeError {
                        problems.append(contentsOf: error.diagnostics)
                    }
                } else {
                    try OutputFolder.create((target as NSString).deletingLastPathComponent)
                    try RuleFile.write(document, to: target)
                    let reviewed = document.rules.filter { $0.review != nil }.count
                    let reviews = extraction.reviewed.map { " (\($0.applied.count) reviews applied: \(reviewed) rules reviewed)" } ?? ""
                    try StandardStream.write("wrote \(TextEscaping.terminalField(target)): \(document.rules.count) rules\(reviews), \(document.unmapped.filter { $0.review == nil }.count) sentences left for review\n")
                }
            }
            if check {
                let extra = policies.ruleFiles(in: output).filter { !expected.contains($0) }
                drift.append(contentsOf: extra.map { ExtractionProblem.extra.at($0) })
            }
            let report = (problems + drift).map(\.description) + stale.map(\.description)
            if !report.isEmpty {
                StandardStream.report(report.joined(separator: "\n") + "\n")
            }
            if !problems.isEmpty { return ExitStatus.badInput }
            guard drift.isEmpty, stale.isEmpty else { return ExitStatus.failure }
            if check { try StandardStream.write("\(TextEscaping.terminalField(output)): all \(expected.count) rule files match their policies\n") }
            return ExitStatus.success
        }
    }
}
