import ArgumentParser
import Foundation
import Pledge

/// `pledge validate FILE…`: loads each rule file with every check the library makes and
/// reports every error of every file; exit 0 when all are valid, 2 otherwise.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check rule files (and review and test files): schema, types, unique ids, and that every term resolves.",
        discussion: "Exits 0 when every file is valid and 2 otherwise, listing every error as file:line:column."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("Rule files (schema `pledge: 1`), review files (*.review.yaml) or test files (*.test.yaml).", valueName: "file"))
    var files: [String]

    @Option(help: "Output format: text (errors on standard error) or json (one report on standard output).")
    var format: Format = .text

    @OptionGroup var taxonomy: TaxonomyOptions

    /// One file's outcome, as the JSON report spells it.
    struct FileReport: Encodable {
        var file: String
        var valid: Bool
        /// Rules of a rule file; reviews of a review file; tests of a test file.
        var rules: Int?
        var errors: [ErrorReport]
    }

    struct ErrorReport: Encodable {
        var file: String
        var line: Int
        var column: Int
        var message: String
    }

    struct Report: Encodable {
        var valid: Bool
        var files: [FileReport]
    }

    func run() throws {
        try ExitStatus.reportingErrors {
            let vocabulary = try taxonomy.load()
            var reports: [FileReport] = []
            for file in files {
                do {
                    // What check, lint and diff would read as policy text is no rule file.
                    guard RuleFile.extensions.contains((file as NSString).pathExtension.lowercased()) else {
                        _ = try FileInput.bytes(atPath: file, limit: RuleFile.sizeLimit)   // "cannot read" comes first
                        throw PledgeError.invalid([Diagnostic("not a rule file: the name must end in .yaml, .yml or .json", at: SourceLocation(file: file))])
                    }
                    reports.append(FileReport(file: file, valid: true, rules: try entries(in: file, taxonomy: vocabulary), errors: []))
                } catch let error as PledgeError {
                    let errors = error.diagnostics.map {
                        ErrorReport(file: $0.location.file, line: $0.location.line, column: $0.location.column, message: $0.message)
                    }
                    reports.append(FileReport(file: file, valid: false, rules: nil, errors: errors))
                }
            }
            let report = Report(valid: reports.allSatisfy(\.valid), files: reports)
            switch format {
            case .text: try printText(report)
            case .json: try StandardStream.write(ReportJSON.encode(report))
            }
            return report.valid ? ExitStatus.success : ExitStatus.badInput
        }
    }

    /// How many rules a rule file holds, reviews a review file, tests a test file. Review and
    /// test files may name the terms, stated purposes and facts of the rule file beside them.
    private func entries(in file: String, taxonomy: Taxonomy) throws -> Int {
        let isReview = ReviewFile.isReviewFile(file), isTest = ExpectationFile.isExpectationFile(file)
        guard isReview || isTest else {
            let document = try RuleFile.load(path: file, taxonomy: taxonomy)
            // The engine's limits, in one place: what validate accepts, check and diff can load.
            if let problem = PolicyLimits.problem(in: document, file: file) { throw PledgeError.invalid([problem]) }
            return document.rules.count
        }
        let ruleFile = isReview ? String(file.dropLast(".review.yaml".count)) + ".yaml" : ExpectationFile.ruleFile(forTestFile: file)
        let document = FileManager.default.fileExists(atPath: ruleFile) ? try RuleFile.load(path: ruleFile, taxonomy: taxonomy) : nil
        let terms = document?.terms ?? [:], vocabulary = document?.taxonomy(extending: taxonomy) ?? taxonomy
        let bytes = try FileInput.bytes(atPath: file, limit: RuleFile.sizeLimit)
        return isReview ? try ReviewFile.decode(bytes: bytes, file: file, taxonomy: vocabulary, terms: terms).count
            : try ExpectationFile.decode(bytes: bytes, file: file, taxonomy: vocabulary, terms: terms).count
    }

    private func printText(_ report: Report) throws {
        var summary = ""
        var errors = ""
        for file in report.files {
            let name = TextEscaping.terminalField(file.file)
            if let rules = file.rules {
                let noun = ReviewFile.isReviewFile(file.file) ? "review" : ExpectationFile.isExpectationFile(file.file) ? "test" : "rule"
                summary += "\(name): valid, \(rules) \(noun)\(rules == 1 ? "" : "s")\n"
            } else {
                summary += "\(name): invalid, \(file.errors.count) error\(file.errors.count == 1 ? "" : "s")\n"
            }
            for e in file.errors {
                errors += Diagnostic(e.message, at: SourceLocation(file: e.file, line: e.line, column: e.column)).description + "\n"
            }
        }
        try StandardStream.write(summary)
        StandardStream.report(errors)
    }
}
