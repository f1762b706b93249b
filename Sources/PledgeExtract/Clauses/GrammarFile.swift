import Foundation
import Pledge

/// Reads `grammar.yaml` (`pledge-grammar: 1`): the word classes and cue phrases the clause
/// analysis reads structure from, kept as data so a reviewer can extend a phrasing without
/// touching code. Every class the analysis asks for must be present; a missing or misspelt
/// one is an error naming the file and place.
struct GrammarFile: Sendable {
    static let schemaKey = "pledge-grammar"

    private(set) var words: [String: Set<String>] = [:]
    private(set) var phrases: [String: [[String]]] = [:]
    private(set) var durationUnits: [String: String] = [:]
    private(set) var numberWords: [String: Int] = [:]

    /// The grammar bundled with the extractor.
    static func bundled() throws -> GrammarFile {
        guard let url = Bundle.module.url(forResource: "grammar", withExtension: "yaml") else {
            throw PledgeError.invalid([Diagnostic("the grammar resource is missing from the PledgeExtract bundle", at: SourceLocation(file: "grammar.yaml", line: 1, column: 1))])
        }
        return try parse(bytes: Array(try Data(contentsOf: url)), file: "grammar.yaml")
    }

    static func parse(bytes: [UInt8], file: String) throws -> GrammarFile {
        let yaml = try YAMLReader.read(bytes: bytes, file: file, limits: .ruleFile)
        var problems: [Diagnostic] = []
        func fail(_ message: String, _ node: YAMLNode) {
            problems.append(Diagnostic(message, at: SourceLocation(file: file, line: node.line, column: node.column)))
        }
        var grammar = GrammarFile()
        guard let top = yaml.root.mapping else {
            fail("a grammar file is a mapping", yaml.root)
            throw PledgeError.invalid(problems)
        }
        if top.first(where: { $0.name == schemaKey })?.value.scalar?.resolved != .int(1) {
            fail("'\(schemaKey): 1' is required", yaml.root)
        }
        func list(_ node: YAMLNode, _ name: String) -> [String] {
            guard let items = node.sequence else { fail("'\(name)' is a list of words", node); return [] }
            return items.compactMap { item in
                guard let text = item.scalar?.text.lowercased(), !text.isEmpty else { fail("'\(name)' holds words, not \(item.kindDescription)", item); return nil }
                return text
            }
        }
        for section in top where section.name != schemaKey {
            guard let entries = section.value.mapping else { fail("'\(section.name)' is a mapping", section.value); continue }
            for entry in entries {
                switch section.name {
                case "words": grammar.words[entry.name] = Set(list(entry.value, entry.name))
                case "phrases": grammar.phrases[entry.name] = list(entry.value, entry.name).map { $0.split(separator: " ").map(String.init) }
                case "durations":
                    guard let pairs = entry.value.mapping else { fail("'\(entry.name)' is a mapping", entry.value); continue }
                    for pair in pairs {
                        let value = pair.value.scalar?.text ?? ""
                        switch entry.name {
                        case "units": grammar.durationUnits[pair.name] = value
                        case "numbers":
                            guard let n = Int(value) else { fail("'\(pair.name)' names a number", pair.value); continue }
                            grammar.numberWords[pair.name] = n
                        default: fail("unknown durations key '\(entry.name)'", entry.key)
                        }
                    }
                default: fail("unknown section '\(section.name)' (words, phrases, durations)", section.key)
                }
            }
        }
        for name in Grammar.wordClasses where grammar.words[name] == nil { fail("the word class '\(name)' is missing", yaml.root) }
        for name in Grammar.phraseClasses where grammar.phrases[name] == nil { fail("the phrase class '\(name)' is missing", yaml.root) }
        guard problems.isEmpty else { throw PledgeError.invalid(problems) }
        return grammar
    }
}
