import Testing
@testable import Pledge

/// A review follows its sentence's words: layout and typography do not change the hash, wording does.
@Suite struct SentenceHashTests {
    @Test(arguments: [
        ("We will not share your data.", "we will  not share\nyour data."),
        ("We will not share your data.", "WE WILL NOT SHARE YOUR DATA."),
        ("You may “opt-out” at any time.", "You may \"opt-out\" at any time."),
        ("It’s ours – not theirs.", "It's ours - not theirs."),
        ("that we collect.", "that we collect ."),
        ("  leading and trailing  ", "leading and trailing"),
    ])
    func layoutAndTypographyKeepTheHash(_ a: String, _ b: String) {
        #expect(SentenceHash.of(a) == SentenceHash.of(b))
    }

    @Test(arguments: [
        ("we will house such data", "we’ll house such data"),
        ("We will not sell your data.", "We will sell your data."),
        ("data, and", "data and"),
    ])
    func wordingChangesTheHash(_ a: String, _ b: String) {
        #expect(SentenceHash.of(a) != SentenceHash.of(b))
    }

    @Test func theHashIsSixteenHexDigitsOfTheSHA256OfTheNormalisedSentence() {
        let hash = SentenceHash.of("We will not share your data.")
        #expect(hash == String(SourceDigest.hex(Array("we will not share your data.".utf8)).prefix(16)))
        #expect(SentenceHash.isHash(hash))
        #expect(!SentenceHash.isHash("ABCDEF0123456789"))
    }
}
