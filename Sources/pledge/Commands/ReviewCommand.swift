import ArgumentParser
import Foundation
import Pledge
import PledgeExtract

/// `pledge review POLICY [--rules DIR] [--format markdown|html] [-o FILE] [--fail-on unreviewed]`:
/// the review worksheet of one policy text, with its review file applied.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write a policy's review worksheet: its sentences, the rules read from them, and what is left to review.",
        discussion: """
            POLICY is a policy text (Policies/<id>/<version>.md); its reviews are read from \
            DIR/<id>/<version>.review.yaml (DIR: --rules, default Rules). The worksheet lists every sentence \
            in order with its rules, their review status, its unmapped reason, and the sentence_sha256 and \
            draft values a review entry copies. Exit status: 0; 1 with --fail-on unreviewed when a rule or \
            practice sentence is unreviewed or a review is stale; 2 bad input.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html }
    enum Gate: String, ExpressibleByArgument, CaseIterable { case unreviewed }

    @Argument(help: ArgumentHelp("A policy text (<id>/<version>.md, .txt or .html).", valueName: "policy"))
    var policy: String

    @Option(help: ArgumentHelp("The rules folder holding <id>/<version>.review.yaml.", valueName: "dir"))
    var rules = "Rules"

    @Option(help: "Output format: markdown or html (self-contained).")
    var format: Format = .markdown

    @Option(name: .short, help: ArgumentHelp("Write the worksheet to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when anything is unreviewed (for CI sign-off).")
    var failOn: Gate?

    @OptionGroup var taxonomy: TaxonomyOptions

    func run() throws {
        try ExitStatus.reportingErrors {
            let vocabulary = try taxonomy.load()
            let policies = try PolicySet(paths: [policy])
            guard policies.files.count == 1, let file = policies.files.first else {
                throw PledgeError.invalid([Diagnostic("review takes one policy text, not a folder", at: SourceLocation(file: policy))])
            }
            let extraction = try ReviewedExtraction(file, rulesFolder: rules, extractor: Extractor(taxonomy: vocabulary), taxonomy: vocabulary)
            let reviewed = extraction.reviewed ?? ReviewedPolicy(draft: extraction.draft, reviews: [], sentences: extraction.sentences)
            let sheet = ReviewWorksheet(reviewed: reviewed, sentences: extraction.sentences, reviewFile: extraction.reviewFile)
            let text = format == .html ? WorksheetHTMLReporter().render(sheet) : WorksheetMarkdownReporter().render(sheet)
            if let output {
                try AtomicFile.write(text, toPath: output)
            } else {
                try StandardStream.write(text)
            }
            let summary = "\(policy): \(sheet.unreviewedRules) of \(sheet.ruleCount) rules unreviewed, "
                + "\(sheet.unreviewedPracticeSentences) of \(sheet.practiceSentences) practice sentences unreviewed, \(sheet.stale.count) stale reviews\n"
            StandardStream.report(summary + sheet.stale.map { $0.description + "\n" }.joined())
            return failOn == .unreviewed && !sheet.isComplete ? ExitStatus.failure : ExitStatus.success
        }
    }
}
