import ArgumentParser
import Foundation
import Pledge

/// `pledge validate FILE…`: loads each rule file with every check the library makes and
/// reports every error of every file; exit 0 when all are valid, 2 otherwise.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check rule files: schema, types, unique ids, and that every term resolves.",
        discussion: "Exits 0 when every file is valid and 2 otherwise, listing every error as file:line:column."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("Rule files (schema `pledge: 1`).", valueName: "file"))
    var files: [String]

    @Option(help: "Output format: text (errors on standard error) or json (one report on standard output).")
    var format: Format = .text

    @OptionGroup var taxonomy: TaxonomyOptions

    /// One file's outcome, as the JSON report spells it.
    struct FileReport: Encodable {
        var file: String
        var valid: Bool
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
                    let document = try RuleFile.load(path: file, taxonomy: vocabulary)
                    reports.append(FileReport(file: file, valid: true, rules: document.rules.count, errors: []))
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

    private func printText(_ report: Report) throws {
        var summary = ""
        var errors = ""
        for file in report.files {
            let name = TextEscaping.terminalField(file.file)
            if let rules = file.rules {
                summary += "\(name): valid, \(rules) rule\(rules == 1 ? "" : "s")\n"
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
