import Testing

@Suite struct ValidateCommandTests {
    static let valid = "Tests/PledgeTests/Fixtures/Codec/clickandchat.yaml"
    static let unknownKeys = "Tests/PledgeTests/Fixtures/Codec/Invalid/unknown-keys.yaml"
    static let duplicateKeys = "Tests/PledgeTests/Fixtures/Codec/Invalid/duplicate-keys.yaml"

    @Test func validFileExitsZero() throws {
        let result = try CLIRunner.run(["validate", Self.valid])
        #expect(result.status == 0)
        #expect(result.stdout == "\(Self.valid): valid, 3 rules\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func everyErrorOfEveryFileExitsTwo() throws {
        let result = try CLIRunner.run(["validate", Self.valid, Self.unknownKeys, Self.duplicateKeys, "no/such/rules.yaml"])
        #expect(result.status == 2)
        #expect(result.stdout == (try CLIRunner.golden("validate-invalid.stdout", updatingWith: result.stdout)))
        #expect(result.stderr == (try CLIRunner.golden("validate-invalid.stderr", updatingWith: result.stderr)))
    }

    @Test func jsonFormatReportsEveryFile() throws {
        let result = try CLIRunner.run(["validate", "--format", "json", Self.valid, Self.duplicateKeys])
        #expect(result.status == 2)
        #expect(result.stdout == (try CLIRunner.golden("validate-invalid.json", updatingWith: result.stdout)))
        let valid = try CLIRunner.run(["validate", "--format", "json", Self.valid])
        #expect(valid.status == 0)
        #expect(valid.stdout == (try CLIRunner.golden("validate-valid.json", updatingWith: valid.stdout)))
    }

    @Test func badTaxonomyFileIsBadInput() throws {
        let result = try CLIRunner.run(["validate", "--taxonomy", Self.duplicateKeys, Self.valid])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(Self.duplicateKeys):1:1: error: "))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try CLIRunner.run(["validate", "--format", "xml", Self.valid])
        #expect(result.status != 0)
        #expect(result.stderr.contains("xml"))
    }
}
