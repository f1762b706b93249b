import Foundation
import Pledge
import PledgeExtract

/// What one fuzzing run feeds its input to, chosen by `PLEDGE_FUZZ_TARGET`. Every target
/// must return for any bytes — an error is a fine answer, a crash, a hang or an
/// out-of-memory is a finding — and checks what must hold of what it accepts.
enum FuzzTarget: String, CaseIterable {
    /// The safe YAML reader alone (system libyaml's event parser under our limits).
    case yaml
    /// The rule-file decoder; what it accepts must encode and decode back to itself.
    case rules
    /// The operation decoders: YAML/JSON and JSON Lines.
    case operations
    /// The Markdown reader (which also reads plain text), through the extractor.
    case markdown
    /// The HTML reader, through the extractor.
    case html
    /// The whole extractor, format detection included; its rules must be a valid rule file.
    case extractor

    func run(_ input: UnsafeBufferPointer<UInt8>) {
        let bytes = Array(input)
        switch self {
        case .yaml:
            _ = try? YAMLReader.read(bytes: bytes, file: "fuzz.yaml", limits: .ruleFile)
        case .rules:
            guard let document = try? RuleFile.decode(bytes: bytes, file: "fuzz.yaml") else { return }
            let text = RuleFile.encode(document)
            guard let again = try? RuleFile.decode(text, file: "encoded.yaml"), again == document else {
                fatalError("an accepted rule file does not round-trip:\n\(text)")
            }
        case .operations:
            _ = try? OperationFile.decode(bytes: bytes, file: "fuzz.json")
            _ = try? OperationFile.decodeJSONLines(bytes: bytes, file: "fuzz.jsonl")
        case .markdown:
            extract(Array("# ".utf8) + bytes)
        case .html:
            extract(Array("<html>".utf8) + bytes)
        case .extractor:
            extract(bytes)
        }
    }

    private func extract(_ bytes: [UInt8]) {
        guard let document = try? Extractor().extract(bytes: bytes, source: "fuzz.md", id: "fuzz") else { return }
        let text = RuleFile.encode(document)
        guard let again = try? RuleFile.decode(text, file: "extracted.yaml"), again == document else {
            fatalError("extracted rules are not a rule file that reads back:\n\(text)")
        }
    }
}
