import ArgumentParser
import Foundation
import Pledge

extension TestFormat: ExpressibleByArgument {}

/// `pledge test [PATH…]`: runs the expected decisions kept beside rule files
/// (`<id>/<version>.test.yaml` next to `<id>/<version>.yaml`), like `opa test`.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a policy's expected decisions (<version>.test.yaml beside its rule file).",
        discussion: """
            PATH is a test file or a folder of <id>/<version>.test.yaml files (default: Rules). Each test \
            names an operation and the outcome a careful reader of the policy expects (allow, deny, \
            not_covered), optionally the rules that should decide it. Exit status: 0 every test passed \
            (known differences are reported, not failed), 1 a test failed, 2 bad input or no test file.
            """)

    @Argument(help: ArgumentHelp("Test files, or folders of <id>/<version>.test.yaml files.", valueName: "path"))
    var paths: [String] = ["Rules"]

    @Option(help: "Output format: \(TestFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: TestFormat = .text

    @OptionGroup var taxonomy: TaxonomyOptions

    func run() throws {
        try ExitStatus.reportingErrors {
            let vocabulary = try taxonomy.load()
            var suites: [ExpectationRun.Suite] = []
            var problems: [Diagnostic] = []
            for testFile in try testFiles() {
                let ruleFile = ExpectationFile.ruleFile(forTestFile: testFile)
                do {
                    let document = try RuleFile.load(path: ruleFile, taxonomy: vocabulary)
                    let engine = try Engine(document: document, taxonomy: vocabulary)
                    let tests = try ExpectationFile.load(path: testFile, taxonomy: engine.taxonomy, terms: document.terms)
                    suites.append(.init(testFile: testFile, ruleFile: ruleFile, policyFile: document.policy.textFile, results: tests.map { ExpectationResult($0, engine: engine) }))
                } catch let error as PledgeError {
                    problems += error.diagnostics
                }
            }
            if !problems.isEmpty { throw PledgeError.invalid(problems) }
            let run = ExpectationRun(suites: suites)
            try StandardStream.write(format.reporter.render(run))
            return run.passes ? ExitStatus.success : ExitStatus.failure
        }
    }

    /// The test files named, and those in the folders named, sorted; none at all is an error.
    private func testFiles() throws -> [String] {
        let fm = FileManager.default
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw PledgeError.unreadable(file: path, reason: "no such file or folder")
            }
            guard isFolder.boolValue else { files.append(path); continue }
            let found = (fm.subpaths(atPath: path) ?? []).filter { ExpectationFile.isExpectationFile($0) }.sorted()
            files += found.map { "\(path.hasSuffix("/") ? String(path.dropLast()) : path)/\($0)" }
        }
        guard !files.isEmpty else {
            throw PledgeError.invalid([Diagnostic("no test file (<id>/<version>.test.yaml) here; a run of no test would pass having checked nothing",
                                                  at: SourceLocation(file: paths.joined(separator: " ")))])
        }
        return files
    }
}
