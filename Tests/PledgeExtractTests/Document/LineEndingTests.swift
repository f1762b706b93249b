import Foundation
import Testing
import Pledge
@testable import PledgeExtract

/// A policy means the same whatever line breaks it was saved with, and with or without a
/// byte-order mark: every format reads the same rules, sentences, lines and title.
@Suite struct LineEndingTests {
    enum Variant: String, CaseIterable { case crlf, cr, bom, bomCRLF }

    static func variant(_ bytes: [UInt8], _ variant: Variant) -> [UInt8] {
        func breaks(_ replacement: [UInt8]) -> [UInt8] { bytes.flatMap { $0 == 0x0A ? replacement : [$0] } }
        switch variant {
        case .crlf: return breaks([0x0D, 0x0A])
        case .cr: return breaks([0x0D])
        case .bom: return [0xEF, 0xBB, 0xBF] + bytes
        case .bomCRLF: return [0xEF, 0xBB, 0xBF] + breaks([0x0D, 0x0A])
        }
    }

    /// Everything but the checksum of the bytes, which differ.
    static func meaning(_ d: PolicyDocument) -> PolicyDocument {
        var d = d
        d.policy.sourceSHA256 = nil
        return d
    }

    @Test(arguments: ["clickandchat/2010-09-14", "clicktale/2010-04-26"], Variant.allCases)
    func aBundledMarkdownPolicyReadsAlike(_ name: String, _ variant: Variant) throws {
        let path = "Policies/\(name).md"
        let bytes = try [UInt8](Data(contentsOf: Fixtures.repository.appendingPathComponent(path)))
        let id = String(name.split(separator: "/")[0])
        let plain = try Extractor().extract(bytes: bytes, source: path, id: id)
        let other = try Extractor().extract(bytes: Self.variant(bytes, variant), source: path, id: id)
        #expect(!plain.rules.isEmpty)
        #expect(Self.meaning(other) == Self.meaning(plain))
    }

    @Test(arguments: ["northwind.txt", "brightpath.html", "zeta.txt"], Variant.allCases)
    func aWrittenPolicyReadsAlikeInEveryFormat(_ name: String, _ variant: Variant) throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        let bytes = try [UInt8](Data(contentsOf: url))
        let plain = try Extractor().extract(bytes: bytes, source: name, id: "written")
        let other = try Extractor().extract(bytes: Self.variant(bytes, variant), source: name, id: "written")
        #expect(!plain.rules.isEmpty)
        #expect(Self.meaning(other) == Self.meaning(plain))
    }

    @Test func theTextEntryPointNormalisesToo() throws {
        let text = "\u{FEFF}# Acme Privacy\r\n\r\nWe will never sell your e-mail address.\r\n"
        let document = try Extractor().extract(text: text, source: "acme.md", id: "acme")
        #expect(document.policy.title == "Acme Privacy")
        #expect(document.rules.map(\.source.line) == [3])
        #expect(document.rules.map(\.effect) == [.deny])
    }
}
