import Foundation
import Testing
@testable import Pledge

/// The plain block reader and libyaml must agree: on every text the plain reader takes, the
/// same tree with the same places and no problem from libyaml; everything else it leaves to
/// libyaml, so every error keeps its message and place.
@Suite struct PlainBlockYAMLTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The plain reader's tree, or nil when it leaves the text to libyaml.
    func plain(_ text: String) -> YAMLNode? {
        Array(text.utf8).withUnsafeBufferPointer { PlainBlockYAML.root($0, maxDepth: 32, lineOffset: 0) }
    }

    /// libyaml's tree when it reads the text without any problem.
    func libYAML(_ text: String) -> YAMLNode? {
        guard let document = try? YAMLReader.composeWithLibYAML(bytes: Array(text.utf8), file: "t.yaml", limits: .ruleFile),
              document.diagnostics.isEmpty else { return nil }
        return document.root
    }

    static func bundledYAML() -> [URL] {
        let folders = ["Rules", "Sources/Pledge/Resources"].map { root.appendingPathComponent($0) }
        return folders.flatMap { folder in
            (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
                .filter { $0.pathExtension == "yaml" }
        }.sorted { $0.path < $1.path }
    }

    /// Rule, review and taxonomy files are read without libyaml; expected-decision files
    /// (`*.test.yaml`) write operations as flow mappings, which only libyaml reads.
    @Test func takesBundledFilesAndReadsThemAsLibYAMLDoes() throws {
        let files = Self.bundledYAML()
        #expect(files.count >= 18)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            guard let fast = plain(text) else {
                #expect(ExpectationFile.isExpectationFile(file.path), "the plain reader leaves \(file.lastPathComponent) to libyaml")
                continue
            }
            #expect(fast == libYAML(text), "\(file.path)")
        }
    }

    @Test func readsEncodedDocumentsAsLibYAMLDoes() {
        var documents = GeneratedDocuments(seed: 13)
        var taken = 0
        for _ in 0..<200 {
            let text = RuleFile.encode(documents.document())
            guard let fast = plain(text) else { continue }
            taken += 1
            #expect(fast == libYAML(text), "\(text)")
        }
        // Most of these documents hold a string that needs an escape only libyaml reads.
        #expect(taken > 10)
    }

    /// Texts the plain reader must leave to libyaml: each means something it does not read
    /// (or is a mistake libyaml reports with its place).
    @Test(arguments: [
        "a: b\n  c\n",                      // a plain scalar continued on the next line
        "a:\nb: c\n",                       // an empty value
        "a: b # note\n",                    // a trailing comment
        "a: b\na: c\n",                     // a duplicate key
        "a:\n- b\n",                        // a list at its key's indentation
        "a: 'b'\n",                         // single quotes
        "a: \"b\n  c\"\n",                  // a quoted scalar over two lines
        "a: [b,\n  c]\n",                   // a flow list over two lines
        "a: {b: c}\n",                      // a flow mapping
        "a: &x b\n",                        // an anchor
        "a: !t b\n",                        // a tag
        "a: |\n  b\n",                      // a block scalar
        "a:\tb\n",                          // a tab
        "a: b\r\n",                         // a carriage return
        "a: \"b\u{85}c\"\n",                // NEL, a line break to libyaml
        "a: \"b\\x41\"\n",                  // an escape other than \" \\ \n \t
        "---\na: b\n",                      // a document marker
        "a: b:\n",                          // a colon before the end of the line
        "a: [b, ]\n",                       // an empty entry
        "  a: b\nc: d\n",                   // less indented than the root
        "a: b\n   c: d\n",                  // deeper than its mapping
    ])
    func leavesToLibYAML(_ text: String) {
        #expect(plain(text) == nil)
    }

    @Test func readsPlacesInUnicodeScalars() throws {
        let node = try #require(plain("k: [\"é日\", b]\nl:\n  - m: 1\n    n: \"x\"\n"))
        #expect(node == libYAML("k: [\"é日\", b]\nl:\n  - m: 1\n    n: \"x\"\n"))
        let second = try #require(node.mapping?.first?.value.sequence?.last)
        #expect(second.line == 1 && second.column == 11)
    }

    /// Random one-character edits of a real rule file: whatever the plain reader takes,
    /// libyaml reads alike without a problem.
    @Test func agreesWithLibYAMLOnEditedRuleFiles() throws {
        let file = Self.root.appendingPathComponent("Rules/clickandchat/2011-12-01.yaml")
        let original = Array(try String(contentsOf: file, encoding: .utf8).utf8.prefix(3_000))
        let pieces: [[UInt8]] = [" ", "\n", "-", ":", "#", "\"", "'", "[", "]", ",", "{", "&", "*", "!", "|", "\\", "\t", "é", "a", "1", "- ", ": ", "  "]
            .map { Array($0.utf8) }
        var g = SeededGenerator(seed: 2026)
        var taken = 0, refusedByLibYAML = 0
        for _ in 0..<1_500 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...2, using: &g) {
                let at = Int.random(in: 0..<bytes.count, using: &g)
                switch Int.random(in: 0..<3, using: &g) {
                case 0: bytes.insert(contentsOf: g.pick(pieces), at: at)
                case 1: bytes.remove(at: at)
                default: bytes.replaceSubrange(at...at, with: g.pick(pieces))
                }
            }
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            let reference = libYAML(text)
            if reference == nil { refusedByLibYAML += 1 }
            guard let fast = plain(text) else { continue }
            taken += 1
            #expect(fast == reference, "\(text)")
        }
        #expect(taken > 300)
        #expect(refusedByLibYAML > 100)
    }
}
