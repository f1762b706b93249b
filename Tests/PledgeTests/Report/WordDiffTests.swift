import Testing
@testable import Pledge

@Suite struct WordDiffTests {
    @Test func marksTheWordsThatChangedAndKeepsTheRest() {
        let diff = WordDiff(old: "We will not sell your data.", new: "We will never sell or rent your data.")
        #expect(diff.old.filter { $0.mark == .removed }.map(\.word) == ["not"])
        #expect(diff.new.filter { $0.mark == .added }.map(\.word) == ["never", "or", "rent"])
        #expect(diff.old.filter { $0.mark == .kept }.map(\.word) == diff.new.filter { $0.mark == .kept }.map(\.word))
        #expect(diff.old.map(\.word).joined(separator: " ") == "We will not sell your data.")
        #expect(diff.new.map(\.word).joined(separator: " ") == "We will never sell or rent your data.")
    }

    @Test func likenessIgnoresCaseAndPunctuation() {
        #expect(WordDiff.likeness("We sell data.", "we SELL data") == 1)
        #expect(WordDiff.likeness("alpha beta", "gamma delta") == 0)
        #expect(WordDiff.likeness("a b c d", "a b x y") == 0.5)
    }
}
