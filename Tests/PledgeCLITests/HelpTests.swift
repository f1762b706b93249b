import Testing

@Suite struct HelpTests {
    @Test func helpExitsZeroAndNamesTheTool() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: pledge"))
    }

    @Test func unknownSubcommandExitsNonZero() throws {
        let result = try CLIRunner.run(["no-such-command"])
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
    }
}
