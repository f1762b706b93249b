import Foundation
import Testing
@testable import Pledge

/// Inputs built to crash, hang or exhaust a parser: each must come back as a clear error
/// with its place. (No timing assertions: that they return at all, with the right error.)
@Suite struct HostileInputTests {
    func problems(_ text: String) -> [String] {
        CodecFixtures.problems { _ = try RuleFile.decode(text, file: "hostile.yaml") }
    }

    func problems(bytes: [UInt8]) -> [String] {
        CodecFixtures.problems { _ = try RuleFile.decode(bytes: bytes, file: "hostile.yaml") }
    }

    @Test func aliasBombIsRefusedBeforeAnyExpansion() {
        // Nine levels of nine aliases: 9^9 (387 million) strings if expanded.
        var text = "pledge: 1\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let found = problems(text)
        #expect(found.first == "2:4: anchor '&a' is not allowed: Pledge files need no anchors or aliases; remove it")
        #expect(found.contains("3:8: alias '*a' is not allowed: Pledge files need no anchors or aliases, and aliases can expand exponentially; write the value out"))
        #expect(found.count == 8 + 8 * 9 + 1)
    }

    @Test func aRepeatedKeyIsFoundInAMappingOfAnySize() throws {
        // A mapping finds a repeated key by a scan of its first 16 keys and by hashing past
        // them: either way every repeat is reported with the place of the first.
        func repeats(_ text: String) throws -> [String] {
            try YAMLReader.read(bytes: Array(text.utf8), file: "keys.yaml", limits: .ruleFile).diagnostics
                .map { "\($0.location.line):\($0.location.column): \($0.message)" }
        }
        #expect(try repeats("a: 1\nb: 2\na: 3\n") == ["3:1: duplicate key 'a'; it is first given at 1:1"])
        let sixteen = (0..<16).map { "m\($0): \($0)\n" }.joined()
        #expect(try repeats(sixteen + "m15: again\nm0: again\n") == [
            "17:1: duplicate key 'm15'; it is first given at 16:1", "18:1: duplicate key 'm0'; it is first given at 1:1",
        ])
        let forty = (0..<40).map { "k\($0): \($0)\n" }.joined()
        #expect(try repeats(forty + "k3: again\nk39: again\nk40: new\n") == [
            "41:1: duplicate key 'k3'; it is first given at 4:1", "42:1: duplicate key 'k39'; it is first given at 40:1",
        ])
    }

    @Test func aliasAsMappingKeyIsRefused() {
        #expect(problems("pledge: 1\nx: &k a\n*k : 2\n") == [
            "2:4: anchor '&k' is not allowed: Pledge files need no anchors or aliases; remove it",
            "3:1: alias '*k' is not allowed: Pledge files need no anchors or aliases, and aliases can expand exponentially; write the value out",
        ])
    }

    @Test func hundredLevelFlowNestingIsACleanError() {
        let text = "pledge: 1\nrules: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n"
        #expect(problems(text) == ["2:39: nesting deeper than 32 levels; a Pledge file never needs more"])
    }

    @Test func hundredLevelBlockNestingIsACleanError() {
        var text = "pledge: 1\n"
        for depth in 0..<100 { text += String(repeating: " ", count: depth) + "k:\n" }
        #expect(problems(text) == ["34:33: nesting deeper than 32 levels; a Pledge file never needs more"])
    }

    @Test func deepNestingFarBeyondTheStackIsACleanError() {
        // libyaml's scanner looks ahead through `[`s and stops itself at 1000 levels, at the
        // start of the input; the place given is the 33rd bracket, where ours is crossed.
        let text = String(repeating: "[", count: 1_000_000)
        #expect(problems(text) == ["1:33: nesting deeper than 32 levels; a Pledge file never needs more"])
    }

    @Test func fiftyMegabyteFileIsRefusedWithoutReadingIt() throws {
        let folder = try CodecFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.yaml").path
        let line = Data(("  - " + String(repeating: "x", count: 1019) + "\n").utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        for _ in 0..<(50 * 1024) { handle.write(line) }
        try handle.close()
        let found = CodecFixtures.problems { _ = try RuleFile.load(path: path) }
        #expect(found == ["0:0: the file is 50 MiB, over the limit of 8 MiB; it is not read"])
    }

    @Test func tenMegabyteSingleLineIsRefused() {
        let found = problems(bytes: Array(repeating: UInt8(ascii: "a"), count: 10 << 20))
        #expect(found == ["0:0: the file is 10 MiB, over the limit of 8 MiB; it is not read"])
    }

    @Test func fiveMegabyteSingleLineUnderTheLimitIsReadAndRejected() {
        let found = problems(bytes: Array(repeating: UInt8(ascii: "a"), count: 5 << 20))
        #expect(found == ["1:1: a rule file must be a mapping, found a string"])
    }

    @Test func invalidUTF8IsRefusedWithItsOffset() {
        let bytes = Array("pledge: 1\npolicy:\n  id: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        #expect(problems(bytes: bytes) == ["3:7: invalid UTF-8 at byte offset 24; Pledge reads UTF-8 text only"])
        // An overlong encoding of '/' and a lone continuation byte.
        #expect(problems(bytes: [0xC0, 0xAF]) == ["1:1: invalid UTF-8 at byte offset 0; Pledge reads UTF-8 text only"])
        #expect(problems(bytes: Array("ok: é".utf8) + [0x80]) == ["1:6: invalid UTF-8 at byte offset 6; Pledge reads UTF-8 text only"])
    }

    @Test func binaryContentIsRefused() {
        #expect(problems(bytes: Array("pledge: 1\n".utf8) + [0x00, 0x01, 0x02]) ==
                ["2:1: binary content: control byte 0x00 at byte offset 10; this is not a text file"])
        #expect(problems("pledge: 1\u{7F}") == ["1:10: binary content: control byte 0x7F at byte offset 9; this is not a text file"])
    }

    @Test func aControlOrNonASCIIByteIsFoundAtEveryPlaceInALine() {
        // The screen passes eight printable bytes at a time: whatever byte of such a run is a
        // control byte (DEL and the C0 edges included) or starts UTF-8, its place must come out.
        for (byte, name) in [(UInt8(0x00), "0x00"), (0x1F, "0x1F"), (0x7F, "0x7F"), (0x0B, "0x0B")] {
            for column in 1...17 {
                let line = Array(String(repeating: "a", count: column - 1).utf8) + [byte] + Array(String(repeating: "b", count: 20).utf8)
                #expect(problems(bytes: Array("pledge: 1\n".utf8) + line + [0x0A]) ==
                        ["2:\(column): binary content: control byte \(name) at byte offset \(9 + column); this is not a text file"])
            }
        }
        for column in 1...17 {
            let line = Array(String(repeating: "a", count: column - 1).utf8) + [0xC3, 0xA9, 0xFF] + Array(String(repeating: "b", count: 20).utf8)
            #expect(problems(bytes: Array("pledge: 1\n".utf8) + line + [0x0A]) ==
                    ["2:\(column + 1): invalid UTF-8 at byte offset \(11 + column); Pledge reads UTF-8 text only"])
        }
    }

    @Test func aBadByteAfterShortLinesIsPlacedByItsLineAndColumn() {
        // The screen also passes eight bytes at a time when some are line feeds (short lines,
        // blank lines, one or several feeds in a word): the lines it counts and the column it
        // restarts must still place the byte exactly, whatever the alignment.
        for lengths in [[0], [1], [3, 0, 2], [6], [7], [8], [1, 1, 1, 1, 1, 1, 1, 1, 1], [5, 9, 0, 0, 12]] {
            for column in 1...9 {
                let header = Array("pledge: 1\n".utf8)
                let lines: [UInt8] = lengths.flatMap { Array(String(repeating: "x", count: $0).utf8) + [UInt8(0x0A)] }
                let bad = Array(String(repeating: "a", count: column - 1).utf8) + [0x01] + Array(String(repeating: "b", count: 20).utf8)
                let offset = header.count + lines.count + column - 1
                #expect(problems(bytes: header + lines + bad + [0x0A]) ==
                        ["\(lengths.count + 2):\(column): binary content: control byte 0x01 at byte offset \(offset); this is not a text file"])
            }
        }
    }

    @Test func emptyAndCommentOnlyFilesAreRefused() {
        #expect(problems("") == ["1:1: the file is empty"])
        #expect(problems("# nothing here\n\n") == ["1:1: the file is empty"])
        #expect(problems("---\n") == ["2:1: a rule file must be a mapping, found an empty value"])
    }

    @Test func malformedYAMLNamesItsPlace() {
        #expect(problems("pledge: 1\npolicy: {id: \"acme\n") ==
                ["3:1: malformed YAML: found unexpected end of stream while scanning a quoted scalar"])
        #expect(problems("pledge: 1\n  policy: x\n") ==
                ["2:9: malformed YAML: mapping values are not allowed in this context"])
    }

    @Test func tagsAndSecondDocumentsAreRefused() {
        #expect(problems("pledge: !!int 1\n") == ["1:9: tag 'tag:yaml.org,2002:int' is not allowed: Pledge files use plain YAML values; remove it"])
        #expect(problems("pledge: 1\n---\npledge: 1\n") == ["2:1: a second YAML document ('---'); a Pledge file holds exactly one"])
    }

    @Test func complexKeysAreRefused() {
        #expect(problems("pledge: 1\n[a, b]: c\n") == ["2:1: mapping keys must be plain strings, not lists or mappings"])
    }
}
