import Testing
import Pledge
@testable import PledgeExtract

/// Extraction never traps and is deterministic on any text: every sentence of the bundled
/// policies and the written fixtures, with each word in turn deleted, swapped with the next,
/// or preceded by a word from a pool of grammar and vocabulary words (negations, modals,
/// markers, numbers, punctuation) — a trap would end the test run.
@Suite struct MutationTests {
    static let pool = ["not", "only", "may", "never", "unless", "for", "to", "with", "which", "we", "you", "your",
                       "30", "days", "(", ")", ",", ";", ":", "\"", "e-mail", "share", "the", "right", "if", "except", "-", "during"]

    static func sentences() throws -> [String] {
        var texts: [String] = []
        for name in MetamorphicTests.policies {
            let document = try Fixtures.policy(name)
            texts += document.rules.map(\.source.text) + document.unmapped.map(\.text)
        }
        return Array(Set(texts)).sorted()
    }

    static func mutations(of text: String) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        var result: [String] = []
        for i in words.indices {
            var deleted = words; deleted.remove(at: i); result.append(deleted.joined(separator: " "))
            if i + 1 < words.count { var swapped = words; swapped.swapAt(i, i + 1); result.append(swapped.joined(separator: " ")) }
            var inserted = words; inserted.insert(pool[i % pool.count], at: i); result.append(inserted.joined(separator: " "))
        }
        return result
    }

    /// Minutes of work: it yields after each mutant, so that the tests that wait on a server share the threads with it.
    @Test func mutatedSentencesExtractWithoutTrapAndDeterministically() async throws {
        let sentences = try Self.sentences()
        #expect(sentences.count >= 50)
        var checked = 0
        for text in sentences {
            for (k, mutant) in Self.mutations(of: text).enumerated() {
                let first = try Fixtures.extract(mutant)
                // Determinism is checked on every fifth mutant; a trap on any of them ends the run.
                if k % 5 == 0 { #expect(try Fixtures.extract(mutant) == first, "\(mutant)") }
                checked += 1
                await Task.yield()
            }
        }
        #expect(checked > 1_000)
    }
}
